using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Storage;
using GraphBuilder.Hosting.CommandLine;
using GraphBuilder.Ingestion;
using GraphBuilder.Ingestion.Sources;
using GraphBuilder.Nlp;
using GraphBuilder.Nlp.Training.Corpora;
using GraphBuilder.Nlp.Training.Evaluation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Lab.Commands;

/// <summary>
/// Builds the <c>evaluate graph</c> verb: ingests every GUM document of a folder as one article into a fresh store
/// with the real pipeline, reads the graph's mentions back, and scores them with <see cref="GraphScorer"/>.
/// </summary>
/// <remarks>This is the only place of the graph score that touches the store and the ingestion runner.</remarks>
internal static class GraphEvaluationVerb
{
    private const string SourceName = "gum";

    /// <summary>Creates the <c>graph</c> sub-command of <c>evaluate</c>.</summary>
    /// <param name="configuration">The configuration; <c>GraphBuilder:Nlp:Profile</c> is the default profile.</param>
    /// <returns>The command.</returns>
    public static Command Create(IConfiguration configuration)
    {
        var folder = new Argument<string>("folder") { Description = "A folder of GUM documents (.conllu with CorefUD entity marks)." };
        var profile = ProfileOption.Create(configuration, "fast or accurate");
        var store = new Option<string?>("--store") { Description = "Build the graph in this file (which must not exist) and keep it for inspection." };
        var details = new Option<string?>("--details")
        {
            Description = "Write every gold entity's outcome, the cross-document identities and the spurious mentions to this file.",
        };
        var command = new Command(
            "graph",
            "Score the graph built from GUM documents: entities found, exact (neither split nor merged), cross-document identities, spurious mentions.")
        {
            folder, profile, store, details,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(folder)!,
            parseResult.GetValue(profile),
            parseResult.GetValue(store),
            parseResult.GetValue(details),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        string folder,
        NlpProfile profile,
        string? keptStore,
        string? detailsPath,
        CancellationToken cancellationToken)
    {
        var inputs = new List<(string Location, GumDocument Document)>();
        var read = ReadInputs(folder, inputs);
        if (read != CliErrors.Ok)
        {
            return read;
        }

        if (keptStore is not null && File.Exists(keptStore))
        {
            return CliErrors.Report($"{keptStore} exists; the evaluation builds a fresh store", CliErrors.BadInput);
        }

        var root = Path.Combine(Path.GetTempPath(), "graphbuilder-evaluate-graph-" + Guid.NewGuid().ToString("N")[..8]);
        var storePath = keptStore is null ? Path.Combine(root, "graph.db") : Path.GetFullPath(keptStore);
        Directory.CreateDirectory(Path.GetDirectoryName(storePath)!);
        try
        {
            var overrides = CliHost.StoreOverride(storePath);
            overrides[NlpOptions.SectionName + ":Profile"] = ProfileOption.Name(profile);
            using var host = CliHost.Build(overrides);
            var clock = Stopwatch.StartNew();
            var summary = await host.Services.GetRequiredService<IngestionRunner>().RunAsync(new GumSource(inputs), cancellationToken: cancellationToken);
            var elapsed = clock.Elapsed;

            var snapshot = await host.Services.GetRequiredService<IGraphReader>().ReadGraphAsync(cancellationToken);
            var documents = await ScoreDocumentsAsync(host.Services.GetRequiredService<IArticleLedger>(), snapshot, inputs, cancellationToken);
            var score = GraphScorer.Score(documents);
            if (detailsPath is not null)
            {
                var nodes = snapshot.Entities.ToDictionary(e => e.Id.Value, e => $"{e.Type}: {e.Name} [{e.Id.Value}]", StringComparer.Ordinal);
                await using var writer = new StreamWriter(detailsPath);
                GraphScoreReport.Write(writer, score, documents, id => nodes.GetValueOrDefault(id, id));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"documents {inputs.Count}, ingested {summary.Ingested}, duplicates {summary.Duplicates}, failed {summary.Failures.Count}; "
                + $"profile {ProfileOption.Name(profile)}; {elapsed.TotalSeconds:F1} s"));
            foreach (var (location, reason) in summary.Failures)
            {
                Console.WriteLine($"failed {location}: {reason}");
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"gold entities {score.Entities.Count}: found {score.Found}, exact {score.Exact}, split {score.Split}, merged {score.Merged}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"predicted mentions {score.Predicted}: spurious {score.Spurious.Count} ({score.SpuriousPercent:F2}%)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"identities named in two or more documents {score.Identities.Count}, "
                + $"found in two or more {score.CrossDocument}: one node {score.Consistent}"));
            if (keptStore is not null)
            {
                Console.WriteLine($"store {storePath}");
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"graph found {score.FoundPercent:F2} exact {score.ExactPercent:F2} cross-document {score.Consistent}/{score.CrossDocument}"));
            return summary.Failures.Count == 0 && summary.Duplicates == 0 ? CliErrors.Ok : CliErrors.CompletedWithFailures;
        }
        finally
        {
            try
            {
                if (Directory.Exists(root))
                {
                    Directory.Delete(root, recursive: true);
                }
            }
            catch (IOException)
            {
                // Left for the system's temporary-folder cleanup.
            }
        }
    }

    /// <summary>Reads the folder's GUM documents into <paramref name="inputs"/>; returns <see cref="CliErrors.Ok"/> or the reported error.</summary>
    private static int ReadInputs(string folder, List<(string Location, GumDocument Document)> inputs)
    {
        if (!Directory.Exists(folder))
        {
            return CliErrors.Report($"no folder {folder}", CliErrors.BadInput);
        }

        var files = Directory.GetFiles(folder, "*.conllu").Order(StringComparer.Ordinal).ToList();
        foreach (var file in files)
        {
            if (!TrainCommand.TryRead(file, GumReader.Read, out var read))
            {
                return CliErrors.BadInput;
            }

            inputs.AddRange(read.Select(d => (read.Count == 1 ? Path.GetFullPath(file) : Path.GetFullPath(file) + "#" + d.Id, d)));
        }

        if (inputs.Count == 0)
        {
            return CliErrors.Report($"no .conllu documents in {folder}", CliErrors.BadInput);
        }

        if (inputs.Select(i => i.Document.Id).Distinct(StringComparer.Ordinal).Count() != inputs.Count)
        {
            return CliErrors.Report($"two documents in {folder} have the same id", CliErrors.BadInput);
        }

        return CliErrors.Ok;
    }

    /// <summary>Pairs each document's gold mentions with the mentions the graph holds for the article it became.</summary>
    private static async Task<List<GraphScoreDocument>> ScoreDocumentsAsync(
        IArticleLedger ledger,
        GraphSnapshot snapshot,
        List<(string Location, GumDocument Document)> inputs,
        CancellationToken cancellationToken)
    {
        var spansByArticle = snapshot.Mentions.ToLookup(m => m.Article, StringComparer.Ordinal);
        var documents = new List<GraphScoreDocument>(inputs.Count);
        foreach (var (location, document) in inputs)
        {
            var articleId = (await ledger.FindLedgerEntryAsync(location, cancellationToken))?.ArticleId;
            var predicted = articleId is null
                ? []
                : spansByArticle[articleId].SelectMany(m => m.Spans.Select(s => Predicted(s, m.Entity.Value))).ToList();
            documents.Add(new GraphScoreDocument(document.Id, document.Text, GumGoldMentions.Of(document), predicted));
        }

        return documents;
    }

    private static GraphPredictedMention Predicted(string span, string node)
    {
        var dash = span.IndexOf('-', StringComparison.Ordinal);
        return new GraphPredictedMention(
            int.Parse(span.AsSpan(0, dash), CultureInfo.InvariantCulture),
            int.Parse(span.AsSpan(dash + 1), CultureInfo.InvariantCulture),
            node);
    }

    /// <summary>Yields each GUM document as one article, its headline the first paragraph of its text.</summary>
    private sealed class GumSource(IReadOnlyList<(string Location, GumDocument Document)> inputs) : INewsSource
    {
        public string Name => SourceName;

        public async IAsyncEnumerable<SourceItem> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            // Source addresses identify the articles when they are distinct; otherwise the text does.
            var distinctUrls = inputs.Select(i => i.Document.SourceUrl).Distinct(StringComparer.Ordinal).Count() == inputs.Count;
            foreach (var (location, document) in inputs)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return SourceItem.Of(new ArticleInput(location, SourceName, document.Text)
                {
                    Title = document.Title,
                    Url = distinctUrls ? document.SourceUrl : null,
                    PublishedAt = DateTimeOffset.TryParse(
                        document.Metadata.GetValueOrDefault("dateCreated"),
                        CultureInfo.InvariantCulture,
                        DateTimeStyles.AssumeUniversal,
                        out var date)
                        ? date
                        : null,
                });
                await Task.Yield();
            }
        }
    }
}
