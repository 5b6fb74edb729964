using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Resolution;

/// <summary>
/// Represents one entity as resolution made it: its id, type and canonical name, its other names, and the anchors of
/// the groups that are wholly in it.
/// </summary>
/// <param name="Id">The entity's id.</param>
/// <param name="Kind">Its type, by vote.</param>
/// <param name="Name">Its canonical name.</param>
/// <param name="Aliases">Its other written forms.</param>
/// <param name="Key">The smallest anchor among its groups: a stable key for the cluster, whatever its id.</param>
public sealed record ResolvedEntity(EntityId Id, EntityKind Kind, string Name, IReadOnlyList<string> Aliases, string Key);
