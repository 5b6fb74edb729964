using System.CommandLine;
using System.Globalization;
using GraphBuilder.Graph.Storage;
using GraphBuilder.Hosting.CommandLine;
using GraphBuilder.Ingestion.Queue;
using GraphBuilder.Ingestion.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Worker.Commands;

/// <summary>
/// <c>graphbuilder status</c>: the configured sources with their next run and last outcome, and the ledger's counts.
/// </summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var store = CliOptions.Store();
        var command = new Command("status", "Show the configured sources, their next run and last outcome, and the ledger's counts.") { store };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var storeValue = parseResult.GetValue(store);
            using var host = CliHost.Build(CliHost.StoreOverride(storeValue));
            var sources = host.Services.GetRequiredService<IOptions<SourcesOptions>>().Value.Sources;
            var storePath = CliErrors.StorePath(storeValue, host.Services.GetRequiredService<IConfiguration>());
            var now = TimeProvider.System.GetUtcNow();
            var output = Console.Out;
            var storeExists = CliErrors.StoreExists(storePath, host.Services.GetRequiredService<IConfiguration>());
            var distributed = host.Services.GetRequiredService<IOptions<QueueOptions>>().Value.IsDistributed;
            var runs = storeExists
                ? (await host.Services.GetRequiredService<ISourceRunLog>().ReadSourceRunsAsync(cancellationToken))
                    .ToDictionary(r => r.Source, StringComparer.OrdinalIgnoreCase)
                : [];

            await output.WriteLineAsync($"Store: {storePath}{(CliErrors.StoreExists(storePath, host.Services.GetRequiredService<IConfiguration>()) ? string.Empty : " (not created yet)")}");
            await output.WriteLineAsync(sources.Count == 0 ? "Sources: none configured (GraphBuilder:Sources)" : "Sources:");
            foreach (var source in sources)
            {
                var next = CronSchedule.TryParse(source.Schedule, out var schedule, out _) ? schedule?.GetNextOccurrence(now, TimeZoneInfo.Utc) : null;
                await output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"  {source.Name} ({source.Type} {source.Path ?? source.Url}), schedule '{source.Schedule}', next run {next:yyyy-MM-dd HH:mm:ss}Z"));
                var last = runs.GetValueOrDefault(source.Name);
                await output.WriteLineAsync(last is null
                    ? "    last run: never"
                    : string.Create(CultureInfo.InvariantCulture, $"    last run: {last.FinishedAt:yyyy-MM-dd HH:mm:ss}Z, {Outcome(last, distributed)}"));
            }

            var queue = host.Services.GetRequiredService<IOptions<QueueOptions>>().Value;
            if (queue.IsDistributed)
            {
                await WriteQueueAsync(output, host.Services, queue, storeExists, now, cancellationToken);
            }

            if (storeExists)
            {
                var stats = await host.Services.GetRequiredService<IGraphReader>().ReadStatisticsAsync(0, cancellationToken);
                var ledger = string.Join(
                    ", ",
                    Enum.GetValues<ArticleStatus>().Select(s => $"{s.ToString().ToLowerInvariant()} {stats.Ledger.GetValueOrDefault(s)}"));
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Ledger: {ledger}"));
                await output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Graph: {stats.Articles} articles, {stats.Entities} entities, {stats.Relations} relations"));
            }

            return CliErrors.Ok;
        });
        return command;
    }

    /// <summary>Writes the workers alive, the work stream's counts and each source's lease.</summary>
    private static async Task WriteQueueAsync(
        TextWriter output,
        IServiceProvider services,
        QueueOptions queue,
        bool storeExists,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var window = queue.HeartbeatInterval * 3;
        var workers = storeExists && services.GetService<IWorkerRegistry>() is { } registry
            ? await registry.ListWorkersAsync(now - window, cancellationToken)
            : [];
        await output.WriteLineAsync(
            string.Create(CultureInfo.InvariantCulture, $"Workers alive (heartbeat within {window.TotalSeconds:0} s): {workers.Count}"));
        foreach (var worker in workers)
        {
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"  {worker.WorkerId}, started {worker.StartedAt:yyyy-MM-dd HH:mm:ss}Z, last heartbeat {worker.LastSeenAt:HH:mm:ss}Z, "
                + $"{worker.Processed} items done"));
        }

        WorkQueueStatus? status;
        try
        {
            status = await services.GetRequiredService<IWorkQueue>().ReadStatusAsync(cancellationToken);
        }
        catch (WorkQueueUnavailableException exception)
        {
            await output.WriteLineAsync("Queue: " + exception.Message);
            return;
        }

        if (status is null)
        {
            return;
        }

        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"Queue: {status.Server}, stream {status.Stream}: {status.Waiting} waiting, {status.InProgress} in progress, {status.Redelivered} redelivered"));
        foreach (var lease in status.Leases)
        {
            var state = lease.Released ? "released" : lease.ExpiresAt > now ? "held" : "lapsed";
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"  lease {lease.Source}: {state}, {lease.Owner}, occurrence {lease.Occurrence:yyyy-MM-dd HH:mm:ss}Z, expires {lease.ExpiresAt:HH:mm:ss}Z"));
        }
    }

    // With a distributed queue, a source's run is the listing by the worker that held its lease: it queues, others ingest.
    private static string Outcome(SourceRun last, bool distributed) =>
        last.Error is null
            ? distributed
                ? $"{last.Seen} seen, {last.Ingested} queued"
                : $"{last.Seen} seen, {last.Ingested} ingested, {last.Duplicates} duplicates, {last.Failed} failed"
            : "failed: " + last.Error;
}
