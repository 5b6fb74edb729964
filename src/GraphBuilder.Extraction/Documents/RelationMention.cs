using GraphBuilder.Graph.Model;
using GraphBuilder.Nlp.Documents;

namespace GraphBuilder.Extraction.Documents;

/// <summary>
/// Represents one typed relation the text states between two entity mentions of one sentence.
/// </summary>
/// <param name="Source">The index in <see cref="KnowledgeDocument.Entities"/> of the subject mention, where the relation starts.</param>
/// <param name="Target">The index in <see cref="KnowledgeDocument.Entities"/> of the object mention, where the relation ends.</param>
/// <param name="Kind">The relation type.</param>
/// <param name="Sentence">The index of the sentence that states the relation.</param>
/// <param name="Confidence">The calibrated probability that the relation is stated, in [0, 1].</param>
/// <param name="Extractor">The name of the stage or pattern that found the relation.</param>
public sealed record RelationMention(int Source, int Target, RelationKind Kind, int Sentence, double Confidence, string Extractor)
{
    /// <summary>
    /// Gets the text that states the relation when it is not exactly the sentence <see cref="Sentence"/>, such as two
    /// sentences the splitter separated; <see langword="null"/> for the sentence itself.
    /// </summary>
    public TextSpan? Evidence { get; init; }

    /// <summary>Gets the ISO 8601 date the sentence gives for the relation, if any.</summary>
    public string? Date { get; init; }
}
