using System.Text.Json;
using GraphBuilder.Testing.Cli;
using GraphBuilder.Testing.Postgres;

namespace GraphBuilder.Queue.Nats.Tests.EndToEnd;

/// <summary>
/// The multi-worker bar, scaled for test time: three <c>graphbuilder run</c> processes with the NATS queue share one
/// store and one <c>Folder</c> source on a 5-second schedule; one is killed with SIGKILL partway and replaced. The
/// ledger and the JSON export must then be those of one <c>graphbuilder ingest</c> of the folder on SQLite.
/// </summary>
/// <remarks>
/// The shared store is SQLite (WAL, several processes) unless <c>GRAPHBUILDER_E2E_STORE_ENV</c> gives the store's
/// settings as <c>Key=Value</c> pairs separated by <c>;;</c>, for example
/// <c>GraphBuilder__Store__Provider=Postgres;;GraphBuilder__Store__ConnectionString=Host=127.0.0.1;Port=5433;…</c>.
/// <c>GRAPHBUILDER_E2E_ARTICLES</c> sets the number of articles (default 150).
/// </remarks>
[Collection(NatsCollection.Name)]
public sealed class MultiWorkerEndToEndTests(NatsServerFixture server) : IDisposable
{
    private const int BadFiles = 5;
    private readonly Testing.Files.TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public Task Run_ThreeWorkersOneKilled_LedgerAndExportEqualOneIngest() => RunThreeWorkersAsync(SharedStore());

    [Fact]
    public async Task Run_ThreeWorkersOnPostgresOneKilled_LedgerAndExportEqualOneIngestOnSqlite()
    {
        using var database = PostgresTestDatabase.Create();
        await RunThreeWorkersAsync(new Dictionary<string, string>
        {
            ["GraphBuilder__Store__Provider"] = "Postgres",
            ["GraphBuilder__Store__ConnectionString"] = database.ConnectionString,
        });
    }

    private async Task RunThreeWorkersAsync(Dictionary<string, string> shared)
    {
        var url = server.RequireUrl();
        var articles = int.TryParse(Environment.GetEnvironmentVariable("GRAPHBUILDER_E2E_ARTICLES"), out var n) ? n : 150;
        var folder = _directory.File("news");
        UniqueNewsArticles.Write(folder, articles);
        _directory.Write("news/binary.txt", [0x00, 0x01, 0x02, 0x03]);
        _directory.Write("news/empty.txt", string.Empty);
        _directory.Write("news/latin1.txt", [0x48, 0xE9, 0x6C, 0x6C, 0x6F, 0x20, 0x50, 0x6F, 0x72, 0x74]);
        _directory.Write("news/notes.docx", "not a supported type");
        _directory.Write("news/stray.md", [0x80, 0x81, 0x20, 0x4E, 0x65, 0x77, 0x73, 0x20, 0xC3, 0x28]);
        var single = new Dictionary<string, string> { ["GraphBuilder__Store__Path"] = _directory.File("single.db"), ["GraphBuilder__Nlp__Profile"] = "fast" };
        var workers = Workers(url, folder, shared);

        var ingest = await CliRunner.RunAsync(_directory.Path, single, "ingest", folder);
        ingest.ExitCode.ShouldBe(3, ingest.Error);
        await PrepareStoreAsync(shared);
        var doneAtKill = 0;
        var running = new List<RunningWorker> { new(_directory.Path, workers), new(_directory.Path, workers), new(_directory.Path, workers) };
        try
        {
            await WaitAsync(() => running.Sum(w => w.ItemsDone) >= articles / 4, "a quarter of the articles done");
            // The busiest worker is killed, so that it dies with a message in hand.
            var killed = running.MaxBy(w => w.ItemsDone)!;
            await killed.KillAsync();
            doneAtKill = running.Sum(w => w.ItemsDone);
            doneAtKill.ShouldBeLessThan(articles + BadFiles, "the worker was to be killed partway");
            running.Add(new RunningWorker(_directory.Path, workers));
            await WaitForLedgerAsync(shared, articles + BadFiles);
        }
        finally
        {
            foreach (var worker in running)
            {
                await worker.StopAsync();
                await worker.DisposeAsync();
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"items done per worker: {string.Join(", ", running.Select(w => w.ItemsDone))} (the busiest killed at {doneAtKill} in all)");
        var expected = await LedgerAsync(single);
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join(", ", expected.GroupBy(r => r.Status).Select(g => $"{g.Key} {g.Count()}")));
        var actual = await LedgerAsync(shared);
        actual.Count.ShouldBe(articles + BadFiles);
        actual.ShouldBe(expected);
        actual.Where(r => r.Status == "failed").ShouldAllBe(r => !string.IsNullOrEmpty(r.Reason));
        (await ExportAsync(shared)).ShouldBe(await ExportAsync(single));
    }

