using System.Globalization;
using GraphBuilder.Lab.Commands;
using GraphBuilder.Testing.Cli;
using GraphBuilder.Testing.Files;

namespace GraphBuilder.Worker.Tests;

/// <summary>
/// SIGTERM in the middle of a long article, as an orchestrator stopping the container would send it: the process
/// exits 0 within the grace period, and the article is either whole in the store or absent, to be read by the next run.
/// </summary>
public sealed class ShutdownTests : IDisposable
{
    // Long enough that both profiles are still extracting the article two seconds in (a few seconds in the fast profile,
    // minutes in the accurate one); the accurate one is also over the 40,000 tokens encoded whole, so it is windowed.
    private const int Sentences = 6_000;

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public async Task Run_SigtermWhileExtractingALongArticle_ExitsZeroAndLeavesTheArticleForTheNextRun(string profile)
    {
        var folder = await WriteLongArticleAsync();
        var environment = new Dictionary<string, string>
        {
            ["GraphBuilder__Sources__0__Name"] = "long",
            ["GraphBuilder__Sources__0__Type"] = "Folder",
            ["GraphBuilder__Sources__0__Path"] = folder,
            ["GraphBuilder__Sources__0__Schedule"] = "0 0 1 1 *",
            ["GraphBuilder__Nlp__Profile"] = profile,
            ["GraphBuilder__Worker__ShutdownTimeout"] = "00:00:10",
        };
        await using var worker = WorkerProcess.Start(_directory.Path, environment);
        await StopWhileExtractingAsync(worker);

        worker.ExitCode.ShouldBe(0, string.Join('\n', worker.Lines()));
        worker.Lines().ShouldContain(line => line.Contains("Stopped while extracting", StringComparison.Ordinal));
        Rows("ledger").ShouldBe(0);
        Rows("articles").ShouldBe(0);
    }

    [Fact]
    public async Task Ingest_SigtermWhileExtractingALongArticle_ExitsZeroAndTheNextIngestReadsIt()
    {
        var folder = await WriteLongArticleAsync();
        var environment = new Dictionary<string, string> { ["GraphBuilder__Nlp__Profile"] = "accurate" };
        await using (var ingest = WorkerProcess.StartCommand(_directory.Path, environment, "ingest", folder))
        {
            await StopWhileExtractingAsync(ingest);

            ingest.ExitCode.ShouldBe(0, string.Join('\n', ingest.Lines()));
            ingest.Lines().ShouldContain(line => line.Contains("Stopped on request", StringComparison.Ordinal));
        }

        Rows("ledger").ShouldBe(0);
        Rows("articles").ShouldBe(0);
        var (exitCode, output, error) = await CliRunner.RunAsync(
            _directory.Path, new Dictionary<string, string> { ["GraphBuilder__Nlp__Profile"] = "fast" }, "ingest", folder);
        exitCode.ShouldBe(0, error);
        output.ShouldContain("Ingested 1 of 1 inputs");
        Rows("articles").ShouldBe(1);
    }

    private static async Task StopWhileExtractingAsync(WorkerProcess process)
    {
        await process.WaitForAsync("Extracting ");

        // Two seconds into the article: past the models' loading, inside the encoder or the stages.
        await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);
        await process.TerminateAsync(TimeSpan.FromSeconds(30));
    }

    private async Task<string> WriteLongArticleAsync()
    {
        var folder = _directory.File("news");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(
            Path.Combine(folder, "long.txt"), NewsGenerator.Article(new Random(11), 1, Sentences), TestContext.Current.CancellationToken);
        return folder;
    }

    private int Rows(string table)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_directory.File("graphbuilder.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM " + table;
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
