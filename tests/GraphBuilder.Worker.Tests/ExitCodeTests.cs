using System.Net;
using System.Net.Sockets;
using GraphBuilder.Testing.Bolt;
using GraphBuilder.Testing.Cli;
using GraphBuilder.Testing.Files;
using Microsoft.Data.Sqlite;

namespace GraphBuilder.Worker.Tests;

/// <summary>
/// Exit codes and messages as the README documents them: usage errors are 2 and at most three lines, a store that
/// cannot be used is one line, and <c>sync</c> fails when anything was not written, naming Neo4j's status code.
/// </summary>
public sealed class ExitCodeTests : IDisposable
{
    private static readonly Dictionary<string, string> Fast = new() { ["GraphBuilder__Nlp__Profile"] = "fast" };

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("stats", "--frobnicate")]
    [InlineData("export", "--format", "json")]
    [InlineData("export", "--format", "xml", "--out", "g.xml")]
    [InlineData("stats", "--top")]
    [InlineData("ingest")]
    public async Task Main_UsageError_ExitsTwoInAtMostThreeLines(params string[] args)
    {
        var (exitCode, output, error) = await CliRunner.RunAsync(_directory.Path, args);

        exitCode.ShouldBe(2);
        output.ShouldBeEmpty();
        Lines(error).Length.ShouldBeInRange(1, 3, error);
        error.ShouldStartWith("error: ");
    }

    [Fact]
    public async Task Stats_DamagedStore_IsOneLineSayingSo()
    {
        var store = _directory.Write("damaged.db", [.. Enumerable.Range(0, 8192).Select(i => (byte)(i * 31))]);

        var (exitCode, _, error) = await CliRunner.RunAsync(_directory.Path, "stats", "--store", store);

        exitCode.ShouldNotBe(0);
        Lines(error).ShouldHaveSingleItem().ShouldContain("not a GraphBuilder store");
    }

    [Fact]
    public async Task Ingest_StoreInAFolderThatCannotExist_IsOneLineSayingItCannotBeOpened()
    {
        var article = _directory.Write("a.txt", "Maria Alvarez criticized Northwind Energy on Monday over its plans.");
        var notAFolder = _directory.Write("file", "x");

        var (exitCode, _, error) = await CliRunner.RunAsync(_directory.Path, Fast, "ingest", article, "--store", Path.Combine(notAFolder, "s.db"));

        exitCode.ShouldBe(1);
        var line = Lines(error).Where(l => !l.StartsWith("progress:", StringComparison.Ordinal)).ShouldHaveSingleItem();
        line.ShouldContain("the store cannot be opened");
    }

    [Fact]
    public async Task Ingest_StoreLockedByAnotherWriter_IsOneLineSayingItIsLocked()
    {
        var article = _directory.Write("a.txt", "Maria Alvarez criticized Northwind Energy on Monday over its plans.");
        (await CliRunner.RunAsync(_directory.Path, Fast, "ingest", article, "--store", "s.db")).ExitCode.ShouldBe(0);
        _directory.Write("a.txt", "Tomas Reyes met Helen Park in Port Elena on Tuesday to talk about the port.");
        await using var holder = new SqliteConnection($"Data Source={_directory.File("s.db")};Pooling=false");
        await holder.OpenAsync(TestContext.Current.CancellationToken);
        await using (var begin = holder.CreateCommand())
        {
            begin.CommandText = "BEGIN EXCLUSIVE";
            await begin.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var environment = new Dictionary<string, string>(Fast) { ["GraphBuilder__Store__BusyTimeout"] = "00:00:01" };
        var (exitCode, _, error) = await CliRunner.RunAsync(_directory.Path, environment, "ingest", article, "--store", "s.db");

        exitCode.ShouldBe(1);
        Lines(error).Where(l => !l.StartsWith("progress:", StringComparison.Ordinal)).ShouldHaveSingleItem().ShouldContain("locked by another process");
    }

    [Fact]
    public async Task SyncAll_Neo4jDown_ExitsNonZero()
    {
        await IngestAsync();
        var environment = Neo4j($"bolt://127.0.0.1:{ClosedPort()}", "any-password");

        var (exitCode, output, error) = await CliRunner.RunAsync(_directory.Path, environment, "sync", "--all", "--store", "s.db");

        exitCode.ShouldBe(1, output + error);
        error.ShouldContain("did not take every change");
    }

    [Fact]
    public async Task SyncAll_WrongPassword_ExitsNonZeroNamingTheStatusCode()
    {
        await IngestAsync();
        await using var server = FakeBoltServer.Start(user: "neo4j", password: "right-password");

        var (exitCode, output, error) = await CliRunner.RunAsync(
            _directory.Path, Neo4j(server.BoltUri, "wrong-password"), "sync", "--all", "--store", "s.db");

        exitCode.ShouldBe(1, output + error);
        Lines(error).Last().ShouldContain("Neo.ClientError.Security.Unauthorized");
        (output + error).ShouldNotContain("wrong-password");
    }

    private async Task IngestAsync() =>
        (await CliRunner.RunAsync(_directory.Path, Fast, "ingest", RepositoryPaths.SampleArticles, "--store", "s.db")).ExitCode.ShouldBe(0);

    private static Dictionary<string, string> Neo4j(string uri, string password) => new(Fast)
    {
        ["GraphBuilder__Neo4j__Uri"] = uri,
        ["GraphBuilder__Neo4j__Password"] = password,
        ["GraphBuilder__Neo4j__MaxTransactionRetryTime"] = "00:00:00",
    };

    private static int ClosedPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
