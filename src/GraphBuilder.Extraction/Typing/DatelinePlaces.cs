using GraphBuilder.Extraction.Documents;
using GraphBuilder.Graph.Model;
using GraphBuilder.Nlp.Documents;

namespace GraphBuilder.Extraction.Typing;

/// <summary>
/// Names the place a dateline opens with ("NEW YORK, June 15", "HOUSTON (Reuters) —", "PORT CALDER, Ore. —") as places
/// are named in running text, whatever the recogniser made of its capitals.
/// </summary>
internal static class DatelinePlaces
{
    /// <summary>Makes each dateline's place one place named in title case.</summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions so far, changed in place.</param>
    public static void Complete(KnowledgeDocument document, List<Mention> mentions)
    {
        foreach (var dateline in document.Annotated.Layout.Where(l => l.Kind == LayoutKind.Dateline))
        {
            CoverPlace(document, mentions, dateline.Span);
            RegionsArePlaces(document, mentions, dateline.Span);
        }

        Recase(document, mentions);
    }

    private static void CoverPlace(KnowledgeDocument document, List<Mention> mentions, TextSpan dateline)
    {
        // A dateline always opens with a place, so a capital the recogniser took for an organisation's acronym
        // ("HOUSTON", which then took the agency after it as its other name) or a name it cut ("CALDER" of "PORT
        // CALDER") is the place, whole.
        var text = document.Text;
        var end = dateline.Start;
        while (end < dateline.End && text[end] is not (',' or '(' or '/' or ':' or '\u2014' or '\u2013') && !(text[end] == '-' && text[end - 1] == ' '))
        {
            end++;
        }

        while (end > dateline.Start && text[end - 1] == ' ')
        {
            end--;
        }

        var place = new TextSpan(dateline.Start, end);
        var tokens = document.Tokens.Where(t => t.Span.Start >= place.Start && t.Span.End <= place.End).ToList();
        if (tokens.Count > 0 && end < text.Length && text[end] == ',')
        {
            // "MAP TA PHUT, Rayong, Thailand" read as "TA PHUT, Rayong": a name run on over the place's comma is the region
            // after it.
            for (var i = 0; i < mentions.Count; i++)
            {
                var mention = mentions[i];
                if (mention.Kind != EntityKind.Person && mention.Span.Start >= place.Start && mention.Span.Start < place.End && mention.Span.End > end + 1
                    && mention.EndToken > tokens[^1].Index + 2)
                {
                    var first = tokens[^1].Index + 2;
                    mentions[i] = mention with
                    {
                        Span = new TextSpan(document.Tokens[first].Span.Start, mention.Span.End),
                        FirstToken = first,
                        TokenCount = mention.EndToken - first,
                        Kind = EntityKind.Location,
                        Name = null,
                    };
                }
            }
        }

        if (tokens.Count == 0
            || tokens[0].Span.Start != place.Start
            || tokens[^1].Span.End != place.End
            || text[place.Start..place.End].Any(char.IsLower)
            || text[place.Start..place.End].Count(char.IsLetter) < 4
            || mentions.Any(m => m.Span.Overlaps(place) && ((m.Kind == EntityKind.Person && !IsPlaceNamedAsPerson(text, place, m)) || m.Span.Start < place.Start || m.Span.End > place.End)))
        {
            return;
        }

        var inside = mentions.Where(m => m.Span.Overlaps(place)).ToList();
        if (inside is [{ Kind: EntityKind.Location } only] && only.Span == place)
        {
            return;
        }

        mentions.RemoveAll(inside.Contains);
        var confidence = inside.Count == 0 ? 0.8 : inside.Max(m => m.Confidence);
        mentions.Add(new Mention(place, tokens[0].Index, tokens.Count, EntityKind.Location, confidence, "entity-typing/1"));
    }

    private static void RegionsArePlaces(KnowledgeDocument document, List<Mention> mentions, TextSpan dateline)
    {
        // "MAP TA PHUT, Rayong, Thailand, June 4 (Siam Wire) —": the names after the place's comma and before the agency's
        // parentheses are the regions it lies in, whatever the recogniser made of them.
        var text = document.Text;
        var comma = text.IndexOf(',', dateline.Start, dateline.Length);
        var open = text.IndexOf('(', dateline.Start, dateline.Length);
        var end = open < 0 ? dateline.End : open;
        if (comma < 0 || comma > end)
        {
            return;
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i] is { Kind: EntityKind.Organization or EntityKind.Other } mention && mention.Span.Start > comma && mention.Span.End <= end
                && !EntityTypeRefiner.IsDayOrMonth(document.TokenText(mention.FirstToken)))
            {
                mentions[i] = mention with { Kind = EntityKind.Location };
            }
        }
    }

    // "TRURO, N.S. —": a name in capitals that a comma or a dash ends is the place even where the recogniser took it for a
    // person's; before a colon it may be a speaker's label ("LEBLANC: I do"), and stays the person's.
    private static bool IsPlaceNamedAsPerson(string text, TextSpan place, Mention person) =>
        person.Span == place && place.End < text.Length && text[place.End] != ':';

    private static void Recase(KnowledgeDocument document, List<Mention> mentions)
    {
        // "NEW YORK, June 15", "LONDON (Reuters) —": a dateline writes its place in capitals, but the place's name is
        // "New York", not "NEW YORK", also in an article that names it nowhere else.
        var text = document.Text;
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var (start, end) = (mention.Span.Start, mention.Span.End);
            if (mention.Kind != EntityKind.Location
                || mention.Name is not null
                || (start > 0 && text[start - 1] != '\n')
                || end >= text.Length
                || !(text[end] is ',' or ':' || (text[end] == ' ' && end + 1 < text.Length && text[end + 1] is '(' or '\u2014' or '\u2013' or '-'))
                || text[start..end].Any(char.IsLower)
                || !text[start..end].Split(' ').Any(w => w.Count(char.IsLetter) >= 4))
            {
                continue;
            }

            mentions[i] = mention with { Name = TitleCase(text[start..end]) };
        }
    }

    /// <summary>Writes a name given in capitals as running text writes it: "RIO DE JANEIRO" is "Rio de Janeiro".</summary>
    /// <param name="capitals">The name in capitals.</param>
    /// <returns>The name in title case.</returns>
    internal static string TitleCase(string capitals)
    {
        var words = capitals.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var w = 0; w < words.Length; w++)
        {
            var lower = words[w].ToLowerInvariant();
            if (w > 0 && (EntityTypeRefiner.TitleConnectors.Contains(lower) || lower is "de" or "la" or "le" or "du" or "del" or "upon"))
            {
                words[w] = lower;
                continue;
            }

            var chars = lower.ToCharArray();
            for (var c = 0; c < chars.Length; c++)
            {
                // "WINSTON-SALEM", "ST. JOHN'S", "O'HARE": a letter starts a part after a hyphen or a full stop, and
                // after an apostrophe unless one letter closes the word.
                var starts = c == 0 || chars[c - 1] is '-' or '.' || (chars[c - 1] is '\'' or '\u2019' && c < chars.Length - 1);
                if (starts)
                {
                    chars[c] = char.ToUpperInvariant(chars[c]);
                }
            }

            words[w] = new string(chars);
        }

        return string.Join(' ', words);
    }
}
