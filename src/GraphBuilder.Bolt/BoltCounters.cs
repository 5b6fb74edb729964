namespace GraphBuilder.Bolt;

/// <summary>
/// Represents the update counters of a query ("stats" in the final PULL SUCCESS).
/// </summary>
public sealed record BoltCounters
{
    /// <summary>Gets the number of nodes created.</summary>
    public long NodesCreated { get; init; }

    /// <summary>Gets the number of nodes deleted.</summary>
    public long NodesDeleted { get; init; }

    /// <summary>Gets the number of relationships created.</summary>
    public long RelationshipsCreated { get; init; }

    /// <summary>Gets the number of relationships deleted.</summary>
    public long RelationshipsDeleted { get; init; }

    /// <summary>Gets the number of properties set.</summary>
    public long PropertiesSet { get; init; }

    /// <summary>Gets the number of labels added.</summary>
    public long LabelsAdded { get; init; }

    /// <summary>Gets the number of labels removed.</summary>
    public long LabelsRemoved { get; init; }

    /// <summary>Gets the number of indexes added.</summary>
    public long IndexesAdded { get; init; }

    /// <summary>Gets the number of indexes removed.</summary>
    public long IndexesRemoved { get; init; }

    /// <summary>Gets the number of constraints added.</summary>
    public long ConstraintsAdded { get; init; }

    /// <summary>Gets the number of constraints removed.</summary>
    public long ConstraintsRemoved { get; init; }

    /// <summary>Gets the number of system updates.</summary>
    public long SystemUpdates { get; init; }

    /// <summary>Gets a value indicating whether the query changed the graph or the schema.</summary>
    public bool ContainsUpdates =>
        NodesCreated + NodesDeleted + RelationshipsCreated + RelationshipsDeleted + PropertiesSet
        + LabelsAdded + LabelsRemoved + IndexesAdded + IndexesRemoved + ConstraintsAdded + ConstraintsRemoved > 0;

    /// <summary>Reads the counters from a "stats" dictionary.</summary>
    /// <param name="stats">The dictionary, or <see langword="null"/>.</param>
    /// <returns>The counters.</returns>
    internal static BoltCounters FromStats(IReadOnlyDictionary<string, object?>? stats)
    {
        if (stats is null)
        {
            return new BoltCounters();
        }

        long Read(string key) => stats.TryGetValue(key, out var value) && value is long l ? l : 0;
        return new BoltCounters
        {
            NodesCreated = Read("nodes-created"),
            NodesDeleted = Read("nodes-deleted"),
            RelationshipsCreated = Read("relationships-created"),
            RelationshipsDeleted = Read("relationships-deleted"),
            PropertiesSet = Read("properties-set"),
            LabelsAdded = Read("labels-added"),
            LabelsRemoved = Read("labels-removed"),
            IndexesAdded = Read("indexes-added"),
            IndexesRemoved = Read("indexes-removed"),
            ConstraintsAdded = Read("constraints-added"),
            ConstraintsRemoved = Read("constraints-removed"),
            SystemUpdates = Read("system-updates"),
        };
    }
}
