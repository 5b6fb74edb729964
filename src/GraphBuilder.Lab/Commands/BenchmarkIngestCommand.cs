using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using GraphBuilder.Extraction;
using GraphBuilder.Graph.Storage;
using GraphBuilder.Hosting;
using GraphBuilder.Hosting.CommandLine;
using GraphBuilder.Ingestion;
using GraphBuilder.Ingestion.Reading;
using GraphBuilder.Ingestion.Sources;
using GraphBuilder.Nlp;
using GraphBuilder.Storage.Postgres;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Lab.Commands;

/// <summary>
/// Builds the <c>benchmark ingest</c> verb: generates news-style articles from a seed into a temporary folder, ingests
/// them into a temporary store, and reports articles per second, the peak working set, and memory sampled at regular
/// counts so that growth with the number of articles (beyond the store itself) shows.
/// </summary>
internal static class BenchmarkIngestCommand
{
    private const double Megabyte = IngestMemorySampler.Megabyte;

    /// <summary>Creates the <c>ingest</c> sub-command of <c>benchmark</c>.</summary>
    /// <param name="configuration">The configuration; <c>GraphBuilder:Nlp:Profile</c> is the default profile.</param>
    /// <returns>The command.</returns>
    public static Command Create(IConfiguration configuration)
    {
        var count = new Option<int>("--count") { Description = "How many articles to generate and ingest.", DefaultValueFactory = _ => 10_000 };
        var seed = new Option<int>("--seed") { Description = "The seed of the article generator.", DefaultValueFactory = _ => 2026 };
        var sample = new Option<int>("--sample-every") { Description = "Sample memory every this many articles.", DefaultValueFactory = _ => 1_000 };
        var profile = ProfileOption.Create(configuration, "fast or accurate");
        var keep = new Option<string?>("--store") { Description = "Keep the store at this new file (for example to explore it with serve).", HelpName = "file" };
        var command = new Command("ingest", "Measure articles per second and memory of ingesting generated articles into a fresh embedded store.")
        {
            count, seed, sample, profile, keep,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            Math.Max(1, parseResult.GetValue(count)),
            parseResult.GetValue(seed),
            Math.Max(1, parseResult.GetValue(sample)),
            parseResult.GetValue(profile),
            parseResult.GetValue(keep),
            cancellationToken));
        return command;
    }

    private const string PostgresConnectionKey = "GraphBuilder:Store:ConnectionString";

    private static async Task<int> RunAsync(int count, int seed, int sampleEvery, NlpProfile profile, string? keep, CancellationToken cancellationToken)
    {
        if (keep is not null && File.Exists(keep))
        {
            return CliErrors.Report($"'{keep}' exists; benchmark ingest keeps its store only in a new file", CliErrors.BadInput);
        }

        var root = Path.Combine(Path.GetTempPath(), "graphbuilder-benchmark-" + Guid.NewGuid().ToString("N")[..8]);
        var folder = Path.Combine(root, "articles");
        var storePath = keep is null ? Path.Combine(root, "benchmark.db") : Path.GetFullPath(keep);
        (string Server, string Name, string ConnectionString)? postgres = null;
        try
        {
            var generation = Stopwatch.StartNew();
            await NewsGenerator.WriteArticlesAsync(folder, count, sentences: 12, seed, cancellationToken);
            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"generated {count} articles (seed {seed}) in {generation.Elapsed.TotalSeconds:F1} s into {folder}"));

            var overrides = CliHost.StoreOverride(storePath);
            if (await ScratchPostgresAsync(keep, cancellationToken) is { } scratch)
            {
                // With GraphBuilder:Store:Provider=Postgres, a fresh database of its own on the configured server.
                (postgres, storePath) = (scratch, $"PostgreSQL database {scratch.Name}");
                overrides[PostgresConnectionKey] = scratch.ConnectionString;
            }

            overrides[NlpOptions.SectionName + ":Profile"] = ProfileOption.Name(profile);
            using var host = CliHost.Build(overrides);
            var runner = host.Services.GetRequiredService<IngestionRunner>();
            var source = new FolderNewsSource("benchmark", [folder], host.Services.GetRequiredService<ArticleFileReader>());

            // Models load on first use; that is start-up, not throughput.
            host.Services.GetRequiredService<KnowledgeExtractor>().Annotate("Models load on first use in Harbor City.", cancellationToken: cancellationToken);
            using var process = Process.GetCurrentProcess();
            var sampler = new IngestMemorySampler(process, storePath, sampleEvery);
            await Console.Out.WriteLineAsync($"profile {ProfileOption.Name(profile)}; sampling every {sampleEvery} articles");
            await Console.Out.WriteLineAsync("articles   seconds  articles/s  working-set-MB  managed-heap-MB  live-managed-MB  store-MB");
            var clock = Stopwatch.StartNew();
            var summary = await runner.RunAsync(source, sampler, cancellationToken);
            var elapsed = clock.Elapsed;

            process.Refresh();
            var stats = await host.Services.GetRequiredService<IGraphReader>().ReadStatisticsAsync(0, cancellationToken);
            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"ingested {summary.Ingested}, duplicates {summary.Duplicates}, failed {summary.Failures.Count}; "
                + $"the graph holds {stats.Articles} articles, {stats.Entities} entities, {stats.Relations} relations"));
            await Console.Out.WriteLineAsync(sampler.Flatness());
            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"peak working set {process.PeakWorkingSet64 / Megabyte:F0} MB; store {(File.Exists(storePath) ? $"{new FileInfo(storePath).Length / Megabyte:F1} MB" : storePath)}; "
                + $"{elapsed.TotalSeconds:F1} s; load average {LoadAverage()}"));
            await Console.Out.WriteLineAsync(
                string.Create(CultureInfo.InvariantCulture, $"articles/s {summary.Seen / Math.Max(elapsed.TotalSeconds, 1e-9):F1}"));
            return summary.Failures.Count == 0 ? CliErrors.Ok : CliErrors.CompletedWithFailures;
        }
        finally
        {
            if (postgres is { } scratch && keep is null)
            {
                await PostgresDatabases.DropAsync(scratch.Server, scratch.Name, CancellationToken.None);
            }

            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // Left for the system's temporary-folder cleanup.
            }
        }
    }

    /// <summary>
    /// With the PostgreSQL store configured, creates a fresh database on its server (named by <c>--store</c>, kept
    /// then; else a random name, dropped after); otherwise nothing.
    /// </summary>
    private static async Task<(string Server, string Name, string ConnectionString)?> ScratchPostgresAsync(string? keep, CancellationToken cancellationToken)
    {
        var configuration = CliHost.Configuration();
        if (!StoreProviderServiceCollectionExtensions.UsesPostgres(configuration))
        {
            return null;
        }

        var server = configuration[PostgresConnectionKey];
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException($"{PostgresConnectionKey} is required when GraphBuilder:Store:Provider is Postgres");
        }

        var name = keep ?? "graphbuilder_benchmark_" + Guid.NewGuid().ToString("N")[..8];
        return (server, name, await PostgresDatabases.CreateAsync(server, name, cancellationToken));
    }

    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
        }
        catch (IOException)
        {
            return "n/a";
        }
    }
}
