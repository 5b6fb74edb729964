using System.Globalization;

namespace GraphBuilder.Nlp.Temporal;

/// <summary>
/// Represents a possibly partial calendar date: a year, a month and a day, each of which may be unknown.
/// </summary>
internal readonly record struct CalendarPoint(int? Year, int? Month, int? Day)
{
    /// <summary>Formats the point in ISO 8601: <c>2017-06-15</c>, <c>2016-07</c>, <c>2016</c> or <c>--06-15</c>.</summary>
    public string? ToIso()
    {
        var c = CultureInfo.InvariantCulture;
        return (Year, Month, Day) switch
        {
            ({ } y, { } m, { } d) => string.Create(c, $"{y:D4}-{m:D2}-{d:D2}"),
            ({ } y, { } m, null) => string.Create(c, $"{y:D4}-{m:D2}"),
            ({ } y, null, null) => y.ToString("D4", c),
            (null, { } m, { } d) => string.Create(c, $"--{m:D2}-{d:D2}"),
            (null, { } m, null) => string.Create(c, $"--{m:D2}"),
            _ => null,
        };
    }
}
