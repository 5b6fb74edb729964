using GraphBuilder.Extraction.Coreference;
using GraphBuilder.Extraction.Relations;
using GraphBuilder.Extraction.Typing;
using GraphBuilder.Nlp.Pipeline;

namespace GraphBuilder.Extraction;

/// <summary>
/// Creates the knowledge-extraction stages that run after the NLP core's entity recogniser, in their order.
/// </summary>
public static class ExtractionStages
{
    /// <summary>Creates the stages: entity typing, coreference, then relations.</summary>
    /// <returns>The stages, in the order they must run.</returns>
    public static IReadOnlyList<INlpStage> Create() => [new EntityTypeRefiner(), new CoreferenceResolver(), new RelationPatternExtractor()];
}
