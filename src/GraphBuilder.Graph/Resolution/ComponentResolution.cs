using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Resolution;

/// <summary>
/// Represents the outcome of resolving a block: either what must be loaded before it can be resolved, or its entities
/// and which group and draft goes to which.
/// </summary>
public sealed record ComponentResolution
{
    /// <summary>Gets the anchors whose contexts must be loaded first; empty when resolved.</summary>
    public IReadOnlyList<string> NeedContexts { get; init; } = [];

    /// <summary>Gets the anchors whose drafts must be loaded first; empty when resolved.</summary>
    public IReadOnlyList<string> NeedDrafts { get; init; } = [];

    /// <summary>Gets a value indicating whether the block is resolved.</summary>
    public bool IsResolved => NeedContexts.Count == 0 && NeedDrafts.Count == 0;

    /// <summary>Gets the block's entities, by id.</summary>
    public IReadOnlyList<ResolvedEntity> Entities { get; init; } = [];

    /// <summary>Gets the entity of each group's drafts (of an ambiguous group: of those no context decided).</summary>
    public IReadOnlyDictionary<string, EntityId> GroupEntities { get; init; } = new Dictionary<string, EntityId>();

    /// <summary>Gets the entity of each draft that its context took away from its group's entity.</summary>
    public IReadOnlyDictionary<(string ArticleId, int Draft), EntityId> DraftEntities { get; init; } = new Dictionary<(string, int), EntityId>();

    /// <summary>Gets why each group and each such draft went where it went.</summary>
    public IReadOnlyList<GroupDecision> Decisions { get; init; } = [];
}
