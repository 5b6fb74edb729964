
namespace GraphBuilder.Graph.Model;

/// <summary>
/// Represents one resolved entity as one article mentions it.
/// </summary>
/// <param name="Id">The resolved entity's identifier.</param>
/// <param name="Type">The entity's type.</param>
/// <param name="Name">The entity's canonical name.</param>
/// <param name="Aliases">The other names the article gives or implies for the entity.</param>
/// <param name="Spans">Where the article mentions the entity.</param>
public sealed record ArticleEntity(EntityId Id, EntityKind Type, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<MentionSpan> Spans);
