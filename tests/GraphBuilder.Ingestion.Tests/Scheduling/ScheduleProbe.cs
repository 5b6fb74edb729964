using System.Threading.Channels;
using GraphBuilder.Ingestion.Scheduling;

namespace GraphBuilder.Ingestion.Tests.Scheduling;

/// <summary>Listens to a scheduled service's signals, so tests wait for what happened instead of sleeping.</summary>
internal sealed class ScheduleProbe
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly Channel<SourceScheduleEventArgs> _scheduled = Channel.CreateUnbounded<SourceScheduleEventArgs>();
    private readonly Channel<SourceScheduleEventArgs> _finished = Channel.CreateUnbounded<SourceScheduleEventArgs>();

    public ScheduleProbe(ScheduledIngestionService service)
    {
        service.NextRunScheduled += (_, e) => _scheduled.Writer.TryWrite(e);
        service.RunFinished += (_, e) => _finished.Writer.TryWrite(e);
    }

    /// <summary>Waits until the named source has scheduled its next run, and gives its due time.</summary>
    public Task<DateTimeOffset> ScheduledAsync(string source) => NextAsync(_scheduled, source);

    /// <summary>Waits until a run of the named source has finished.</summary>
    public Task<DateTimeOffset> FinishedAsync(string source) => NextAsync(_finished, source);

    private static async Task<DateTimeOffset> NextAsync(Channel<SourceScheduleEventArgs> channel, string source)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var signal = await channel.Reader.ReadAsync(timeout.Token);
            if (signal.Source == source)
            {
                return signal.At;
            }
        }
    }
}
