namespace GraphBuilder.Bolt.PackStream;

/// <summary>
/// Converts between UTC and wall-clock epoch seconds for named zones; needed only for the legacy (Bolt &lt;= 4.4)
/// DateTimeZoneId structure, whose seconds are local wall-clock seconds.
/// </summary>
internal static class TimeZoneOffsets
{
    /// <summary>Gets the zone's UTC offset, in seconds, at the given UTC instant (0 for an unknown zone).</summary>
    /// <param name="zoneId">The IANA zone id.</param>
    /// <param name="utcEpochSeconds">The instant as UTC epoch seconds.</param>
    /// <returns>The offset in seconds.</returns>
    public static int OffsetSecondsAtUtc(string zoneId, long utcEpochSeconds)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
        {
            return 0;
        }

        var instant = DateTimeOffset.UnixEpoch.AddSeconds(utcEpochSeconds);
        return (int)zone.GetUtcOffset(instant).TotalSeconds;
    }

    /// <summary>Gets the zone's UTC offset, in seconds, for a wall-clock time (0 for an unknown zone).</summary>
    /// <param name="zoneId">The IANA zone id.</param>
    /// <param name="localEpochSeconds">The wall-clock time as epoch seconds.</param>
    /// <returns>The offset in seconds.</returns>
    public static int OffsetSecondsAtLocal(string zoneId, long localEpochSeconds)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
        {
            return 0;
        }

        var local = DateTime.SpecifyKind(DateTime.UnixEpoch.AddSeconds(localEpochSeconds), DateTimeKind.Unspecified);
        return (int)zone.GetUtcOffset(local).TotalSeconds;
    }
}
