namespace GraphBuilder.Bolt;

/// <summary>
/// Represents a time of day with a UTC offset (PackStream structure 'T').
/// </summary>
/// <param name="NanosecondOfDay">Nanoseconds since local midnight.</param>
/// <param name="OffsetSeconds">The offset from UTC in seconds.</param>
public readonly record struct BoltTime(long NanosecondOfDay, int OffsetSeconds);
