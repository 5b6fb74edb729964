using System.Globalization;
using GraphBuilder.Ingestion;
using GraphBuilder.Testing.Cli;
using GraphBuilder.Testing.Files;
using GraphBuilder.Worker.Commands;
using Microsoft.Extensions.Time.Testing;

namespace GraphBuilder.Worker.Tests;

public sealed class ConsoleProgressTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _time = new();
    private readonly StringWriter _writer = new();

    public void Dispose()
    {
        _writer.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public void Report_NotATerminal_WritesAPlainLineForEachTenthOfTheFiles()
    {
        var progress = new ConsoleProgress(_writer, interactive: false, totalFiles: 20, _time);

        for (var i = 1; i <= 20; i++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(250));
            progress.Report(new IngestionProgress(i, string.Create(CultureInfo.InvariantCulture, $"/news/story-{i:00}.txt"), i == 7 ? "failed" : "ingested"));
        }

        progress.Finish();

        var lines = _writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(10);
        lines.ShouldAllBe(line => line.StartsWith("progress: ", StringComparison.Ordinal));
        _writer.ToString().ShouldNotContain("\r");
        lines[0].ShouldBe("progress: 2/20 files (10%), 2 articles, 0 failed, 4.0 articles/s, story-02.txt");
        lines[^1].ShouldBe("progress: 20/20 files (100%), 20 articles, 1 failed, 4.0 articles/s, story-20.txt");
    }

    [Fact]
    public void Report_NotATerminalSlowRun_AlsoWritesEveryFiveSeconds()
    {
        var progress = new ConsoleProgress(_writer, interactive: false, totalFiles: 1000, _time);

        progress.Report(new IngestionProgress(1, "/news/a.txt", "ingested"));
        _time.Advance(TimeSpan.FromSeconds(6));
        progress.Report(new IngestionProgress(2, "/news/b.txt", "ingested"));
        progress.Finish();

        _writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).ShouldBe(
        [
            "progress: 2/1000 files (0%), 2 articles, 0 failed, 0.3 articles/s, b.txt",
        ]);
    }

    [Fact]
    public void Report_LinesOfOneJsonLinesFile_CountAsOneFile()
    {
        var progress = new ConsoleProgress(_writer, interactive: false, totalFiles: 1, _time);

        progress.Report(new IngestionProgress(1, "/news/feed.jsonl#1", "ingested"));
        progress.Report(new IngestionProgress(2, "/news/feed.jsonl#2", "ingested"));
        progress.Report(new IngestionProgress(3, "/news/feed.jsonl#3", "ingested"));
        progress.Finish();

        _writer.ToString().ShouldStartWith("progress: 1/1 files (100%), 1 articles");
        _writer.ToString().ShouldContain("progress: 1/1 files (100%), 3 articles");
    }

    [Fact]
    public void Report_Terminal_RedrawsOneBarLineAndClearsItAtTheEnd()
    {
        var progress = new ConsoleProgress(_writer, interactive: true, totalFiles: 4, _time, () => 100);

        _time.Advance(TimeSpan.FromSeconds(1));
        progress.Report(new IngestionProgress(1, "/news/a.txt", "ingested"));
        var drawn = _writer.ToString();
        progress.Report(new IngestionProgress(2, "/news/b.txt", "ingested"));
        progress.Finish();

        drawn.ShouldStartWith("\r[######------------------] 1/4 files (25%), 1 articles, 0 failed, 1.0 articles/s, a.txt");
        drawn.Length.ShouldBe(100);
        _writer.ToString().ShouldContain("\r[############------------] 2/4 files (50%)");
        _writer.ToString().ShouldEndWith("\r");
        _writer.ToString().ShouldNotContain(Environment.NewLine);
    }

    [Fact]
    public async Task Ingest_OutputRedirected_WritesPlainProgressLinesToStandardError()
    {
        for (var i = 0; i < 3; i++)
        {
            _directory.Write(string.Create(CultureInfo.InvariantCulture, $"news/story-{i}.txt"), string.Create(CultureInfo.InvariantCulture, $"Report number {i}: the Harbor Council met in Port Elena to discuss ferry number {i * 7} and the harbour budget."));
        }

        var (exitCode, output, error) = await CliRunner.RunAsync(_directory.Path, "ingest", _directory.File("news"), "--store", "p.db");

        exitCode.ShouldBe(0, error);
        error.ShouldContain("progress: 3/3 files (100%), 3 articles, 0 failed");
        output.ShouldNotContain("progress:");
        output.ShouldNotContain("\r");
    }
}
