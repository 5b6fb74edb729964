namespace GraphBuilder.Ingestion;

/// <summary>
/// Counts what one ingestion run did.
/// </summary>
public sealed class IngestionSummary
{
    private readonly List<(string Location, string Reason)> _failures = [];

    /// <summary>Gets the number of inputs seen.</summary>
    public int Seen { get; internal set; }

    /// <summary>Gets the number of articles written (new or changed).</summary>
    public int Ingested { get; internal set; }

    /// <summary>Gets the number of articles skipped because they were already ingested unchanged.</summary>
    public int Unchanged { get; internal set; }

    /// <summary>Gets the number of articles recorded as duplicates of others.</summary>
    public int Duplicates { get; internal set; }

    /// <summary>Gets the number of entity mentions (after resolution) in the articles written.</summary>
    public int Entities { get; internal set; }

    /// <summary>Gets the number of typed relations in the articles written.</summary>
    public int Relations { get; internal set; }

    /// <summary>Gets the number of articles written whose changes still wait for an external sink.</summary>
    public int Pending { get; internal set; }

    /// <summary>Gets the number of inputs published to a distributed work queue for any worker to ingest.</summary>
    public int Queued { get; internal set; }

    /// <summary>Gets the inputs that failed, with their reasons.</summary>
    public IReadOnlyList<(string Location, string Reason)> Failures => _failures;

    /// <summary>Makes the summary of a source's listing for a distributed work queue.</summary>
    /// <param name="seen">The inputs listed.</param>
    /// <param name="unchanged">Those already in the store as they are.</param>
    /// <param name="queued">Those published for the workers.</param>
    /// <returns>The summary.</returns>
    public static IngestionSummary ForListing(int seen, int unchanged, int queued) => new() { Seen = seen, Unchanged = unchanged, Queued = queued };

    internal void AddFailure(string location, string reason) => _failures.Add((location, reason));
}
