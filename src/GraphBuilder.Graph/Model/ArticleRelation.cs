
namespace GraphBuilder.Graph.Model;

/// <summary>
/// Represents a typed relation one article states between two resolved entities.
/// </summary>
/// <param name="Source">The subject entity.</param>
/// <param name="Target">The object entity.</param>
/// <param name="Type">The relation type.</param>
/// <param name="Evidence">The sentences of the article that state it.</param>
public sealed record ArticleRelation(EntityId Source, EntityId Target, RelationKind Type, IReadOnlyList<Evidence> Evidence);
