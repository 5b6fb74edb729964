namespace GraphBuilder.Ingestion.Scheduling;

/// <summary>
/// Represents the outcome of a source's latest run.
/// </summary>
/// <param name="StartedAt">When the run started.</param>
/// <param name="FinishedAt">When it finished.</param>
/// <param name="Summary">What it did, when it completed.</param>
/// <param name="Error">Why it failed as a whole, when it did.</param>
public sealed record SourceRunStatus(DateTimeOffset StartedAt, DateTimeOffset FinishedAt, IngestionSummary? Summary, string? Error);
