using System.CommandLine;
using System.Globalization;
using GraphBuilder.Graph.Storage;
using GraphBuilder.Hosting.CommandLine;
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
            var runs = CliErrors.StoreExists(storePath, host.Services.GetRequiredService<IConfiguration>())
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
                    : string.Create(CultureInfo.InvariantCulture, $"    last run: {last.FinishedAt:yyyy-MM-dd HH:mm:ss}Z, {Outcome(last)}"));
            }

            if (CliErrors.StoreExists(storePath, host.Services.GetRequiredService<IConfiguration>()))
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

    private static string Outcome(SourceRun last) =>
        last.Error is null
            ? $"{last.Seen} seen, {last.Ingested} ingested, {last.Duplicates} duplicates, {last.Failed} failed"
            : "failed: " + last.Error;
}
