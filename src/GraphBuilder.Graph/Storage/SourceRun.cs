namespace GraphBuilder.Graph.Storage;

/// <summary>
/// Represents the outcome of a scheduled source's latest run, kept so that <c>graphbuilder status</c> can report it.
/// </summary>
/// <param name="Source">The source's name.</param>
/// <param name="StartedAt">When the run started.</param>
/// <param name="FinishedAt">When it finished.</param>
/// <param name="Seen">The inputs it saw.</param>
/// <param name="Ingested">The articles it wrote.</param>
/// <param name="Duplicates">The near-duplicates it recorded.</param>
/// <param name="Failed">The inputs that failed.</param>
/// <param name="Error">Why the run failed as a whole, if it did.</param>
public sealed record SourceRun(
    string Source,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    int Seen,
    int Ingested,
    int Duplicates,
    int Failed,
    string? Error);
