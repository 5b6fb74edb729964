using GraphBuilder.Extraction.Documents;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Extraction.Typing;

/// <summary>
/// Gives the names of a list one kind, for <see cref="EntityTypeRefiner"/>: "Zeus, Hera, Poseidon, Aphrodite, and
/// Athena" names five of a kind, and the recogniser's one unsure exception is its mistake.
/// </summary>
internal static class ListedNames
{
    // The fewest names a list needs before its majority decides: two names joined by "and" are as often of two kinds
    // ("Clinton and Sanders", "Clinton and WikiLeaks").
    private const int ShortestList = 3;

    // A name the recogniser was surer of than this keeps its kind, whatever the list: "Merkel, Macron and NATO".
    private const double UnsureBelow = 0.7;

    /// <summary>Gives a listed name the kind of all the other names of its list when the recogniser was unsure of it.</summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions in text order, changed in place.</param>
    public static void AgreeKinds(KnowledgeDocument document, List<Mention> mentions)
    {
        var first = 0;
        while (first < mentions.Count)
        {
            var end = first + 1;
            while (end < mentions.Count && AreListed(document, mentions[end - 1], mentions[end]))
            {
                end++;
            }

            if (end - first >= ShortestList)
            {
                AgreeKinds(mentions, first, end);
            }

            first = end;
        }
    }

    private static void AgreeKinds(List<Mention> mentions, int first, int end)
    {
        // All but one of one kind: a list of two kinds more evenly ("Paris, Berlin, Siemens and BASF") says nothing.
        var kind = mentions[first].Kind == mentions[first + 1].Kind ? mentions[first].Kind : mentions[first + 2].Kind;
        var outlier = -1;
        for (var i = first; i < end; i++)
        {
            if (mentions[i].Kind != kind)
            {
                if (outlier >= 0)
                {
                    return;
                }

                outlier = i;
            }
        }

        if (outlier >= 0
            && kind is EntityKind.Person or EntityKind.Organization or EntityKind.Location
            && mentions[outlier] is { Kind: EntityKind.Person or EntityKind.Organization or EntityKind.Location or EntityKind.Other, Name: null } odd
            && odd.Confidence < UnsureBelow)
        {
            mentions[outlier] = odd with { Kind = kind };
        }
    }

    // Two names of one list: only a comma, "and" or "or" between them ("Hera, Poseidon", "Aphrodite, and Athena").
    private static bool AreListed(KnowledgeDocument document, Mention left, Mention right)
    {
        if (left.Form != MentionForm.Name || right.Form != MentionForm.Name || right.Span.Start <= left.Span.End)
        {
            return false;
        }

        var between = document.Text.AsSpan(left.Span.End, right.Span.Start - left.Span.End);
        return between is ", " or " and " or ", and " or " or " or ", or ";
    }
}
