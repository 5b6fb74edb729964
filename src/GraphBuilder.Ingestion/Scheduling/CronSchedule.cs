using Cronos;

namespace GraphBuilder.Ingestion.Scheduling;

/// <summary>
/// Parses cron expressions of 5 fields, or 6 with seconds first.
/// </summary>
public static class CronSchedule
{
    /// <summary>Parses a cron expression.</summary>
    /// <param name="expression">The expression, such as <c>*/10 * * * * *</c>.</param>
    /// <param name="schedule">The parsed schedule, when valid.</param>
    /// <param name="error">Why it is invalid, when it is.</param>
    /// <returns><see langword="true"/> when the expression is valid.</returns>
    public static bool TryParse(string? expression, out CronExpression? schedule, out string? error)
    {
        schedule = null;
        error = null;
        if (string.IsNullOrWhiteSpace(expression))
        {
            error = "the schedule is empty";
            return false;
        }

        var fields = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (fields is not (5 or 6))
        {
            error = $"'{expression}' has {fields} fields; a cron schedule has 5, or 6 with seconds first";
            return false;
        }

        try
        {
            schedule = CronExpression.Parse(expression, fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
            return true;
        }
        catch (CronFormatException exception)
        {
            error = $"'{expression}' is not a valid cron schedule: {exception.Message}";
            return false;
        }
    }
}
