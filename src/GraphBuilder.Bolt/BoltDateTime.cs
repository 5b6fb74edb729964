namespace GraphBuilder.Bolt;

/// <summary>
/// Represents an instant with a fixed UTC offset (PackStream structure 'I', Bolt 5.0+ UTC-based encoding).
/// </summary>
/// <param name="EpochSeconds">Seconds since 1970-01-01T00:00:00Z.</param>
/// <param name="Nanoseconds">The nanosecond adjustment, 0..999,999,999.</param>
/// <param name="OffsetSeconds">The offset from UTC in seconds.</param>
public readonly record struct BoltDateTime(long EpochSeconds, int Nanoseconds, int OffsetSeconds)
{
    /// <summary>
    /// Creates a value from a <see cref="DateTimeOffset"/>.
    /// </summary>
    /// <param name="value">The date and time with offset.</param>
    /// <returns>The equivalent Bolt value.</returns>
    public static BoltDateTime FromDateTimeOffset(DateTimeOffset value)
    {
        var utcTicks = value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        var seconds = Math.DivRem(utcTicks, TimeSpan.TicksPerSecond, out var remainder);
        if (remainder < 0)
        {
            seconds--;
            remainder += TimeSpan.TicksPerSecond;
        }

        return new BoltDateTime(seconds, (int)(remainder * 100), (int)value.Offset.TotalSeconds);
    }

    /// <summary>
    /// Converts the value to a <see cref="DateTimeOffset"/>, truncating to 100-nanosecond ticks.
    /// </summary>
    /// <returns>The date and time with offset.</returns>
    public DateTimeOffset ToDateTimeOffset()
    {
        var utc = DateTimeOffset.UnixEpoch.AddSeconds(EpochSeconds).AddTicks(Nanoseconds / 100);
        return utc.ToOffset(TimeSpan.FromSeconds(OffsetSeconds));
    }
}
