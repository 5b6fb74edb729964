namespace GraphBuilder.Bolt;

/// <summary>
/// Represents what the server reported after a query's last record.
/// </summary>
public sealed class BoltResultSummary
{
    internal BoltResultSummary(IReadOnlyDictionary<string, object?> metadata)
    {
        Metadata = metadata;
        Counters = BoltCounters.FromStats(metadata.TryGetValue("stats", out var stats) ? stats as IReadOnlyDictionary<string, object?> : null);
        QueryType = metadata.TryGetValue("type", out var type) ? type as string : null;
        Database = metadata.TryGetValue("db", out var db) ? db as string : null;
    }

    /// <summary>Gets the update counters.</summary>
    public BoltCounters Counters { get; }

    /// <summary>Gets the query type: "r", "w", "rw" or "s".</summary>
    public string? QueryType { get; }

    /// <summary>Gets the database the query ran in.</summary>
    public string? Database { get; }

    /// <summary>Gets the raw metadata of the final SUCCESS (plan, profile, notifications or statuses, timings).</summary>
    public IReadOnlyDictionary<string, object?> Metadata { get; }
}
