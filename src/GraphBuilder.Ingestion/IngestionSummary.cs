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

    /// <summary>Gets the inputs that failed, with their reasons.</summary>
    public IReadOnlyList<(string Location, string Reason)> Failures => _failures;

    internal void AddFailure(string location, string reason) => _failures.Add((location, reason));
}
