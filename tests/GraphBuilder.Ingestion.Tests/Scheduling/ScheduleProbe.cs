using System.Threading.Channels;
using GraphBuilder.Ingestion.Scheduling;

namespace GraphBuilder.Ingestion.Tests.Scheduling;

/// <summary>Listens to a scheduled service's signals, so tests wait for what happened instead of sleeping.</summary>
internal sealed class ScheduleProbe
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly Channel<SourceScheduleEventArgs> _scheduled = Channel.CreateUnbounded<SourceScheduleEventArgs>();
    private readonly Channel<SourceScheduleEventArgs> _finished = Channel.CreateUnbounded<SourceScheduleEventArgs>();
    private readonly List<SourceScheduleEventArgs> _scheduledAside = [];
    private readonly List<SourceScheduleEventArgs> _finishedAside = [];

    public ScheduleProbe(ScheduledIngestionService service)
    {
        service.NextRunScheduled += (_, e) => _scheduled.Writer.TryWrite(e);
        service.RunFinished += (_, e) => _finished.Writer.TryWrite(e);
    }

    /// <summary>Waits until the named source has scheduled its next run, and gives its due time.</summary>
    public Task<DateTimeOffset> ScheduledAsync(string source) => NextAsync(_scheduled, _scheduledAside, source);

    /// <summary>Waits until a run of the named source has finished.</summary>
    public Task<DateTimeOffset> FinishedAsync(string source) => NextAsync(_finished, _finishedAside, source);

    private static async Task<DateTimeOffset> NextAsync(Channel<SourceScheduleEventArgs> channel, List<SourceScheduleEventArgs> aside, string source)
    {
        // Sources run concurrently: another source's signal read while waiting is kept for whoever waits for it.
        var kept = aside.FindIndex(s => s.Source == source);
        if (kept >= 0)
        {
            var signal = aside[kept];
            aside.RemoveAt(kept);
            return signal.At;
        }

        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var signal = await channel.Reader.ReadAsync(timeout.Token);
            if (signal.Source == source)
            {
                return signal.At;
            }

            aside.Add(signal);
        }
    }
}
