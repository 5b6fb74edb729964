namespace GraphBuilder.Bolt;

/// <summary>
/// Represents a date and time without a time zone (PackStream structure 'd').
/// </summary>
/// <param name="EpochSeconds">Seconds since 1970-01-01T00:00:00 (wall clock).</param>
/// <param name="Nanoseconds">The nanosecond adjustment, 0..999,999,999.</param>
public readonly record struct BoltLocalDateTime(long EpochSeconds, int Nanoseconds)
{
    /// <summary>
    /// Creates a value from a <see cref="DateTime"/>, ignoring its <see cref="DateTime.Kind"/>.
    /// </summary>
    /// <param name="value">The wall-clock date and time.</param>
    /// <returns>The equivalent Bolt value.</returns>
    public static BoltLocalDateTime FromDateTime(DateTime value)
    {
        var ticks = value.Ticks - DateTime.UnixEpoch.Ticks;
        var seconds = Math.DivRem(ticks, TimeSpan.TicksPerSecond, out var remainder);
        if (remainder < 0)
        {
            seconds--;
            remainder += TimeSpan.TicksPerSecond;
        }

        return new BoltLocalDateTime(seconds, (int)(remainder * 100));
    }

    /// <summary>
    /// Converts the value to an unspecified-kind <see cref="DateTime"/>, truncating to 100-nanosecond ticks.
    /// </summary>
    /// <returns>The wall-clock date and time.</returns>
    public DateTime ToDateTime() =>
        new(DateTime.UnixEpoch.Ticks + (EpochSeconds * TimeSpan.TicksPerSecond) + (Nanoseconds / 100), DateTimeKind.Unspecified);
}
