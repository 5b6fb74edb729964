using GraphBuilder.Lab.Commands;
using GraphBuilder.Testing.Cli;
using GraphBuilder.Testing.Files;

namespace GraphBuilder.Worker.Tests;

public sealed class BenchmarkIngestCommandTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task BenchmarkIngest_SmallCount_SamplesMemoryAndEndsWithTheRate()
    {
        var (exitCode, output, error) = await CliRunner.RunAsync(_directory.Path, "benchmark", "ingest", "--count", "30", "--sample-every", "10", "--profile", "fast");

        exitCode.ShouldBe(0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.ShouldContain(line => line.StartsWith("30 ", StringComparison.Ordinal));
        lines.ShouldContain(line => line.StartsWith("ingested 30, duplicates 0, failed 0", StringComparison.Ordinal));
        lines.ShouldContain(line => line.StartsWith("from 20 to 30 articles: working set", StringComparison.Ordinal));
        lines[^1].ShouldStartWith("articles/s ");
        double.Parse(lines[^1]["articles/s ".Length..], System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Article_SameSeed_IsTheSameAndDistinctFromItsNeighbours()
    {
        var first = NewsGenerator.Article(new Random(7), 3, 12);

        NewsGenerator.Article(new Random(7), 3, 12).ShouldBe(first);
        NewsGenerator.Article(new Random(7), 4, 12).ShouldNotBe(first);
    }
}
