using System.Globalization;
using System.Text.RegularExpressions;
using GraphBuilder.Bolt;

namespace GraphBuilder.Testing.Bolt;

/// <summary>
/// Reads the JOLT temporal sigil {"T": "..."} (ISO 8601 date, time, date-time with offset or [zone], duration)
/// and the spatial sigil {"@": "SRID=n;POINT(x y)"} into the client's value types.
/// </summary>
internal static partial class StubJoltTemporal
{
    private static readonly long EpochDay = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;

    public static object ParseTemporal(string text)
    {
        if (text.StartsWith('P') || text.StartsWith("-P", StringComparison.Ordinal))
        {
            return ParseDuration(text);
        }

        var dateTime = DateTimePattern().Match(text);
        if (dateTime.Success)
        {
            var date = DateOnly.ParseExact(dateTime.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var nanosOfDay = NanosOfDay(dateTime.Groups["time"].Value);
            var localSeconds = ((date.DayNumber - EpochDay) * 86_400L) + (nanosOfDay / 1_000_000_000L);
            var nanos = (int)(nanosOfDay % 1_000_000_000L);
            var offset = dateTime.Groups["offset"].Value;
            var zone = dateTime.Groups["zone"].Value;
            if (zone.Length > 0)
            {
                var offsetSeconds = offset.Length > 0 ? OffsetSeconds(offset) : 0;
                return new BoltZonedDateTime(localSeconds - offsetSeconds, nanos, zone);
            }

            return offset.Length > 0
                ? new BoltDateTime(localSeconds - OffsetSeconds(offset), nanos, OffsetSeconds(offset))
                : new BoltLocalDateTime(localSeconds, nanos);
        }

        var time = TimePattern().Match(text);
        if (time.Success)
        {
            var nanosOfDay = NanosOfDay(time.Groups["time"].Value);
            return time.Groups["offset"].Value is { Length: > 0 } offset
                ? new BoltTime(nanosOfDay, OffsetSeconds(offset))
                : new BoltLocalTime(nanosOfDay);
        }

        return DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    public static BoltPoint ParsePoint(string text)
    {
        var match = PointPattern().Match(text);
        if (!match.Success)
        {
            throw new FormatException($"'{text}' is not a JOLT point (SRID=n;POINT(x y) or POINT Z(x y z)).");
        }

        var srid = int.Parse(match.Groups["srid"].Value, CultureInfo.InvariantCulture);
        var coordinates = match.Groups["coordinates"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(c => double.Parse(c, CultureInfo.InvariantCulture))
            .ToArray();
        return new BoltPoint(srid, coordinates[0], coordinates[1], coordinates.Length > 2 ? coordinates[2] : null);
    }

    private static long NanosOfDay(string time)
    {
        var parts = time.Split('.');
        var clock = TimeOnly.ParseExact(parts[0], parts[0].Length == 5 ? "HH:mm" : "HH:mm:ss", CultureInfo.InvariantCulture);
        var fraction = parts.Length > 1 ? long.Parse(parts[1].PadRight(9, '0')[..9], CultureInfo.InvariantCulture) : 0;
        return (clock.Ticks / TimeSpan.TicksPerSecond * 1_000_000_000L) + fraction;
    }

    private static int OffsetSeconds(string offset)
    {
        if (offset == "Z")
        {
            return 0;
        }

        var sign = offset[0] == '-' ? -1 : 1;
        var parts = offset[1..].Split(':');
        var seconds = (int.Parse(parts[0], CultureInfo.InvariantCulture) * 3600) + (parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) * 60 : 0);
        return sign * seconds;
    }

    private static BoltDuration ParseDuration(string text)
    {
        var match = DurationPattern().Match(text);
        if (!match.Success)
        {
            throw new FormatException($"'{text}' is not an ISO 8601 duration.");
        }

        long Part(string name) => match.Groups[name].Success ? long.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        var seconds = match.Groups["s"].Success ? decimal.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture) : 0m;
        var wholeSeconds = (long)decimal.Truncate(seconds);
        return new BoltDuration(
            (Part("y") * 12) + Part("mo"),
            (Part("w") * 7) + Part("d"),
            (Part("h") * 3600) + (Part("mi") * 60) + wholeSeconds,
            (int)((seconds - wholeSeconds) * 1_000_000_000m));
    }

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})T(?<time>\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?)(?<offset>Z|[+-]\d{2}(:\d{2})?)?(\[(?<zone>[^\]]+)\])?$")]
    private static partial Regex DateTimePattern();

    [GeneratedRegex(@"^(?<time>\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?)(?<offset>Z|[+-]\d{2}(:\d{2})?)?$")]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^P((?<y>-?\d+)Y)?((?<mo>-?\d+)M)?((?<w>-?\d+)W)?((?<d>-?\d+)D)?(T((?<h>-?\d+)H)?((?<mi>-?\d+)M)?((?<s>-?\d+(\.\d+)?)S)?)?$")]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"^SRID=(?<srid>\d+);\s*POINT\s*Z?\s*\((?<coordinates>[^)]*)\)$")]
    private static partial Regex PointPattern();
}
