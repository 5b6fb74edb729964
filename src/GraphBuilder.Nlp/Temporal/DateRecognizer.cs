using System.Collections.Frozen;
using System.Globalization;
using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Pipeline;

namespace GraphBuilder.Nlp.Temporal;

/// <summary>
/// Finds dates, times, durations and ranges of dates in news text (<c>June 15</c>, <c>in July 2016</c>,
/// <c>between 2015 and February 2017</c>, <c>on Thursday</c>, <c>two years</c>, <c>3 p.m.</c>) and normalises them to
/// ISO 8601. Expressions that need a reference point (<c>Thursday</c>, <c>yesterday</c>, <c>last year</c>, a month and
/// day without a year) are resolved against <see cref="DocumentMetadata.PublishedAt"/>: a weekday is the one on or
/// before publication. Without a publication date they are left unnormalised, or given as <c>--06-15</c>.
/// </summary>
/// <remarks>Run it after the tokenizer. It is rule-based, stateless and thread-safe.</remarks>
public sealed class DateRecognizer : INlpStage
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[] MonthAbbreviations =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly string[] Weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    private static readonly string[] Numbers =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

    private static readonly string[] YearCues =
        ["in", "since", "by", "until", "till", "from", "between", "and", "of", "to", "before", "after", "during", "through", "early",
         "late", "mid", "throughout", "or"];

    /// <summary>Gets the words that can start an expression; any other token that does not start with a digit is skipped.</summary>
    private static readonly FrozenSet<string> Triggers = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        [.. Months, .. MonthAbbreviations, "sept", .. Weekdays, .. Numbers, "between", "from", "today", "yesterday", "tomorrow", "last", "next", "this"]);

    /// <inheritdoc />
    public string Name => "dates";

    /// <inheritdoc />
    public string Version => "1";

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var words = new string[document.Tokens.Count];
        var triggers = Triggers.GetAlternateLookup<ReadOnlySpan<char>>();
        var any = false;
        for (var i = 0; i < words.Length; i++)
        {
            var token = document.Tokens[i].Span.AsSpan(document.Text);
            var trigger = char.IsDigit(token[0]) || triggers.Contains(token.TrimEnd('.'));
            any |= trigger;
            words[i] = token.ToString();
        }

        if (!any)
        {
            document.SetTimes([]);
            return;
        }

        var published = document.Metadata.PublishedAt is { } p ? DateOnly.FromDateTime(p.Date) : (DateOnly?)null;
        var result = new List<TemporalMention>();
        var tokens = document.Tokens;
        for (var i = 0; i < words.Length;)
        {
            if (words[i].Length > 0
                && (char.IsDigit(words[i][0]) || triggers.Contains(words[i].AsSpan().TrimEnd('.')))
                && TryMatch(words, i, published, out var end, out var kind, out var value))
            {
                result.Add(new TemporalMention(new TextSpan(tokens[i].Span.Start, tokens[end - 1].Span.End), kind, value));
                i = end;
            }
            else
            {
                i++;
            }
        }

        document.SetTimes(result);
    }

    private static bool TryMatch(string[] w, int i, DateOnly? published, out int end, out TemporalKind kind, out string? value)
    {
        kind = TemporalKind.Date;
        value = null;
        end = i;

        if (TryRange(w, i, published, out var rangeEnd, out var range))
        {
            end = rangeEnd;
            kind = TemporalKind.Range;
            value = range;
            return true;
        }

        if (TryDate(w, i, out end, out var point, allowBareYear: i > 0 && IsAny(w[i - 1], YearCues)))
        {
            value = Resolve(point, published).ToIso();
            return true;
        }

        if (TryRelative(w, i, published, out end, out value))
        {
            return true;
        }

        if (TryTime(w, i, out end, out value))
        {
            kind = TemporalKind.Time;
            return true;
        }

        if (TryDuration(w, i, out end, out value))
        {
            kind = TemporalKind.Duration;
            return true;
        }

        return false;
    }

    /// <summary>Parses a range: "between 2015 and February 2017", "from May to July 2016".</summary>
    private static bool TryRange(string[] w, int i, DateOnly? published, out int end, out string? value)
    {
        end = i;
        value = null;
        if (Is(w[i], "between") || Is(w[i], "from"))
        {
            var joiner = Is(w[i], "between") ? "and" : "to";
            if (TryDate(w, i + 1, out var firstEnd, out var first, allowBareYear: true) && firstEnd < w.Length
                && (Is(w[firstEnd], joiner) || (joiner == "to" && (Is(w[firstEnd], "until") || Is(w[firstEnd], "through"))))
                && TryDate(w, firstEnd + 1, out var secondEnd, out var second, allowBareYear: true))
            {
                // A bare start borrows what the end gives: "from May to July 2016".
                if (first.Year is null && second.Year is not null)
                {
                    first = first with { Year = second.Year };
                }

                end = secondEnd;
                var a = Resolve(first, published).ToIso();
                var b = Resolve(second, published).ToIso();
                value = a is not null && b is not null ? a + "/" + b : null;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Parses a day or period named relative to the publication date: a weekday (the last one on or before it),
    /// "today", "yesterday", "tomorrow", "last/next/this year/month/week"; the value is null without the date.
    /// </summary>
    private static bool TryRelative(string[] w, int i, DateOnly? published, out int end, out string? value)
    {
        end = i;
        value = null;
        var weekday = IndexOf(Weekdays, w[i], int.MaxValue);
        if (weekday >= 0)
        {
            end = i + 1 < w.Length && w[i + 1] == "." && w[i].Length <= 4 ? i + 2 : i + 1;
            if (published is { } day)
            {
                var back = ((int)day.DayOfWeek - weekday + 7) % 7;
                value = day.AddDays(-back).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }

            return true;
        }

        if (Is(w[i], "today") || Is(w[i], "yesterday") || Is(w[i], "tomorrow"))
        {
            end = i + 1;
            var offset = Is(w[i], "today") ? 0 : Is(w[i], "yesterday") ? -1 : 1;
            value = published?.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return true;
        }

        if (i + 1 < w.Length
            && (Is(w[i], "last") || Is(w[i], "next") || Is(w[i], "this"))
            && (Is(w[i + 1], "year") || Is(w[i + 1], "month") || Is(w[i + 1], "week")))
        {
            end = i + 2;
            if (published is { } day)
            {
                var step = Is(w[i], "last") ? -1 : Is(w[i], "next") ? 1 : 0;
                value = Is(w[i + 1], "year") ? (day.Year + step).ToString("D4", CultureInfo.InvariantCulture)
                    : Is(w[i + 1], "month") ? day.AddMonths(step).ToString("yyyy-MM", CultureInfo.InvariantCulture)
                    : string.Create(
                        CultureInfo.InvariantCulture,
                        $"{ISOWeek.GetYear(day.AddDays(7 * step).ToDateTime(TimeOnly.MinValue)):D4}"
                        + $"-W{ISOWeek.GetWeekOfYear(day.AddDays(7 * step).ToDateTime(TimeOnly.MinValue)):D2}");
            }

            return true;
        }

        return false;
    }

    /// <summary>Parses "June 15", "June 15, 2017", "15 June 2017", "July 2016", "July", "2016" (when allowed), "2017-06-15".</summary>
    private static bool TryDate(string[] w, int i, out int end, out CalendarPoint point, bool allowBareYear)
    {
        end = i;
        point = default;
        if (i >= w.Length)
        {
            return false;
        }

        if (w[i].Length == 10 && DateOnly.TryParseExact(w[i], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            end = i + 1;
            point = new CalendarPoint(iso.Year, iso.Month, iso.Day);
            return true;
        }

        var month = MonthOf(w, i, out var afterMonth);
        if (month > 0)
        {
            return TryMonthFirst(w, i, month, afterMonth, out end, out point);
        }

        if (TryDay(w[i], out var dayFirst) && i + 1 < w.Length)
        {
            var m = MonthOf(w, i + 1, out var afterMonth2);
            if (m > 0)
            {
                end = afterMonth2;
                int? year = null;
                if (end < w.Length && TryYear(w[end], out var y))
                {
                    year = y;
                    end++;
                }

                point = new CalendarPoint(year, m, dayFirst);
                return true;
            }
        }

        if (allowBareYear && TryYear(w[i], out var bare))
        {
            end = i + 1;
            point = new CalendarPoint(bare, null, null);
            return true;
        }

        return false;
    }

    /// <summary>Parses a date that starts with its month (word <paramref name="i"/>): "June 15", "June 15, 2017", "July 2016", "July".</summary>
    private static bool TryMonthFirst(string[] w, int i, int month, int afterMonth, out int end, out CalendarPoint point)
    {
        end = i;
        point = default;
        int? day = null;
        int? year = null;
        var k = afterMonth;
        if (k < w.Length && TryDay(w[k], out var d))
        {
            day = d;
            k++;
            if (k < w.Length && w[k] == "," && k + 1 < w.Length && TryYear(w[k + 1], out var y1))
            {
                year = y1;
                k += 2;
            }
            else if (k < w.Length && TryYear(w[k], out var y2))
            {
                year = y2;
                k++;
            }
        }
        else if (k < w.Length && TryYear(w[k], out var y3))
        {
            year = y3;
            k++;
        }
        else if (k < w.Length && w[k] == "," && k + 1 < w.Length && TryYear(w[k + 1], out var y4))
        {
            year = y4;
            k += 2;
        }

        // "May" alone is usually the verb: a bare month needs a capital and a neighbouring cue.
        if (day is null
            && year is null
            && (month == 5 || !char.IsUpper(w[i][0]) || i == 0 || !IsAny(w[i - 1], YearCues) && !Is(w[i - 1], "last") && !Is(w[i - 1], "next")))
        {
            return false;
        }

        end = k;
        point = new CalendarPoint(year, month, day);
        return true;
    }

    private static CalendarPoint Resolve(CalendarPoint point, DateOnly? published) =>
        point.Year is null && point.Month is not null && published is { } day ? point with { Year = day.Year } : point;

    private static int MonthOf(string[] w, int i, out int end)
    {
        end = i + 1;
        if (i >= w.Length || w[i].Length < 3 || !char.IsLetter(w[i][0]))
        {
            return 0;
        }

        var word = w[i].TrimEnd('.');
        for (var m = 0; m < 12; m++)
        {
            if (word.Equals(Months[m], StringComparison.OrdinalIgnoreCase))
            {
                return m + 1;
            }

            if ((word.Equals(MonthAbbreviations[m], StringComparison.OrdinalIgnoreCase) || (m == 8 && word.Equals("sept", StringComparison.OrdinalIgnoreCase)))
                && char.IsUpper(w[i][0]) && (w[i].EndsWith('.') || (i + 1 < w.Length && w[i + 1] == ".")))
            {
                if (!w[i].EndsWith('.'))
                {
                    end = i + 2;
                }

                return m + 1;
            }
        }

        return 0;
    }

    private static bool TryDay(string word, out int day)
    {
        var digits = word.AsSpan();
        if (digits.Length > 2 && (digits.EndsWith("st", StringComparison.OrdinalIgnoreCase) || digits.EndsWith("nd", StringComparison.OrdinalIgnoreCase)
            || digits.EndsWith("rd", StringComparison.OrdinalIgnoreCase) || digits.EndsWith("th", StringComparison.OrdinalIgnoreCase)))
        {
            digits = digits[..^2];
        }

        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out day) && digits.Length <= 2 && day is >= 1 and <= 31;
    }

    private static bool TryYear(string word, out int year) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out year) && word.Length == 4 && year is >= 1800 and <= 2199;

    private static bool TryTime(string[] w, int i, out int end, out string? value)
    {
        end = i;
        value = null;
        int hour;
        var minute = 0;
        var word = w[i];
        var colon = word.IndexOf(':', StringComparison.Ordinal);
        if (colon is 1 or 2 && word.Length == colon + 3
            && int.TryParse(word.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out hour)
            && int.TryParse(word.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out minute))
        {
            end = i + 1;
        }
        else if (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out hour) && word.Length <= 2 && i + 1 < w.Length && IsMeridiem(w[i + 1]))
        {
            end = i + 1;
        }
        else
        {
            return false;
        }

        if (end < w.Length && IsMeridiem(w[end]))
        {
            if (w[end].StartsWith('p') && hour < 12)
            {
                hour += 12;
            }
            else if (w[end].StartsWith('a') && hour == 12)
            {
                hour = 0;
            }

            end++;
        }

        if (hour > 23 || minute > 59)
        {
            return false;
        }

        value = string.Create(CultureInfo.InvariantCulture, $"T{hour:D2}:{minute:D2}");
        return true;
    }

    private static bool IsMeridiem(string word) =>
        word.Equals("a.m.", StringComparison.OrdinalIgnoreCase) || word.Equals("p.m.", StringComparison.OrdinalIgnoreCase)
        || word.Equals("am", StringComparison.Ordinal) || word.Equals("pm", StringComparison.Ordinal);

    private static bool TryDuration(string[] w, int i, out int end, out string? value)
    {
        end = i;
        value = null;
        int count;
        if (!int.TryParse(w[i], NumberStyles.None, CultureInfo.InvariantCulture, out count))
        {
            count = IndexOf(Numbers, w[i], int.MaxValue);
            if (count < 0)
            {
                return false;
            }
        }

        var k = i + 1;
        if (k < w.Length && w[k] == "-")
        {
            k++;
        }

        if (k >= w.Length)
        {
            return false;
        }

        var unit = w[k].ToUpperInvariant().TrimEnd('S') switch
        {
            "YEAR" => "Y",
            "MONTH" => "M",
            "WEEK" => "W",
            "DAY" => "D",
            "HOUR" => "H",
            "MINUTE" => "MIN",
            "DECADE" => "DEC",
            _ => null,
        };
        if (unit is null)
        {
            return false;
        }

        end = k + 1;
        value = unit switch
        {
            "H" => string.Create(CultureInfo.InvariantCulture, $"PT{count}H"),
            "MIN" => string.Create(CultureInfo.InvariantCulture, $"PT{count}M"),
            "DEC" => string.Create(CultureInfo.InvariantCulture, $"P{count * 10}Y"),
            _ => string.Create(CultureInfo.InvariantCulture, $"P{count}{unit}"),
        };
        return true;
    }

    private static bool Is(string word, string value) => word.Equals(value, StringComparison.OrdinalIgnoreCase);

    private static bool IsAny(string word, string[] values)
    {
        foreach (var value in values)
        {
            if (Is(word, value))
            {
                return true;
            }
        }

        return false;
    }

    private static int IndexOf(string[] values, string word, int minimumPrefix)
    {
        var trimmed = word.TrimEnd('.');
        for (var k = 0; k < values.Length; k++)
        {
            if (trimmed.Equals(values[k], StringComparison.OrdinalIgnoreCase)
                || (trimmed.Length >= minimumPrefix && trimmed.Length < values[k].Length && char.IsUpper(word[0])
                    && values[k].StartsWith(trimmed, StringComparison.OrdinalIgnoreCase) && trimmed.Length <= 4))
            {
                return k;
            }
        }

        return -1;
    }
}
