using GraphBuilder.Testing.Cli;

namespace GraphBuilder.Queue.Nats.Tests.EndToEnd;

public sealed class QueueStartupTests : IDisposable
{
    private readonly Testing.Files.TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Run_NatsWithoutUrl_OneLineNamingTheSettingAndExit2()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync(_directory.Path, Settings(null), "run");

        exitCode.ShouldBe(2);
        error.Trim().Split('\n').Length.ShouldBe(1);
        error.ShouldContain("GraphBuilder:Queue:Url is required");
    }

    [Fact]
    public async Task Run_UnreachableServer_OneLineNamingTheServerWithoutCredentials()
    {
        var (exitCode, output, error) = await CliRunner.RunAsync(_directory.Path, Settings("nats://reader:hunter2@127.0.0.1:1"), "run");

        exitCode.ShouldBe(1);
        error.Trim().Split('\n').Length.ShouldBe(1, error);
        error.ShouldContain("nats://127.0.0.1:1");
        (output + error).ShouldNotContain("hunter2");
        (output + error).ShouldNotContain("reader");
    }

    private Dictionary<string, string> Settings(string? url)
    {
        var settings = new Dictionary<string, string>
        {
            ["GraphBuilder__Store__Path"] = _directory.File("graph.db"),
            ["GraphBuilder__Queue__Provider"] = "Nats",
            ["GraphBuilder__Queue__ConnectTimeout"] = "00:00:02",
        };
        if (url is not null)
        {
            settings["GraphBuilder__Queue__Url"] = url;
        }

        return settings;
    }
}
