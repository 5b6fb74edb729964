using GraphBuilder.Extraction.Coreference;
using GraphBuilder.Extraction.Relations;
using GraphBuilder.Extraction.Typing;
using GraphBuilder.Nlp.Relations;

namespace GraphBuilder.Extraction;

/// <summary>
/// Creates the knowledge-extraction stages that run after the NLP pipeline, in their order.
/// </summary>
public static class ExtractionStages
{
    /// <summary>Creates the stages: entity typing, coreference, then relations from patterns and, when given, the trained classifier.</summary>
    /// <param name="relations">Loads the trained relation classifier (on first use), or <see langword="null"/> for patterns only.</param>
    /// <returns>The stages, in the order they must run.</returns>
    public static IReadOnlyList<IExtractionStage> Create(Func<RelationModel>? relations = null) =>
        relations is null
            ? [new EntityTypeRefiner(), new CoreferenceResolver(), new RelationPatternExtractor()]
            : [new EntityTypeRefiner(), new CoreferenceResolver(), new RelationPatternExtractor(), new RelationClassifierExtractor(relations)];
}
