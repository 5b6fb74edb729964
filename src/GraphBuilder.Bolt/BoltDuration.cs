namespace GraphBuilder.Bolt;

/// <summary>
/// Represents a Cypher duration (PackStream structure 'E').
/// </summary>
/// <param name="Months">The months component.</param>
/// <param name="Days">The days component.</param>
/// <param name="Seconds">The seconds component.</param>
/// <param name="Nanoseconds">The nanoseconds component.</param>
public readonly record struct BoltDuration(long Months, long Days, long Seconds, int Nanoseconds);
