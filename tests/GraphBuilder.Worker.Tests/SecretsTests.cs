using GraphBuilder.Testing.Cli;
using GraphBuilder.Testing.Files;

namespace GraphBuilder.Worker.Tests;

/// <summary>No command prints a setting named like a secret, and a password inside the Neo4j URI is refused at start-up.</summary>
public sealed class SecretsTests : IDisposable
{
    private const string Secret = "Zx9-very-secret-Pw";

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData("sync")]
    [InlineData("run")]
    [InlineData("ingest")]
    public async Task Command_PasswordInsideTheNeo4jUri_IsRefusedSayingWhereItGoesWithoutPrintingIt(string verb)
    {
        var article = _directory.Write("a.txt", "Maria Alvarez criticized Northwind Energy on Monday over its plans.");
        var environment = new Dictionary<string, string> { ["GraphBuilder__Neo4j__Uri"] = $"bolt://neo4j:{Secret}@127.0.0.1:7687" };
        string[] args = verb == "ingest" ? [verb, article, "--store", "s.db"] : [verb, "--store", "s.db"];
        if (verb != "ingest")
        {
            (await CliRunner.RunAsync(_directory.Path, new Dictionary<string, string> { ["GraphBuilder__Nlp__Profile"] = "fast" }, "ingest", article, "--store", "s.db"))
                .ExitCode.ShouldBe(0);
        }

        var (exitCode, output, error) = await CliRunner.RunAsync(_directory.Path, environment, args);

        exitCode.ShouldBe(2);
        error.ShouldContain("GraphBuilder:Neo4j:Password");
        (output + error).ShouldNotContain(Secret);
    }

    [Fact]
    public async Task Commands_SecretSettingsOfEveryKind_AreNeverPrinted()
    {
        var article = _directory.Write("a.txt", "Maria Alvarez criticized Northwind Energy on Monday over its plans.");
        var environment = new Dictionary<string, string>
        {
            ["GraphBuilder__Nlp__Profile"] = "fast",
            ["GraphBuilder__Neo4j__Uri"] = "bolt://127.0.0.1:1",
            ["GraphBuilder__Neo4j__Password"] = Secret,
            ["GraphBuilder__Neo4j__MaxTransactionRetryTime"] = "00:00:00",
            ["GraphBuilder__Neo4j__ConnectionTimeout"] = Secret,
            ["GraphBuilder__Telemetry__ApiKey"] = Secret,
        };
        var printed = new List<string>();

        foreach (var args in new[] { ["ingest", article, "--store", "s.db"], ["status", "--store", "s.db"], ["sync", "--all", "--store", "s.db"], new[] { "stats", "--store", "s.db" } })
        {
            var (_, output, error) = await CliRunner.RunAsync(_directory.Path, environment, args);
            printed.Add(output + error);
        }

        printed.ShouldAllBe(text => !text.Contains(Secret));
    }
}
