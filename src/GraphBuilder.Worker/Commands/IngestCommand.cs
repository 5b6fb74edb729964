using System.CommandLine;
using System.Globalization;
using GraphBuilder.Graph.Storage;
using GraphBuilder.Hosting.CommandLine;
using GraphBuilder.Ingestion;
using GraphBuilder.Ingestion.Reading;
using GraphBuilder.Ingestion.Sources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphBuilder.Worker.Commands;

/// <summary>
/// <c>graphbuilder ingest &lt;paths...&gt;</c>: turns files and folders of articles into the graph in the embedded store.
/// </summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders of .txt, .md, .html, .json, .jsonl and .pdf articles.",
            Arity = ArgumentArity.OneOrMore,
        };
        var store = CliOptions.Store();
        var source = new Option<string>("--source") { Description = "The source name recorded in the ledger.", DefaultValueFactory = _ => "cli" };
        var command = new Command("ingest", "Extract entities and relations from articles into the embedded graph store.") { paths, store, source };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(paths)!,
            parseResult.GetValue(store),
            parseResult.GetValue(source)!,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, string? store, string sourceName, CancellationToken cancellationToken)
    {
        foreach (var path in paths)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                return CliErrors.Report($"'{path}' does not exist", CliErrors.BadInput);
            }
        }

        using var host = CliHost.Build(CliHost.StoreOverride(store));
        var runner = host.Services.GetRequiredService<IngestionRunner>();
        var graphStore = host.Services.GetRequiredService<IGraphReader>();
        var source = new FolderNewsSource(
            sourceName,
            [.. paths.Select(Path.GetFullPath)],
            host.Services.GetRequiredService<ArticleFileReader>(),
            host.Services.GetRequiredService<ILogger<FolderNewsSource>>());
        var progress = ConsoleProgress.ForConsole(source.CountFiles());
        IngestionSummary summary;
        try
        {
            summary = await runner.RunAsync(source, progress, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // A stop request (SIGTERM, Ctrl+C) is a clean stop: what was ingested stays, and the article in flight was
            // not written, so the next ingest of the same paths reads it and those after it.
            progress.Finish();
            await Console.Error.WriteLineAsync("Stopped on request; the inputs not yet ingested are read by the next ingest.");
            return CliErrors.Ok;
        }

        progress.Finish();

        var stats = await graphStore.ReadStatisticsAsync(0, cancellationToken);
        var output = Console.Out;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Ingested {summary.Ingested} of {summary.Seen} inputs "
            + $"({summary.Unchanged} unchanged, {summary.Duplicates} duplicates, {summary.Failures.Count} failed): "
            + $"{summary.Entities} entities and {summary.Relations} relations in these articles."));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"The graph now holds {stats.Articles} articles, {stats.Entities} entities, {stats.Relations} relations and {stats.CoMentions} co-mentions."));
        if (summary.Pending > 0)
        {
            await output.WriteLineAsync(
                string.Create(CultureInfo.InvariantCulture, $"{summary.Pending} articles wait for Neo4j; 'graphbuilder sync' pushes them."));
        }

        foreach (var (location, reason) in summary.Failures)
        {
            await Console.Error.WriteLineAsync($"failed: {location}: {reason}");
        }

        return summary.Failures.Count == 0 ? CliErrors.Ok : CliErrors.CompletedWithFailures;
    }
}
