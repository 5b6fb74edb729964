namespace GraphBuilder.Queue.Nats;

/// <summary>A source's lease as the key-value bucket holds it.</summary>
/// <param name="Source">The source's name.</param>
/// <param name="Owner">The worker holding it.</param>
/// <param name="Occurrence">The occurrence of the schedule it was claimed for.</param>
/// <param name="ExpiresAt">When it lapses unless renewed or released.</param>
/// <param name="Released">Whether its owner finished and let it go.</param>
internal sealed record LeaseRecord(string Source, string Owner, DateTimeOffset Occurrence, DateTimeOffset ExpiresAt, bool Released);
