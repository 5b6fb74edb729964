using GraphBuilder.Nlp.Training.Corpora;

namespace GraphBuilder.Nlp.Training.Evaluation;

/// <summary>
/// Turns a GUM document's mentions into the plain gold mentions the graph score reads.
/// </summary>
public static class GumGoldMentions
{
    /// <summary>Gets the gold mentions of a document, every type included.</summary>
    /// <param name="document">The document.</param>
    /// <returns>One gold mention per GUM mention, in the document's order.</returns>
    public static IReadOnlyList<GraphGoldMention> Of(GumDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var words = document.Words;
        return [.. document.Mentions.Select(m => new GraphGoldMention(
            m.Entity,
            m.Type,
            m.Identity,
            m.Start,
            m.End,
            words[m.HeadWord].Start,
            words[m.HeadWord].End,
            HasProperNoun: Enumerable.Range(m.FirstWord, m.LastWord - m.FirstWord + 1).Any(w => words[w].UniversalTag == "PROPN"),
            HeadIsProperNoun: words[m.HeadWord].UniversalTag == "PROPN"))];
    }
}
