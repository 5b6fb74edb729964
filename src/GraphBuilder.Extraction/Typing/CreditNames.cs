using System.Text.RegularExpressions;
using GraphBuilder.Extraction.Documents;
using GraphBuilder.Graph.Model;
using GraphBuilder.Nlp.Documents;

namespace GraphBuilder.Extraction.Typing;

/// <summary>
/// Names the people a photo credit or a byline shouts ("CREDIT: COURIER PHOTO/JAMES WU", "BY JANE DOE") as running
/// text would name them.
/// </summary>
internal static partial class CreditNames
{
    /// <summary>
    /// Tells whether a position follows a wire credit's "Reporting by" within the same credit: "(Reporting by Stavros
    /// Kalligas in Athens and | Marina Douka in Lefkada; Editing by …)". The names listed there are the reporters', and
    /// the places where they filed from.
    /// </summary>
    /// <param name="text">The document's text.</param>
    /// <param name="position">The position, such as a name's start.</param>
    /// <returns><see langword="true"/> inside such a credit's list.</returns>
    public static bool InReportingCredit(string text, int position)
    {
        var from = Math.Max(0, position - 200);
        return ReportingCredit().IsMatch(text.AsSpan(from, position - from));
    }

    // "Photo: Lothian Chronicle/Euan Baird", "AP Photo/Jane Doe": the name after the publisher's and a slash is the
    // photographer's ("Jane Doe/Reuters" is the other way round, and left as read).
    private static bool IsPhotographer(KnowledgeDocument document, List<Mention> mentions, Mention mention, List<LayoutSpan> furniture)
    {
        var start = mention.Span.Start;
        if (mention.Kind == EntityKind.Person
            || mention.TokenCount is < 2 or > 3
            || start < 2
            || document.Text[start - 1] != '/'
            || !furniture.Any(l => l.Kind == LayoutKind.Credit && l.Span.Contains(mention.Span)))
        {
            return false;
        }

        var before = document.Text[..(start - 1)].TrimEnd();
        return before.EndsWith("Photo", StringComparison.OrdinalIgnoreCase)
            || mentions.Any(m => m.Kind == EntityKind.Organization && m.Span.End == before.Length);
    }

    // "By Bethlehem Assefa in Bahir Dar", "(Reporting by Kayode Adeniran in Ogbomoso; editing by …)": the name of two or
    // three words after a writer's "by" is a person's, whatever place or body a word of it also names ("Bethlehem").
    private static bool IsWriter(KnowledgeDocument document, Mention mention)
    {
        var by = mention.FirstToken - 1;
        if (by >= 0 && document.TokenText(by) == "and" && mention.Kind != EntityKind.Person && mention.Form == MentionForm.Name
            && mention.TokenCount is 2 or 3 && InReportingCredit(document.Text, mention.Span.Start))
        {
            // "… in Athens and Marina Douka in Lefkada": the credit's next reporter.
            return true;
        }

        if (mention.Kind == EntityKind.Person || mention.Form != MentionForm.Name || mention.TokenCount is < 2 or > 3 || by < 0
            || document.TokenText(by) is not ("By" or "by" or "BY")
            || document.SentenceOf(by) != document.SentenceOf(mention.FirstToken))
        {
            return false;
        }

        // A line of its own at the top that opens with "By" is a byline too: "By Lake Tana, fishers …" is a long sentence.
        var sentence = document.SentenceOf(by);
        var before = by == document.Sentences[sentence].FirstToken ? null : document.TokenText(by - 1);
        return before is "(" or "Reporting" or "reporting" or "Writing" or "writing" or "Editing" or "editing"
            || (before is null && sentence < 3 && document.Sentences[sentence].EndToken - by <= 12)
            || document.Annotated.Layout.Any(l => l.Kind == LayoutKind.Byline && l.Span.Contains(mention.Span));
    }

    /// <summary>Gives each person's name written in capitals inside page furniture its title-case form, and each
    /// photographer named after a publisher in a credit their kind.</summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions so far, changed in place.</param>
    public static void Recase(KnowledgeDocument document, List<Mention> mentions)
    {
        var furniture = document.Annotated.Layout.Where(l => l.Kind is LayoutKind.Credit or LayoutKind.Byline).ToList();
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (IsPhotographer(document, mentions, mention, furniture) || IsWriter(document, mention))
            {
                mention = mentions[i] = mention with { Kind = EntityKind.Person };
            }

            var text = document.Slice(mention.Span);
            if (mention.Kind == EntityKind.Person
                && mention.Name is null
                && mention.TokenCount >= 2
                && !text.Any(char.IsLower)
                && furniture.Any(l => l.Span.Start <= mention.Span.Start && mention.Span.End <= l.Span.End))
            {
                mentions[i] = mention with { Name = DatelinePlaces.TitleCase(text) };
            }
        }
    }

    // A credit's "Reporting by" and the names and places of its list so far, within one credit (";" starts the next).
    [GeneratedRegex(@"\breporting by [^;()\n]*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReportingCredit();
}
