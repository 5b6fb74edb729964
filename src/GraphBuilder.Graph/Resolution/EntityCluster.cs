using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Resolution;

/// <summary>What the name groups and drafts resolved into one entity say together: its type votes and its names.</summary>
/// <param name="Key">The cluster's key: the anchor of its root group.</param>
internal sealed record EntityCluster(string Key)
{
    /// <summary>Gets the confidence the cluster's mentions give each type, in thousandths, summed.</summary>
    public Dictionary<EntityKind, long> Kinds { get; } = [];

    /// <summary>Gets each written form with its number of mentions.</summary>
    public Dictionary<string, int> Forms { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the acronyms the articles defined or used for the cluster's names.</summary>
    public SortedSet<string> Acronyms { get; } = new(StringComparer.Ordinal);
}
