using GraphBuilder.Testing.Cli;
using GraphBuilder.Testing.Files;

namespace GraphBuilder.Worker.Tests;

/// <summary>The graph is a function of the set of articles: not of their order, nor of how they were batched.</summary>
public sealed class OrderIndependenceTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Ingest_SameArticlesInAnyOrderOrBatching_ExportsByteIdenticalJson()
    {
        var files = Directory.GetFiles(RepositoryPaths.SampleArticles).Order(StringComparer.Ordinal).ToArray();
        files.Length.ShouldBe(4); // five articles: the .jsonl file holds two

        var forward = await ExportAfterAsync("forward", files);
        var reverse = await ExportAfterAsync("reverse", [.. files.Reverse()]);
        var shuffled = await ExportAfterAsync("shuffled", [files[2], files[0], files[3], files[1]]);
        var batched = await ExportAfterAsync("batched", [files[3], files[1]], [files[0], files[2]]);

        reverse.ShouldBe(forward);
        shuffled.ShouldBe(forward);
        batched.ShouldBe(forward);
    }

    private async Task<string> ExportAfterAsync(string name, params string[][] batches)
    {
        // Each order in a store of its own; each batch one ingest, its files in the order given.
        var folder = _directory.File(name);
        Directory.CreateDirectory(folder);
        foreach (var batch in batches)
        {
            var (exitCode, _, error) = await CliRunner.RunAsync(folder, ["ingest", .. batch]);
            exitCode.ShouldBe(0, error);
        }

        var (code, _, exportError) = await CliRunner.RunAsync(folder, "export", "--format", "json", "--out", "graph.json");
        code.ShouldBe(0, exportError);
        return await File.ReadAllTextAsync(Path.Combine(folder, "graph.json"));
    }
}
