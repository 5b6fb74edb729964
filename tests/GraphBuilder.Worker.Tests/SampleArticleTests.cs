using System.Text.Json;
using GraphBuilder.Testing.Files;

namespace GraphBuilder.Worker.Tests;

/// <summary>
/// Checks the article the product was conceived around. It is third-party text, read from the shared folder beside
/// the repository and never copied into it; without that folder the test is skipped.
/// </summary>
public sealed class SampleArticleTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Ingest_TassSample_GivesEachKeyEntityOnceWithItsType()
    {
        if (!File.Exists(RepositoryPaths.TassSample))
        {
            Assert.Skip($"The sample article is not at {RepositoryPaths.TassSample} (../shared/samples is absent).");
        }

        var (exitCode, _, error) = await CliRunner.RunAsync(_directory.Path, "ingest", RepositoryPaths.TassSample);
        exitCode.ShouldBe(0, error);
        await CliRunner.RunAsync(_directory.Path, "export", "--format", "json", "--out", "graph.json");
        var first = await File.ReadAllTextAsync(_directory.File("graph.json"));
        var entities = JsonDocument.Parse(first).RootElement.GetProperty("entities").EnumerateArray()
            .Select(e => (Name: e.GetProperty("name").GetString()!, Type: e.GetProperty("type").GetString()!, Aliases: e.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).ToList()))
            .ToList();

        foreach (var (name, type) in new[]
        {
            ("Vladimir Putin", "Person"), ("Oliver Stone", "Person"), ("Democratic National Committee", "Organization"),
            ("WikiLeaks", "Organization"), ("Clinton", "Person"), ("Bernie Sanders", "Person"),
        })
        {
            var matches = entities.Where(e => e.Name.Equals(name, StringComparison.OrdinalIgnoreCase) || e.Aliases.Contains(name, StringComparer.OrdinalIgnoreCase)).ToList();
            matches.Count.ShouldBe(1, $"{name}: {string.Join(", ", matches.Select(m => m.Name + "/" + m.Type))}");
            matches[0].Type.ShouldBe(type, name);
        }

        entities.Single(e => e.Name == "Democratic National Committee").Aliases.ShouldContain("DNC");

        await CliRunner.RunAsync(_directory.Path, "ingest", RepositoryPaths.TassSample);
        await CliRunner.RunAsync(_directory.Path, "export", "--format", "json", "--out", "graph.json");
        (await File.ReadAllTextAsync(_directory.File("graph.json"))).ShouldBe(first);
    }
}
