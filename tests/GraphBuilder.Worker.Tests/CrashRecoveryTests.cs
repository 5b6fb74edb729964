using System.Globalization;
using GraphBuilder.Testing.Cli;
using GraphBuilder.Testing.Files;

namespace GraphBuilder.Worker.Tests;

/// <summary>
/// Kills the worker with SIGKILL in the middle of ingestion, twice, restarts it, and checks that in the end every good
/// article is ingested exactly once, every bad file is failed with its reason, and the graph equals the one a single
/// clean ingest of the same folder gives.
/// </summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private const int GoodArticles = 150;

    private static readonly string[] People = ["Maria Alvarez", "Tomas Reyes", "Helen Park", "Samuel Okafor", "Lena Ortiz", "Ben Ode", "Ann Lee", "Tom Barr", "Rosa Dune", "Ivan Petrov"];
    private static readonly string[] Organizations = ["Northwind Energy", "National Energy Agency", "Coastal Herald", "Harbor Council", "Channel Nine", "Port Authority"];
    private static readonly string[] Places = ["Harbor City", "Port Elena", "Northgate", "Bellmore", "Cape Rowan"];
    private static readonly string[] Words = "budget harbour ferry permit hearing vote council tax school bridge road storm river coast fishing union strike contract court ruling appeal report audit election poll campaign debate energy grid solar wind gas price market bank loan housing rent water power museum festival stadium hospital police fire rail tram airport".Split(' ');

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Run_KilledTwiceDuringIngestion_LosesAndDuplicatesNothing()
    {
        var folder = WriteFolder();
        var environment = new Dictionary<string, string>
        {
            ["GraphBuilder__Sources__0__Name"] = "news",
            ["GraphBuilder__Sources__0__Type"] = "Folder",
            ["GraphBuilder__Sources__0__Path"] = folder,
            ["GraphBuilder__Sources__0__Schedule"] = "*/2 * * * * *",
        };

        var ledger = new LedgerProbe(_directory.File("crash.db"));

        // Two kills at different points of the run, then a run to completion.
        foreach (var killAfter in new[] { 10, 60 })
        {
            await using var worker = WorkerProcess.Start(_directory.Path, environment, "--store", "crash.db");
            await worker.WaitForAsync(LedgerProbe.IngestedLine, killAfter);
            await worker.KillAsync();

            // The kill must land mid-run for the test to mean anything.
            ledger.Count("ingested").ShouldBeLessThan(GoodArticles);
        }

        await using (var worker = WorkerProcess.Start(_directory.Path, environment, "--store", "crash.db"))
        {
            await worker.WaitForAsync("Ingestion of source news finished");
            await worker.KillAsync();
        }

        var (_, failed, _) = await CliRunner.RunAsync(_directory.Path, "ledger", "--status", "failed", "--store", "crash.db");
        failed.ShouldContain("binary content");
        failed.ShouldContain("file is empty");
        failed.ShouldContain("invalid UTF-8");
        ledger.Count("ingested").ShouldBe(GoodArticles);
        ledger.Count("failed").ShouldBe(5);

        await CliRunner.RunAsync(_directory.Path, "ingest", folder, "--store", "clean.db");
        await CliRunner.RunAsync(_directory.Path, "export", "--format", "json", "--out", "crash.json", "--store", "crash.db");
        await CliRunner.RunAsync(_directory.Path, "export", "--format", "json", "--out", "clean.json", "--store", "clean.db");
        (await File.ReadAllTextAsync(_directory.File("crash.json"))).ShouldBe(await File.ReadAllTextAsync(_directory.File("clean.json")));
    }

    private string WriteFolder()
    {
        var random = new Random(2026);
        for (var i = 0; i < GoodArticles; i++)
        {
            var sentences = Enumerable.Range(0, 12).Select(_ => Sentence(random));
            _directory.Write(string.Create(CultureInfo.InvariantCulture, $"news/story-{i:000}.txt"), string.Join(' ', sentences));
        }

        _directory.Write("news/bad-binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x0D, 0x0A, 0x1A]);
        _directory.Write("news/bad-empty.txt", string.Empty);
        _directory.Write("news/bad-latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x70, 0x65, 0x6E, 0x73, 0x20, 0x69, 0x6E, 0x20, 0x48, 0x61, 0x72, 0x62, 0x6F, 0x72, 0x20, 0x43, 0x69, 0x74, 0x79]);
        _directory.Write("news/bad-lines.jsonl", "{\"text\": \"broken");
        _directory.Write("news/bad-page.html", "<html><body><nav>Home</nav></body></html>");
        return _directory.File("news");
    }

    private static string Sentence(Random random)
    {
        string Pick(string[] items) => items[random.Next(items.Length)];
        var filler = string.Join(' ', Enumerable.Range(0, 6).Select(_ => Pick(Words)));
        return random.Next(4) switch
        {
            0 => $"{Pick(People)} met {Pick(People)} in {Pick(Places)} to discuss the {filler}.",
            1 => $"{Pick(Organizations)} said on {Pick(["Monday", "Tuesday", "Friday"])} that the {filler} would go ahead in {Pick(Places)}.",
            2 => $"{Pick(People)} criticized {Pick(Organizations)} over the {filler}.",
            _ => $"Residents of {Pick(Places)} asked about the {filler} and the {Pick(Words)} {Pick(Words)}.",
        };
    }
}
