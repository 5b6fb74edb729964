using GraphBuilder.Extraction.Coreference;
using GraphBuilder.Extraction.Typing;
using GraphBuilder.Nlp.Pipeline;

namespace GraphBuilder.Extraction;

/// <summary>
/// Creates the knowledge-extraction stages that run after the NLP core's entity recogniser, in their order.
/// </summary>
public static class ExtractionStages
{
    /// <summary>Creates the stages: entity typing, then coreference.</summary>
    /// <returns>The stages, in the order they must run.</returns>
    public static IReadOnlyList<INlpStage> Create() => [new EntityTypeRefiner(), new CoreferenceResolver()];
}
