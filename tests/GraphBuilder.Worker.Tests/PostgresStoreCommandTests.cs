using System.Text.Json;
using GraphBuilder.Testing.Cli;
using GraphBuilder.Testing.Files;
using GraphBuilder.Testing.Postgres;

namespace GraphBuilder.Worker.Tests;

/// <summary>The command line on the PostgreSQL store: the same graph as the embedded store, and clear start-up errors.</summary>
public sealed class PostgresStoreCommandTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Ingest_SampleArticlesOnPostgres_ExportsTheSameJsonAsOnSqlite()
    {
        using var database = PostgresTestDatabase.Create();
        var postgres = Environment(database.ConnectionString);
        var sqliteFolder = Folder("sqlite");
        var postgresFolder = Folder("postgres");

        var sqliteIngest = await CliRunner.RunAsync(sqliteFolder, "ingest", RepositoryPaths.SampleArticles);
        var postgresIngest = await CliRunner.RunAsync(postgresFolder, postgres, "ingest", RepositoryPaths.SampleArticles);

        sqliteIngest.ExitCode.ShouldBe(0, sqliteIngest.Error);
        postgresIngest.ExitCode.ShouldBe(0, postgresIngest.Error);
        File.Exists(Path.Combine(postgresFolder, "graphbuilder.db")).ShouldBeFalse();
        var sqliteJson = await ExportAsync(sqliteFolder, new Dictionary<string, string>());
        var postgresJson = await ExportAsync(postgresFolder, postgres);
        postgresJson.ShouldBe(sqliteJson);
        JsonDocument.Parse(postgresJson).RootElement.GetProperty("articles").GetArrayLength().ShouldBe(5);
        (await StatusesAsync(postgresFolder, postgres)).ShouldBe(await StatusesAsync(sqliteFolder, new Dictionary<string, string>()));
    }

    [Fact]
    public async Task Commands_OnPostgres_ReadTheSameStore()
    {
        using var database = PostgresTestDatabase.Create();
        var postgres = Environment(database.ConnectionString);
        var folder = Folder("commands");
        (await CliRunner.RunAsync(folder, postgres, "ingest", RepositoryPaths.SampleArticles)).ExitCode.ShouldBe(0);

        var again = await CliRunner.RunAsync(folder, postgres, "ingest", RepositoryPaths.SampleArticles);
        var stats = await CliRunner.RunAsync(folder, postgres, "stats");
        var status = await CliRunner.RunAsync(folder, postgres, "status");
        var explain = await CliRunner.RunAsync(folder, postgres, "explain", "Maria Alvarez");
        var resolve = await CliRunner.RunAsync(folder, postgres, "resolve");
        var ledger = await CliRunner.RunAsync(folder, postgres, "ledger", "--status", "ingested");

        again.Output.ShouldContain("(5 unchanged", customMessage: again.Error);
        stats.ExitCode.ShouldBe(0, stats.Error);
        stats.Output.ShouldContain($"Store: PostgreSQL 127.0.0.1:");
        stats.Output.ShouldContain("Articles:    5");
        status.ExitCode.ShouldBe(0, status.Error);
        status.Output.ShouldNotContain("not created yet");
        explain.ExitCode.ShouldBe(0, explain.Error);
        explain.Output.ShouldContain("Maria Alvarez");
        resolve.ExitCode.ShouldBe(0, resolve.Error);
        resolve.Output.ShouldContain("0 merged, 0 split, 0 new redirects");
        ledger.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(5);
    }

    [Fact]
    public async Task Ingest_PostgresWithoutConnectionString_FailsWithOneLineNamingTheSetting()
    {
        var environment = new Dictionary<string, string> { ["GraphBuilder__Store__Provider"] = "Postgres" };

        var (exitCode, _, error) = await CliRunner.RunAsync(_directory.Path, environment, "ingest", RepositoryPaths.SampleArticles);

        exitCode.ShouldBe(2);
        error.Trim().Split('\n').ShouldHaveSingleItem().ShouldContain("GraphBuilder:Store:ConnectionString");
    }

    [Fact]
    public async Task Ingest_UnknownProvider_FailsNamingTheSetting()
    {
        var environment = new Dictionary<string, string> { ["GraphBuilder__Store__Provider"] = "Oracle" };

        var (exitCode, _, error) = await CliRunner.RunAsync(_directory.Path, environment, "ingest", RepositoryPaths.SampleArticles);

        exitCode.ShouldBe(2);
        error.ShouldContain("GraphBuilder:Store:Provider must be Sqlite or Postgres, not 'Oracle'");
    }

    [Fact]
    public async Task Ingest_UnreachablePostgres_NamesHostAndPortButNeverThePassword()
    {
        var environment = Environment("Host=127.0.0.1;Port=1;Username=graphbuilder;Password=not-to-be-printed;Database=graph;Timeout=3");

        var (exitCode, output, error) = await CliRunner.RunAsync(_directory.Path, environment, "ingest", RepositoryPaths.SampleArticles);

        exitCode.ShouldBe(1);
        error.ShouldContain("127.0.0.1:1/graph");
        (output + error).ShouldNotContain("not-to-be-printed");
    }

    private static Dictionary<string, string> Environment(string connectionString) => new()
    {
        ["GraphBuilder__Store__Provider"] = "Postgres",
        ["GraphBuilder__Store__ConnectionString"] = connectionString,
    };

    private static async Task<string> ExportAsync(string folder, IReadOnlyDictionary<string, string> environment)
    {
        var (exitCode, _, error) = await CliRunner.RunAsync(folder, environment, "export", "--format", "json", "--out", "graph.json");
        exitCode.ShouldBe(0, error);
        return await File.ReadAllTextAsync(Path.Combine(folder, "graph.json"));
    }

    private static async Task<string[]> StatusesAsync(string folder, IReadOnlyDictionary<string, string> environment)
    {
        var (exitCode, output, error) = await CliRunner.RunAsync(folder, environment, "ledger", "--json");
        exitCode.ShouldBe(0, error);
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(row => $"{Path.GetFileName(row.GetProperty("location").GetString())} {row.GetProperty("status").GetString()} {row.GetProperty("articleId").GetString()}")
            .Order(StringComparer.Ordinal)];
    }

    private string Folder(string name)
    {
        var folder = _directory.File(name);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
