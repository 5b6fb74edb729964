namespace GraphBuilder.Explorer.Api.Contracts;

/// <summary>The outcome of a source's last run.</summary>
/// <param name="StartedAt">When it started.</param>
/// <param name="FinishedAt">When it finished.</param>
/// <param name="Seen">The inputs it saw.</param>
/// <param name="Ingested">The articles it wrote.</param>
/// <param name="Duplicates">The near-duplicates it recorded.</param>
/// <param name="Failed">The inputs that failed.</param>
/// <param name="Error">Why the run failed as a whole, if it did.</param>
public sealed record SourceRunStatus(DateTimeOffset StartedAt, DateTimeOffset FinishedAt, int Seen, int Ingested, int Duplicates, int Failed, string? Error);
