using System.Globalization;
using System.Text;
using GraphBuilder.Lab.Commands;
using GraphBuilder.Testing.Cli;
using GraphBuilder.Testing.Files;

namespace GraphBuilder.Worker.Tests;

/// <summary>
/// The bar: a folder of 20 articles and 5 bad files watched by <c>graphbuilder run</c> on a 10-second
/// schedule, killed with SIGKILL twice during ingestion and restarted. In the end every good article is ingested once,
/// each bad file is failed with its reason, and the export equals a single clean ingest's.
/// </summary>
public sealed class ScheduledRunBarTests : IDisposable
{
    private const int GoodArticles = 20;
    private const int MaxFileBytes = 16_384;

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Run_TenSecondScheduleKilledTwice_IngestsEachGoodArticleOnceAndFailsEachBadFile()
    {
        var folder = await WriteFolderAsync();
        var settings = new Dictionary<string, string>
        {
            ["GraphBuilder__Ingestion__MaxFileBytes"] = MaxFileBytes.ToString(CultureInfo.InvariantCulture),
        };
        var worker = new Dictionary<string, string>(settings)
        {
            ["GraphBuilder__Sources__0__Name"] = "local",
            ["GraphBuilder__Sources__0__Type"] = "Folder",
            ["GraphBuilder__Sources__0__Path"] = folder,
            ["GraphBuilder__Sources__0__Schedule"] = "*/10 * * * * *",
            ["GraphBuilder__Sources__0__RunOnStart"] = "false",
        };
        var ledger = new LedgerProbe(_directory.File("bar.db"));

        // Early kills: a run extracts several articles at once and writes those ready together, and the log lines come
        // after the commits, so the ledger runs several articles ahead of the lines (here 2-8 ingested after 2 lines,
        // 8-15 after 4 more on the second start; with 3 and 10, the second kill could land after the run's end).
        foreach (var killAfter in new[] { 2, 4 })
        {
            await using var process = WorkerProcess.Start(_directory.Path, worker, "--store", "bar.db");
            await process.WaitForAsync(LedgerProbe.IngestedLine, killAfter);
            await process.KillAsync();

            // The kill must land mid-run for the test to mean anything.
            ledger.Count("ingested").ShouldBeLessThan(GoodArticles);
        }

        await using (var process = WorkerProcess.Start(_directory.Path, worker, "--store", "bar.db"))
        {
            await process.WaitForAsync("Ingestion of source local finished");
            await process.KillAsync();
        }

        ledger.Count("ingested").ShouldBe(GoodArticles);
        ledger.Count("failed").ShouldBe(5);
        ledger.Count("duplicate").ShouldBe(0);
        ledger.Count("pending").ShouldBe(0);
        var (_, failed, _) = await CliRunner.RunAsync(_directory.Path, "ledger", "--status", "failed", "--store", "bar.db");
        var reasons = failed.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        reasons.ShouldContain(line => line.Contains("bad-binary.txt", StringComparison.Ordinal) && line.Contains("binary content", StringComparison.Ordinal));
        reasons.ShouldContain(line => line.Contains("bad-empty.txt", StringComparison.Ordinal) && line.Contains("file is empty", StringComparison.Ordinal));
        reasons.ShouldContain(line => line.Contains("bad-huge.txt", StringComparison.Ordinal) && line.Contains("over the limit", StringComparison.Ordinal));
        reasons.ShouldContain(line => line.Contains("bad-latin1.txt", StringComparison.Ordinal) && line.Contains("invalid UTF-8", StringComparison.Ordinal));
        reasons.ShouldContain(line => line.Contains("bad-page.html", StringComparison.Ordinal) && line.Contains("no article text", StringComparison.Ordinal));

        await CliRunner.RunAsync(_directory.Path, settings, "ingest", folder, "--store", "clean.db");
        await CliRunner.RunAsync(_directory.Path, "export", "--format", "json", "--out", "bar.json", "--store", "bar.db");
        await CliRunner.RunAsync(_directory.Path, "export", "--format", "json", "--out", "clean.json", "--store", "clean.db");
        var exported = await File.ReadAllTextAsync(_directory.File("bar.json"));
        exported.ShouldBe(await File.ReadAllTextAsync(_directory.File("clean.json")));
        exported.Split("\"story-", StringSplitOptions.None).Length.ShouldBeGreaterThan(GoodArticles);
    }

    private async Task<string> WriteFolderAsync()
    {
        var folder = _directory.File("news");
        await NewsGenerator.WriteArticlesAsync(folder, GoodArticles, sentences: 24, seed: 6, TestContext.Current.CancellationToken);
        _directory.Write("news/bad-binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x0D, 0x0A, 0x1A, 0x00, 0x00]);
        _directory.Write("news/bad-empty.txt", string.Empty);
        var huge = new StringBuilder();
        var random = new Random(9);
        for (var i = 0; huge.Length <= MaxFileBytes; i++)
        {
            huge.Append(NewsGenerator.Article(random, 100 + i, 12));
        }

        _directory.Write("news/bad-huge.txt", huge.ToString());
        _directory.Write("news/bad-latin1.txt", [.. "The caf"u8.ToArray(), 0xE9, .. " in Port Elena reopened on Monday after the harbour storm."u8.ToArray()]);
        _directory.Write("news/bad-page.html", "<html><head><title>Menu</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><footer>Contact</footer></body></html>");
        foreach (var file in Directory.GetFiles(folder, "story-*"))
        {
            new FileInfo(file).Length.ShouldBeLessThan(MaxFileBytes);
        }

        return folder;
    }
}
