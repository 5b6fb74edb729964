using System.Text.RegularExpressions;
using GraphBuilder.Extraction.Documents;
using GraphBuilder.Graph.Model;
using GraphBuilder.Nlp.Documents;

namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// A programme's page that labels its host and its guests ("Host: Daniel Cho", then "Guests:" and a line per guest)
/// states that the host interviewed each guest: that is what a guest on a hosted programme is.
/// </summary>
internal static partial class ProgrammeGuests
{
    private const double Confidence = 0.7;
    private const string Extractor = "relation-patterns/1:programme-guests";

    /// <summary>Adds an INTERVIEWED relation from each labelled host to each labelled guest.</summary>
    /// <param name="document">The document, with its mentions in chains.</param>
    /// <param name="relations">The relations found so far, added to.</param>
    public static void Add(KnowledgeDocument document, List<RelationMention> relations)
    {
        var text = document.Text;
        var hosts = new List<int>();
        var guests = new List<(int Mention, TextSpan Line)>();
        var listing = false;
        var listed = 0;
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var line = text.AsSpan(start, end - start);
            if (HostLabel().Match(text, start, end - start) is { Success: true } host)
            {
                hosts.AddRange(People(document, start + host.Length, end));
                listing = false;
            }
            else if (GuestLabel().Match(text, start, end - start) is { Success: true } guest)
            {
                // The guests follow on the label's line or, when it ends with the label, one to a line below it. After "In
                // this episode:" the line may be prose ("… after the ferry Mya Nandar ran aground, we hear from …"): its
                // names are guests only when it opens with one.
                var prose = guest.Value.Contains("episode", StringComparison.OrdinalIgnoreCase)
                    && !text.AsSpan(start + guest.Length, end - start - guest.Length).IsWhiteSpace()
                    && LeadingPerson(document, start + guest.Length, end) < 0;
                var named = prose ? [] : People(document, start + guest.Length, end).ToList();
                guests.AddRange(named.Select(m => (m, new TextSpan(start, end))));
                listing = named.Count == 0 && !prose;
                listed = 0;
            }
            else if (listing && LeadingPerson(document, start, end) is >= 0 and var person)
            {
                guests.Add((person, new TextSpan(start, end)));
                listed++;
            }
            else if (listing && (listed > 0 || !line.IsWhiteSpace()))
            {
                // The list ends at a line that opens with no person's name, or at a blank line after its names.
                listing = false;
            }

            start = end + 1;
        }

        // "… the islands around it, presented by Katerina Sklavou." in the programme's description: its host, where the page
        // lists guests.
        if (guests.Count > 0)
        {
            foreach (Match by in HostedBy().Matches(text))
            {
                var after = by.Index + by.Length;
                hosts.AddRange(People(document, after, text.Length).Where(i => document.Entities[i].Span.Start == after));
            }
        }

        foreach (var host in hosts.Distinct())
        {
            foreach (var (guest, line) in guests)
            {
                var (a, b) = (document.Entities[host], document.Entities[guest]);
                if (a.Chain < 0 || a.Chain != b.Chain)
                {
                    var sentence = document.SentenceOf(b.FirstToken);
                    relations.Add(new RelationMention(host, guest, RelationKind.Interviewed, sentence, Confidence, Extractor) { Evidence = line });
                }
            }
        }
    }

    // The people named by name between two offsets of the text.
    private static IEnumerable<int> People(KnowledgeDocument document, int from, int to) =>
        Enumerable.Range(0, document.Entities.Count).Where(i => document.Entities[i] is { Kind: EntityKind.Person, Form: MentionForm.Name } m
            && m.Span.Start >= from && m.Span.End <= to);

    // The person whose name opens a line ("Kim Dong-su — chairman, …"), after a title of address or a role of at most
    // three capitalised words if any ("Eng. Tariq al-Ghailani, Chief Executive Officer, …", "Daw Khin Myat Noe, chairwoman
    // …", "Capt. Aung Min", "Deputy Mayor Ewa Lis"), or -1. The recogniser may have kept the title in the name or left
    // it out; either way the words before the name are the title's.
    private static int LeadingPerson(KnowledgeDocument document, int start, int end)
    {
        // A list's bullet ("- ", "• ") stands before the name.
        while (start < end && (char.IsWhiteSpace(document.Text[start]) || document.Text[start] is '-' or '*' or '•'))
        {
            start++;
        }

        var first = People(document, start, end).FirstOrDefault(-1);
        return first >= 0 && IsTitle(document.Text.AsSpan(start, document.Entities[first].Span.Start - start)) ? first : -1;
    }

    // Nothing, or one to three words that each open with a capital and hold only letters and full stops ("Dr ",
    // "Capt. ", "Deputy Mayor "): no label ("Producer: "), no prose ("Music by ").
    private static bool IsTitle(ReadOnlySpan<char> words)
    {
        var count = 0;
        foreach (var range in words.Split(' '))
        {
            var word = words[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (++count > 3 || !char.IsUpper(word[0]))
            {
                return false;
            }

            foreach (var c in word)
            {
                if (!char.IsLetter(c) && c != '.')
                {
                    return false;
                }
            }
        }

        return true;
    }

    // "Host: Daniel Cho", "Hosted by Daniel Cho", "Presenter: …" at a line's start.
    [GeneratedRegex(@"\G[ \t]*(?:(?:hosts?|presenters?)[ \t]*:|(?:hosted|presented) by[ \t]*:?)[ \t]*", RegexOptions.IgnoreCase)]
    private static partial Regex HostLabel();

    // "hosted by", "presented by" inside a line, before the host's name.
    [GeneratedRegex(@"\b(?:hosted|presented) by[ \t]+")]
    private static partial Regex HostedBy();

    // "Guests:", "Guest: …", "In this episode: …" at a line's start, after the word in the show's own language if it gives
    // both ("Vendégek / Guests:"), or "Guests" alone on its line, a heading.
    [GeneratedRegex(@"\G[ \t]*(?:\p{L}+[ \t]*/[ \t]*)?(?:guests?|in this episode|this week's guests?)[ \t]*(?::[ \t]*|$)", RegexOptions.IgnoreCase)]
    private static partial Regex GuestLabel();
}