    private static Dictionary<string, string> Workers(string url, string folder, Dictionary<string, string> store)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        return new Dictionary<string, string>(store)
        {
            ["GraphBuilder__Nlp__Profile"] = "fast",
            ["GraphBuilder__Queue__Provider"] = "Nats",
            ["GraphBuilder__Queue__Url"] = url,
            ["GraphBuilder__Queue__Stream"] = "E2E_" + suffix,
            ["GraphBuilder__Queue__Subject"] = "e2e." + suffix,
            ["GraphBuilder__Queue__Consumer"] = "e2e-" + suffix,
            ["GraphBuilder__Queue__LeaseBucket"] = "e2e-leases-" + suffix,
            ["GraphBuilder__Queue__AckWait"] = "00:00:05",
            ["GraphBuilder__Queue__HeartbeatInterval"] = "00:00:02",
            ["GraphBuilder__Sources__0__Name"] = "news",
            ["GraphBuilder__Sources__0__Type"] = "Folder",
            ["GraphBuilder__Sources__0__Path"] = folder,
            ["GraphBuilder__Sources__0__Schedule"] = "*/5 * * * * *",
            ["Logging__LogLevel__GraphBuilder.Queue.Nats"] = "Debug",
        };
    }

    private Dictionary<string, string> SharedStore()
    {
        if (Environment.GetEnvironmentVariable("GRAPHBUILDER_E2E_STORE_ENV") is { Length: > 0 } settings)
        {
            return settings.Split(";;", StringSplitOptions.RemoveEmptyEntries)
                .Select(pair => pair.Split('=', 2))
                .ToDictionary(pair => pair[0].Trim(), pair => pair[1]);
        }

        return new Dictionary<string, string> { ["GraphBuilder__Store__Path"] = _directory.File("shared.db") };
    }

    /// <summary>Creates the shared store once, so the three workers do not all migrate a new store at the same moment.</summary>
    private async Task PrepareStoreAsync(Dictionary<string, string> store)
    {
        var stats = await CliRunner.RunAsync(_directory.Path, store, "ledger", "--json");
        stats.ExitCode.ShouldBeOneOf(0, 2);
    }

    private async Task WaitForLedgerAsync(Dictionary<string, string> store, int rows)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while ((await LedgerAsync(store)).Count < rows)
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, $"the workers did not record {rows} inputs in time");
            await Task.Delay(TimeSpan.FromSeconds(2));
        }
    }

    private static async Task WaitAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (!condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, what);
            await Task.Delay(50);
        }
    }

    private async Task<List<LedgerRow>> LedgerAsync(Dictionary<string, string> store)
    {
        var (exitCode, output, error) = await CliRunner.RunAsync(_directory.Path, store, "ledger", "--json");
        if (exitCode != 0)
        {
            error.ShouldContain("does not exist");
            return [];
        }

        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(row => new LedgerRow(Text(row, "location"), Text(row, "status"), Text(row, "articleId"), Text(row, "contentHash"), Text(row, "reason"), Text(row, "duplicateOf")))
            .OrderBy(r => r.Location, StringComparer.Ordinal)];
    }

    private async Task<string> ExportAsync(Dictionary<string, string> store)
    {
        var file = _directory.File($"export-{Guid.NewGuid():N}.json");
        var (exitCode, _, error) = await CliRunner.RunAsync(_directory.Path, store, "export", "--format", "json", "--out", file);
        exitCode.ShouldBe(0, error);
        return await File.ReadAllTextAsync(file);
    }

    private static string? Text(JsonElement row, string name) =>
        row.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private sealed record LedgerRow(string? Location, string? Status, string? ArticleId, string? ContentHash, string? Reason, string? DuplicateOf);
}
