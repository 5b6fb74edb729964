using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Storage;

/// <summary>
/// Represents an entity already in the store that a resolution key matched.
/// </summary>
/// <param name="Id">The entity's identifier.</param>
/// <param name="Type">The entity's type.</param>
/// <param name="Name">The entity's canonical name.</param>
/// <param name="Key">The key that matched.</param>
public sealed record KnownEntity(EntityId Id, EntityKind Type, string Name, string Key);
