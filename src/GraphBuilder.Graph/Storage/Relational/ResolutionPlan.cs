using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Resolution;

namespace GraphBuilder.Graph.Storage.Relational;

/// <summary>
/// A block's resolution with what writing it will change: each group's entity before, the groups whose entity changes,
/// and each draft that moves (from its old entity to its new one, and whether context decided it).
/// </summary>
/// <param name="Anchors">The block's anchors.</param>
/// <param name="Resolution">The block's resolution.</param>
/// <param name="OldGroups">Each group's entity before.</param>
/// <param name="ChangedGroups">The groups whose entity changes.</param>
/// <param name="Moves">The drafts that move.</param>
internal sealed record ResolutionPlan(
    IReadOnlySet<string> Anchors,
    ComponentResolution Resolution,
    IReadOnlyDictionary<string, string?> OldGroups,
    IReadOnlySet<string> ChangedGroups,
    IReadOnlyList<(string Article, int Draft, string? From, EntityId To, bool ByContext)> Moves)
{
    /// <summary>Gets the articles whose drafts move.</summary>
    public IReadOnlySet<string> Articles { get; } = Moves.Select(m => m.Article).ToHashSet(StringComparer.Ordinal);
}
