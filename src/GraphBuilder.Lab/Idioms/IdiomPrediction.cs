using GraphBuilder.Graph.Model;

namespace GraphBuilder.Lab.Idioms;

/// <summary>A relation the pipeline drew from a gold sentence, between two of the article's entities.</summary>
/// <param name="Subject">The names of the subject entity (canonical name and aliases).</param>
/// <param name="Kind">The relation.</param>
/// <param name="Object">The names of the object entity.</param>
/// <param name="Confidence">Its confidence over all its evidence in the sentence, as the graph combines it.</param>
/// <param name="Extractor">The extractor of its most confident evidence.</param>
internal sealed record IdiomPrediction(IReadOnlyList<string> Subject, RelationKind Kind, IReadOnlyList<string> Object, double Confidence, string Extractor)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Subject[0]} > {GraphVocabulary.RelationType(Kind)} > {Object[0]}";
}
