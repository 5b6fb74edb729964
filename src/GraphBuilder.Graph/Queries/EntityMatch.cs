using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Queries;

/// <summary>
/// Represents an entity a search found.
/// </summary>
/// <param name="Id">The entity's id.</param>
/// <param name="Name">Its canonical name.</param>
/// <param name="Type">Its type.</param>
/// <param name="Aliases">Its other names.</param>
/// <param name="Articles">The number of articles that mention it.</param>
/// <param name="Approximate">Whether it matched only with a typo allowed.</param>
public sealed record EntityMatch(EntityId Id, string Name, EntityKind Type, IReadOnlyList<string> Aliases, int Articles, bool Approximate);
