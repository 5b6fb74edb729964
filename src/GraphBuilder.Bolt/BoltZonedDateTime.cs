namespace GraphBuilder.Bolt;

/// <summary>
/// Represents an instant in a named time zone (PackStream structure 'i', Bolt 5.0+ UTC-based encoding).
/// </summary>
/// <param name="EpochSeconds">Seconds since 1970-01-01T00:00:00Z.</param>
/// <param name="Nanoseconds">The nanosecond adjustment, 0..999,999,999.</param>
/// <param name="ZoneId">The IANA time zone id, for example "Europe/Berlin".</param>
public sealed record BoltZonedDateTime(long EpochSeconds, int Nanoseconds, string ZoneId);
