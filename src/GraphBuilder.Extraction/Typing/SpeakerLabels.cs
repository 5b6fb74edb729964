using System.Text.RegularExpressions;
using GraphBuilder.Extraction.Documents;
using GraphBuilder.Extraction.Lexicons;
using GraphBuilder.Graph.Model;
using GraphBuilder.Nlp.Documents;

namespace GraphBuilder.Extraction.Typing;

/// <summary>
/// Reads the speakers' labels of a transcript ("RAMAN: Thanks for having me.", "Clara Wendt: Why don't you?", "Priya
/// Raman -- Kessler &amp; Co. -- Analyst") as mentions of the people who speak, named as running text names them ("Raman").
/// </summary>
internal static partial class SpeakerLabels
{
    /// <summary>
    /// Tells whether a name opens a line as its speaker's label: "Clara Wendt: …", "Dafydd Morgan MS: …" (a member's
    /// letters may stand between). The speaker stands outside the speech: nothing in it is the speaker's, and its "she"
    /// is someone else.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="mention">The mention.</param>
    /// <returns><see langword="true"/> for the name of a speaker's label.</returns>
    public static bool Opens(KnowledgeDocument document, Mention mention)
    {
        if (mention.Form != MentionForm.Name || !OpensLine(document.Text, mention.Span.Start))
        {
            return false;
        }

        var next = mention.EndToken;
        if (next < document.Tokens.Count && MemberTitles.IsLetters(document.TokenText(next)))
        {
            next++;
        }

        return next < document.Tokens.Count && document.TokenText(next) == ":" && document.Tokens[next].Span.Start == document.Tokens[next - 1].Span.End;
    }

    /// <summary>Adds a person's mention for each speaker's label of a transcript.</summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions so far, changed in place; a mention the label's name was read as gives way.</param>
    public static void Add(KnowledgeDocument document, List<Mention> mentions)
    {
        // A transcript gives each speaker's label again and again; a line that opens "UPDATE:" or "WASHINGTON:" once is
        // no speaker's.
        var labels = Label().Matches(document.Text)
            .Where(m => !IsRole(m.Groups["name"].Value))
            .GroupBy(m => m.Groups["name"].Value, StringComparer.Ordinal)
            .Where(g => g.Count() >= 2)
            .SelectMany(g => g);
        var speakers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var label in labels)
        {
            var name = label.Groups["name"];
            var span = new TextSpan(name.Index, name.Index + name.Length);

            // "Pak Jafar:": a title of address opens the label, and the speaker is the name after it.
            var words = name.Value.Split(' ');
            if (words.Length >= 2 && Honorifics.Opens(words[0], words[1]))
            {
                span = new TextSpan(name.Index + words[0].Length + 1, span.End);
            }

            var tokens = document.Tokens.Where(t => span.Contains(t.Span)).ToList();

            // "COUN. ABELLANOSA:": the title opens the label, and a mention the recogniser made of both gives way, as
            // does one it ran on over the colon into the speech ("AGNIESZKA ZIELIŃSKA: That").
            var whole = new TextSpan(label.Index, span.End);
            mentions.RemoveAll(m => m.Span.Start >= label.Index && m.Span.Start < span.End && m.Span.End > span.End);
            if (tokens.Count == 0 || tokens[0].Span.Start != span.Start || tokens[^1].Span.End != span.End
                || mentions.Any(m => m.Span.Overlaps(span) && m.Span != span && !whole.Contains(m.Span)))
            {
                continue;
            }

            var written = document.Text[span.Start..span.End];
            var capitals = !written.Any(char.IsLower);
            speakers.Add(written);
            speakers.Add(words[^1]);
            var confidence = mentions.Where(m => whole.Contains(m.Span)).Select(m => m.Confidence).DefaultIfEmpty(0.8).Max();
            mentions.RemoveAll(m => whole.Contains(m.Span));
            mentions.Add(new Mention(span, tokens[0].Index, tokens.Count, EntityKind.Person, confidence, "entity-typing/1")
            {
                Name = capitals ? EastAsianNames.Recased(DatelinePlaces.TitleCase(written)) : null,
            });
        }

        // A speaker is a person, so a full name that ends with a speaker's label is theirs, whatever the recogniser made
        // of it ("Episode 141: Priyanka Raman on the lawsuit" beside "RAMAN:").
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.Kind is EntityKind.Organization or EntityKind.Other && mention.TokenCount >= 2
                && speakers.Contains(document.TokenText(mention.EndToken - 1)))
            {
                mentions[i] = mention with { Kind = EntityKind.Person };
            }
        }
    }

    // At a line's start, or after an abbreviated title that opens it ("COUN. ABELLANOSA:").
    private static bool OpensLine(string text, int start)
    {
        var line = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        return line == start || Title().Match(text, line, start - line) is { Success: true } title && title.Length == start - line;
    }

    // Labels that name a part, not a person ("HOST (Nadia Brooks):", "Q:").
    private static bool IsRole(string label) => label is "HOST" or "CO-HOST" or "GUEST" or "Q" or "A" or "INTERVIEWER" or "ANNOUNCER"
        or "NARRATOR" or "MODERATOR" or "REPORTER" or "CALLER" or "PRESENTER" or "ANCHOR" or "VOICE" or "AUDIENCE" or "UNIDENTIFIED"
        or "CREDIT" or "SOURCE" or "SOURCES" or "PHOTO" or "UPDATE" or "CORRECTION" or "NOTE" or "WATCH" or "RELATED" or "BREAKING";

    // One to three words in capitals, any alphabet's ("RAMAN:", "ÖZTÜRK:"), or two or three capitalised words ("Clara Wendt:") opening a line, after
    // an abbreviated title if any ("COUN. ABELLANOSA:", "Dr. Ruth Kemp:"), an optional name in parentheses, and a colon;
    // or, in a call's transcript, the name and a dash before the speaker's role ("Priya Raman -- Kessler & Co. -- Analyst").
    [GeneratedRegex(@"(?m)^(?:\p{Lu}\p{L}{1,5}\. )?(?<name>\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+){0,2}|\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}\p{Ll}[\p{L}'’-]*){1,2})(?: \([^)\n]{1,40}\))?(?::[ \t]| (?:--|—|–) \p{Lu})")]
    private static partial Regex Label();

    [GeneratedRegex(@"\G\p{Lu}\p{L}{1,5}\. ")]
    private static partial Regex Title();
}
