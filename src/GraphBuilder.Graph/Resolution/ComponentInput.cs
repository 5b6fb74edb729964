namespace GraphBuilder.Graph.Resolution;

/// <summary>
/// Represents a closed block of the graph's name groups (no group outside it shares a blocking key with one inside),
/// with the contexts and drafts loaded so far.
/// </summary>
/// <param name="Groups">The groups.</param>
/// <param name="Contexts">The contexts of the groups resolution asked for.</param>
/// <param name="Drafts">The drafts of the groups resolution asked for.</param>
public sealed record ComponentInput(
    IReadOnlyList<NameGroup> Groups,
    IReadOnlyDictionary<string, GroupContext> Contexts,
    IReadOnlyDictionary<string, IReadOnlyList<DraftInGroup>> Drafts);
