using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Queries;

/// <summary>
/// Names an entity another answer refers to.
/// </summary>
/// <param name="Id">The entity's id.</param>
/// <param name="Name">Its canonical name.</param>
/// <param name="Type">Its type.</param>
public sealed record EntityReference(EntityId Id, string Name, EntityKind Type);
