namespace GraphBuilder.Ingestion.Queue;

/// <summary>Represents a source's lease: which worker claimed its latest occurrence, and until when.</summary>
/// <param name="Source">The source's name.</param>
/// <param name="Owner">The worker that holds or held it.</param>
/// <param name="Occurrence">The occurrence of the schedule it was claimed for.</param>
/// <param name="ExpiresAt">When it lapses if its owner neither renews nor releases it.</param>
/// <param name="Released">Whether its owner finished listing the source and let it go.</param>
public sealed record SourceLease(string Source, string Owner, DateTimeOffset Occurrence, DateTimeOffset ExpiresAt, bool Released);
