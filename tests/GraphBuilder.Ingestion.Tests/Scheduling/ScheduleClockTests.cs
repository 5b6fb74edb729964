using GraphBuilder.Ingestion.Scheduling;
using Microsoft.Extensions.Time.Testing;

namespace GraphBuilder.Ingestion.Tests.Scheduling;

public sealed class ScheduleClockTests
{
    private static readonly DateTimeOffset T = new(2026, 3, 1, 9, 0, 10, TimeSpan.Zero);

    [Fact]
    public void Next_TimerWokeJustBeforeTheOccurrenceThatRan_GivesTheOneAfter()
    {
        CronSchedule.TryParse("*/10 * * * * *", out var schedule, out _).ShouldBeTrue();

        var next = ScheduleClock.Next(schedule!, T.AddMilliseconds(-400), last: T);

        next.ShouldBe(T.AddSeconds(10));
    }

    [Fact]
    public void Next_NothingRanYet_GivesTheFirstOccurrenceAfterNow()
    {
        CronSchedule.TryParse("*/10 * * * * *", out var schedule, out _).ShouldBeTrue();

        ScheduleClock.Next(schedule!, T.AddSeconds(-3), last: null).ShouldBe(T);
    }

    [Fact]
    public async Task DelayUntilAsync_TimerFiresEarly_WaitsOutTheRest()
    {
        var fake = new FakeTimeProvider(T.AddSeconds(-10));
        var early = new EarlyTimeProvider(fake, TimeSpan.FromSeconds(1));

        var waiting = ScheduleClock.DelayUntilAsync(T, early, CancellationToken.None);
        fake.Advance(TimeSpan.FromSeconds(9));

        waiting.IsCompleted.ShouldBeFalse();
        fake.Advance(TimeSpan.FromSeconds(1));
        await waiting.WaitAsync(TimeSpan.FromSeconds(30));
        fake.GetUtcNow().ShouldBeGreaterThanOrEqualTo(T);
    }

    /// <summary>A clock whose timers fire a fixed time before they are due, as coarse system timers can.</summary>
    private sealed class EarlyTimeProvider(FakeTimeProvider inner, TimeSpan early) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

        public override long GetTimestamp() => inner.GetTimestamp();

        public override long TimestampFrequency => inner.TimestampFrequency;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            inner.CreateTimer(callback, state, dueTime > early ? dueTime - early : dueTime, period);
    }
}
