using Cronos;

namespace GraphBuilder.Ingestion.Scheduling;

/// <summary>
/// Decides when a scheduled source runs next and waits for it: one run per occurrence, never early.
/// </summary>
internal static class ScheduleClock
{
    /// <summary>Gets the first occurrence after both now and the last occurrence run.</summary>
    /// <param name="schedule">The cron schedule.</param>
    /// <param name="now">The current time.</param>
    /// <param name="last">The occurrence that ran last, if any: a timer that woke a little early must not make it run again.</param>
    /// <returns>The next occurrence, or <see langword="null"/> when the schedule has none.</returns>
    public static DateTimeOffset? Next(CronExpression schedule, DateTimeOffset now, DateTimeOffset? last) =>
        schedule.GetNextOccurrence(last is { } previous && previous > now ? previous : now, TimeZoneInfo.Utc);

    /// <summary>Waits until the clock reaches a time; a timer that fires before it is waited out again.</summary>
    /// <param name="due">The time to wait for.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="cancellationToken">Stops the wait.</param>
    /// <returns>A task that completes at or after <paramref name="due"/>.</returns>
    public static async Task DelayUntilAsync(DateTimeOffset due, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        for (var remaining = due - timeProvider.GetUtcNow(); remaining > TimeSpan.Zero; remaining = due - timeProvider.GetUtcNow())
        {
            await Task.Delay(remaining, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }
}
