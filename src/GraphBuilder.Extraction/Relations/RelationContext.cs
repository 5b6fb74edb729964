using GraphBuilder.Extraction.Documents;
using GraphBuilder.Extraction.Lexicons;

namespace GraphBuilder.Extraction.Relations;

/// <summary>What the relation extractors (patterns and classifier) ask of the text around a pair of mentions.</summary>
internal static class RelationContext
{
    /// <summary>
    /// Whether a negation or denial cue stands between the two mentions or in the four words before the first, so
    /// that no positive relation is drawn from the statement.
    /// </summary>
    public static bool Negated(KnowledgeDocument document, Mention a, Mention b)
    {
        var (first, second) = a.FirstToken <= b.FirstToken ? (a, b) : (b, a);
        var sentence = document.Sentences[document.SentenceOf(first.FirstToken)];
        for (var t = Math.Max(sentence.FirstToken, first.FirstToken - 4); t < second.FirstToken; t++)
        {
            if ((t < first.FirstToken || t >= first.EndToken) && NegationCues.Words.Contains(document.TokenText(t)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The entity a mention belongs to: its chain, or a negative number of its own when it has none.</summary>
    public static int ChainOf(KnowledgeDocument document, int mention) =>
        document.Entities[mention].Chain >= 0 ? document.Entities[mention].Chain : -1 - mention;
}
