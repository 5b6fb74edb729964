namespace GraphBuilder.Ingestion;

/// <summary>Represents what one flush of the outbox to the external sinks did.</summary>
/// <param name="Written">The number of changes the sinks committed.</param>
/// <param name="Pending">The number of articles still pending in the ledger.</param>
/// <param name="Failure">Why the flush stopped before the outbox was empty (with the sink's status code), or <see langword="null"/>.</param>
public readonly record struct SinkFlushResult(int Written, int Pending, string? Failure)
{
    /// <summary>Deconstructs the counts, for callers that only need them.</summary>
    /// <param name="written">The number of changes written.</param>
    /// <param name="pending">The number of articles still pending.</param>
    public void Deconstruct(out int written, out int pending)
    {
        written = Written;
        pending = Pending;
    }
}
