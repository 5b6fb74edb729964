using GraphBuilder.Testing.Cli;
using GraphBuilder.Testing.Files;

namespace GraphBuilder.Worker.Tests;

public sealed class SinkOptionsStartupTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Run_BreakerFailureRatioOutOfRange_StopsAtStartNamingTheSetting()
    {
        var environment = new Dictionary<string, string> { ["GraphBuilder__Sink__CircuitBreaker__FailureRatio"] = "1.5" };

        var (exitCode, _, error) = await CliRunner.RunAsync(_directory.Path, environment, "run", "--store", "s.db");

        exitCode.ShouldBe(2);
        error.ShouldContain("invalid configuration");
        error.ShouldContain("FailureRatio");
    }
}
