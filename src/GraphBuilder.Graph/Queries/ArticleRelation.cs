using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Queries;

/// <summary>
/// Represents one relation an article states, with the sentence that states it.
/// </summary>
/// <param name="Source">The subject.</param>
/// <param name="Target">The object.</param>
/// <param name="Type">The relation type.</param>
/// <param name="Evidence">The sentence, its offsets, the confidence and the extractor.</param>
public sealed record ArticleRelation(EntityReference Source, EntityReference Target, RelationKind Type, Evidence Evidence);
