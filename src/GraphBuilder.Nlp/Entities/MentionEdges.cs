using System.Collections.Frozen;
using GraphBuilder.Nlp.Documents;

namespace GraphBuilder.Nlp.Entities;

/// <summary>
/// Trims what news layout glues to a name: a weekday or a date after it ("Okafor Sunday", "Aner Shalev Wednesday,
/// September 19"), and, inside page furniture, the separators and credit words between names ("HARBOR GAZETTE
/// PHOTO/DANIEL BRANDT", "Associated Press | Wellston Daily"); and keeps hyphenated names whole ("Cheng Chung-tai").
/// </summary>
internal static class MentionEdges
{
    private static readonly FrozenSet<string> Weekdays = FrozenSet.ToFrozenSet(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Months = FrozenSet.ToFrozenSet(
        [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
        ],
        StringComparer.OrdinalIgnoreCase);

    // Words after which a weekday is a date, not part of the next name ("on Monday Smith said").
    private static readonly FrozenSet<string> DatePrepositions = FrozenSet.ToFrozenSet(
        ["on", "last", "next", "this", "by", "until", "till", "since", "from", "every", "early", "late", "before", "after"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Separators = FrozenSet.ToFrozenSet(
        ["/", "|", ",", "(", ")", ":", ";", "—", "–", "-", "--", "•", "·"], StringComparer.Ordinal);

    // Marks that divide the parts of a line wherever it stands, never a name's words; and parentheses, which open a
    // gloss or an acronym after a name ("the Environment Superintendency (Superintendencia del Medio Ambiente, SMA)").
    private static readonly FrozenSet<string> Dividers = FrozenSet.ToFrozenSet(["|", "•", "·", "(", ")"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> CreditWords = FrozenSet.ToFrozenSet(
        [
            "photo", "photos", "photograph", "photographer", "picture", "image", "images", "credit", "credits", "courtesy",
            "file", "by", "source", "sources", "staff", "writer", "correspondent", "reporter", "editor", "contributor", "via",
        ],
        StringComparer.OrdinalIgnoreCase);

    // Second parts of English compounds after a name: "Obama-era", "Texas-based", "Trump-backed".
    private static readonly FrozenSet<string> CompoundParts = FrozenSet.ToFrozenSet(
        [
            "based", "era", "led", "backed", "style", "born", "owned", "run", "made", "like", "type", "linked", "allied",
            "aligned", "funded", "controlled", "appointed", "elect", "designate", "esque", "ish", "free", "friendly",
            "related", "inspired", "themed", "centric", "area", "wide", "level", "class", "sized", "speaking", "bound",
            "supporting", "leaning", "affiliated", "sponsored", "brokered", "bashing", "loving", "hating", "day",
            "year", "old", "time", "winning", "nominated", "trained", "educated", "listed", "registered", "flagged",
        ],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Returns the mentions with their layout edges trimmed; a mention left without a word is dropped.</summary>
    /// <param name="document">The document, with its layout.</param>
    /// <param name="mentions">The recogniser's mentions, in text order.</param>
    /// <returns>The trimmed mentions, in text order.</returns>
    public static List<EntityMention> Trim(Document document, List<EntityMention> mentions)
    {
        mentions = JoinedAtHyphens(document, mentions);
        var result = new List<EntityMention>(mentions.Count);
        var taken = new HashSet<int>(mentions.SelectMany(m => Enumerable.Range(m.FirstToken, m.TokenCount)));
        foreach (var mention in mentions)
        {
            var furniture = document.Layout.Any(l => l.IsFurniture && l.Span.Overlaps(mention.Span));
            foreach (var (first, end) in Pieces(document, mention, furniture))
            {
                var (from, to) = WithoutDates(document, mention.Label, first, end);
                if (to > from)
                {
                    to = WithHyphenatedParts(document, mention.Label, to, taken);
                    result.Add(mention with
                    {
                        Span = new TextSpan(document.Tokens[from].Span.Start, document.Tokens[to - 1].Span.End),
                        FirstToken = from,
                        TokenCount = to - from,
                    });
                }
            }
        }

        return result;
    }

    private static IEnumerable<(int First, int End)> Pieces(Document document, EntityMention mention, bool furniture)
    {
        if (!furniture)
        {
            // A name never runs over the end of a quotation: "... of Aldous Petroleum," Whitfield told reporters.
            var from = mention.FirstToken;
            for (var t = mention.FirstToken + 1; t < mention.EndToken; t++)
            {
                // Nor over a divider of a show line ("Straight Talk with Funmi Oyekunle · Irawo 103.5 FM") or a parenthesis.
                if (Dividers.Contains(document.TokenText(t)))
                {
                    if (t > from)
                    {
                        yield return (from, t);
                    }

                    from = t + 1;
                }
                else if (IsQuotationMark(document.TokenText(t)) && document.TokenText(t - 1) is "," or "." or "?" or "!")
                {
                    if (t - 1 > from)
                    {
                        yield return (from, t - 1);
                    }

                    from = t + 1;
                }
            }

            if (from < mention.EndToken)
            {
                yield return (from, mention.EndToken);
            }

            yield break;
        }

        // In furniture a name never runs over a separator, a credit word or the edge of a piece of furniture.
        var start = mention.FirstToken;
        for (var t = mention.FirstToken; t < mention.EndToken; t++)
        {
            var word = document.TokenText(t);
            if (Separators.Contains(word) || CreditWords.Contains(word))
            {
                if (t > start)
                {
                    yield return (start, t);
                }

                start = t + 1;
            }
            else if (t > start && CrossesLayout(document, t))
            {
                yield return (start, t);
                start = t;
            }
        }

        if (start < mention.EndToken)
        {
            yield return (start, mention.EndToken);
        }
    }

    private static bool IsQuotationMark(string token) => token is "\"" or "\u201D" or "\u201C" or "''" or "\u2019";

    private static bool CrossesLayout(Document document, int t)
    {
        var previous = document.Tokens[t - 1].Span.End;
        var next = document.Tokens[t].Span.Start;
        return document.Layout.Any(l => l.IsFurniture
            && ((previous <= l.Span.End && l.Span.End <= next) || (previous <= l.Span.Start && l.Span.Start <= next)));
    }

    private static (int First, int End) WithoutDates(Document document, EntityLabel label, int first, int end)
    {
        // "Super Tuesday" and "Good Friday" are names of their own: the recogniser calls them miscellaneous.
        if (label == EntityLabel.Miscellaneous)
        {
            return (first, end);
        }

        while (end - first > 1)
        {
            var last = document.TokenText(end - 1);
            if (Weekdays.Contains(last))
            {
                end--;
                if (end - first > 1 && document.TokenText(end - 1) is "on" or "On")
                {
                    end--;
                }
            }
            else if (Months.Contains(last) && end < document.Tokens.Count && IsNumber(document.TokenText(end)))
            {
                end--;
            }
            else
            {
                break;
            }
        }

        while (end - first > 1
            && (Weekdays.Contains(document.TokenText(first)) || Months.Contains(document.TokenText(first)))
            && first > 0
            && (DatePrepositions.Contains(document.TokenText(first - 1)) || IsNumber(document.TokenText(first - 1))))
        {
            first++;
        }

        return (first, end);
    }

    private static List<EntityMention> JoinedAtHyphens(Document document, List<EntityMention> mentions)
    {
        // "Jean" "-" "Claude Juncker", "Rolls" "-" "Royce": two names written on across a hyphen are one.
        var result = new List<EntityMention>(mentions.Count);
        foreach (var mention in mentions)
        {
            if (result.Count > 0 && result[^1] is { } previous
                && previous.EndToken + 1 == mention.FirstToken
                && IsJoiningHyphen(document, previous.EndToken)
                && char.IsUpper(document.TokenText(mention.FirstToken)[0]))
            {
                result[^1] = previous with
                {
                    Span = new TextSpan(previous.Span.Start, mention.Span.End),
                    TokenCount = mention.EndToken - previous.FirstToken,
                    Confidence = Math.Min(previous.Confidence, mention.Confidence),
                };
                continue;
            }

            result.Add(mention);
        }

        return result;
    }

    private static bool IsJoiningHyphen(Document document, int t) =>
        t > 0 && t + 1 < document.Tokens.Count
        && document.TokenText(t) == "-"
        && document.Tokens[t - 1].Span.End == document.Tokens[t].Span.Start
        && document.Tokens[t].Span.End == document.Tokens[t + 1].Span.Start;

    private static int WithHyphenatedParts(Document document, EntityLabel label, int end, HashSet<int> taken)
    {
        if (end > 1 && document.TokenText(end - 1) == "-")
        {
            // The recogniser took the hyphen but not the part after it ("Hau Lung-").
            end--;
        }

        // The tokenizer splits hyphens as UD does, and the recogniser stops at them: "Cheng Chung-tai" came out as
        // "Cheng Chung", "Kim Jong-un" as "Kim Jong". A part written on without spaces joins the name when it is
        // capitalised ("Rolls-Royce"), or, for a person, when it is no English word of a compound ("Obama-era").
        while (IsJoiningHyphen(document, end)
            && !taken.Contains(end + 1)
            && document.TokenText(end + 1) is { } part
            && part.All(char.IsLetter)
            && (char.IsUpper(part[0]) || (label == EntityLabel.Person && !CompoundParts.Contains(part))))
        {
            end += 2;
        }

        return end;
    }

    private static bool IsNumber(string token) => token.Length is > 0 and <= 4 && token.All(char.IsAsciiDigit);
}
