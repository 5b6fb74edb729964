using System.Text.Json;
using GraphBuilder.Testing.Cli;
using GraphBuilder.Testing.Files;

namespace GraphBuilder.Worker.Tests;

public sealed class EndToEndTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Ingest_ProjectSampleArticles_ExportsTheJsonContract()
    {
        var (exitCode, output, error) = await CliRunner.RunAsync(_directory.Path, "ingest", RepositoryPaths.SampleArticles);

        exitCode.ShouldBe(0, error);
        output.ShouldContain("Ingested 5 of 5 inputs");
        File.Exists(_directory.File("graphbuilder.db")).ShouldBeTrue();

        var json = await ExportJsonAsync();
        var root = json.RootElement;
        root.GetProperty("articles").GetArrayLength().ShouldBe(5);
        var entities = root.GetProperty("entities").EnumerateArray().ToList();
        var alvarez = entities.Where(e => e.GetProperty("name").GetString() == "Maria Alvarez").ShouldHaveSingleItem();
        alvarez.GetProperty("type").GetString().ShouldBe("Person");
        alvarez.GetProperty("mentions").GetInt32().ShouldBeGreaterThanOrEqualTo(5);
        var agency = entities.Where(e => e.GetProperty("name").GetString() == "National Energy Agency").ShouldHaveSingleItem();
        agency.GetProperty("type").GetString().ShouldBe("Organization");
        agency.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).ShouldContain("NEA");
        entities.ShouldAllBe(e => e.GetProperty("id").GetString()!.Contains(':'));
        foreach (var relation in root.GetProperty("relations").EnumerateArray())
        {
            relation.GetProperty("confidence").GetDouble().ShouldBeInRange(0, 1);
            relation.GetProperty("evidence").GetArrayLength().ShouldBeGreaterThan(0);
        }
    }

    [Fact]
    public async Task Ingest_SameArticlesTwice_ChangesNothingInTheExport()
    {
        await CliRunner.RunAsync(_directory.Path, "ingest", RepositoryPaths.SampleArticles);
        var first = await ExportTextAsync();

        var (exitCode, output, _) = await CliRunner.RunAsync(_directory.Path, "ingest", RepositoryPaths.SampleArticles);

        exitCode.ShouldBe(0);
        output.ShouldContain("(5 unchanged");
        (await ExportTextAsync()).ShouldBe(first);
    }

    [Fact]
    public async Task Ingest_FolderWithBadFiles_IngestsTheGoodAndNamesEachBadOne()
    {
        var folder = _directory.File("mixed");
        foreach (var file in Directory.GetFiles(RepositoryPaths.SampleArticles))
        {
            Directory.CreateDirectory(folder);
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        _directory.Write("mixed/photo.txt", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46]);
        _directory.Write("mixed/empty.md", string.Empty);
        _directory.Write("mixed/latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x20, 0x6E, 0x65, 0x77, 0x73, 0x20, 0x66, 0x72, 0x6F, 0x6D, 0x20, 0x48, 0x61, 0x72, 0x62, 0x6F, 0x72, 0x20, 0x43, 0x69, 0x74, 0x79]);

        var (exitCode, output, error) = await CliRunner.RunAsync(_directory.Path, "ingest", folder, "--store", "mixed.db");

        exitCode.ShouldBe(3);
        output.ShouldContain("Ingested 5 of 8 inputs");
        output.ShouldContain("3 failed");
        error.ShouldContain("photo.txt: binary content");
        error.ShouldContain("empty.md: file is empty");
        error.ShouldContain("latin1.txt: invalid UTF-8 at byte 3");
        var (_, ledger, _) = await CliRunner.RunAsync(_directory.Path, "ledger", "--status", "failed", "--store", "mixed.db");
        ledger.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(3);
    }

    [Fact]
    public async Task Ingest_MissingPath_FailsWithOneLineNamingIt()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync(_directory.Path, "ingest", "no-such-folder");

        exitCode.ShouldBe(2);
        error.Trim().ShouldBe("error: 'no-such-folder' does not exist");
    }

    [Fact]
    public async Task Export_StoreMissing_FailsNamingTheStore()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync(_directory.Path, "export", "--format", "json", "--out", "g.json", "--store", "absent.db");

        exitCode.ShouldBe(2);
        error.ShouldContain("absent.db' does not exist");
    }

    [Fact]
    public async Task Export_UnknownFormat_IsRejected()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync(_directory.Path, "export", "--format", "pdf", "--out", "g.pdf");

        exitCode.ShouldNotBe(0);
        error.ShouldContain("pdf");
    }

    [Fact]
    public async Task Ingest_UnknownOption_IsRejected()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync(_directory.Path, "ingest", RepositoryPaths.SampleArticles, "--frobnicate");

        exitCode.ShouldNotBe(0);
        error.ShouldContain("--frobnicate");
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("export")]
    [InlineData("stats")]
    [InlineData("ledger")]
    [InlineData("run")]
    [InlineData("sync")]
    [InlineData("explain")]
    [InlineData("status")]
    [InlineData("train")]
    [InlineData("evaluate")]
    [InlineData("benchmark")]
    public async Task Help_EveryVerb_PrintsUsage(string verb)
    {
        var (exitCode, output, _) = await CliRunner.RunAsync(_directory.Path, verb, "--help");

        exitCode.ShouldBe(0);
        output.ShouldContain("Usage:");
        output.ShouldContain(verb);
    }

    [Fact]
    public async Task Stats_AfterIngest_ListsMostMentioned()
    {
        await CliRunner.RunAsync(_directory.Path, "ingest", RepositoryPaths.SampleArticles);

        var (exitCode, output, _) = await CliRunner.RunAsync(_directory.Path, "stats", "--top", "3");

        exitCode.ShouldBe(0);
        output.ShouldContain("Articles:    5");
        output.ShouldContain("Most mentioned:");
    }

    [Fact]
    public async Task Export_AllFormats_WriteTheirFiles()
    {
        await CliRunner.RunAsync(_directory.Path, "ingest", RepositoryPaths.SampleArticles);

        foreach (var (format, output) in new[] { ("cypher", "g.cypher"), ("graphml", "g.graphml"), ("csv", "csv") })
        {
            var (exitCode, _, error) = await CliRunner.RunAsync(_directory.Path, "export", "--format", format, "--out", output);
            exitCode.ShouldBe(0, error);
        }

        File.ReadAllText(_directory.File("g.cypher")).ShouldContain("MERGE (e:Entity {id: 'person:maria-alvarez'})");
        System.Xml.Linq.XDocument.Load(_directory.File("g.graphml")).Root!.Name.LocalName.ShouldBe("graphml");
        File.Exists(_directory.File("csv/entities.csv")).ShouldBeTrue();
    }

    [Fact]
    public async Task Explain_AcronymOfAnEntity_ShowsItsAliasesMentionsAndMerges()
    {
        await CliRunner.RunAsync(_directory.Path, "ingest", RepositoryPaths.SampleArticles);

        var (exitCode, output, error) = await CliRunner.RunAsync(_directory.Path, "explain", "NEA");

        exitCode.ShouldBe(0, error);
        output.ShouldStartWith("National Energy Agency  (Organization, organization:national-energy-agency)");
        output.ShouldContain("aliases:   NEA");
        output.ShouldContain("Why these names are one entity:");
        output.ShouldContain("[acronym] 'NEA' is the acronym an article gave 'National Energy Agency'");
        output.ShouldContain("Mentions:");
    }

    [Fact]
    public async Task Explain_UnknownName_FailsNamingIt()
    {
        await CliRunner.RunAsync(_directory.Path, "ingest", RepositoryPaths.SampleArticles);

        var (exitCode, _, error) = await CliRunner.RunAsync(_directory.Path, "explain", "Nobody Special");

        exitCode.ShouldBe(2);
        error.ShouldContain("no entity is named 'Nobody Special'");
    }

    private async Task<JsonDocument> ExportJsonAsync() => JsonDocument.Parse(await ExportTextAsync());

    private async Task<string> ExportTextAsync()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync(_directory.Path, "export", "--format", "json", "--out", "graph.json");
        exitCode.ShouldBe(0, error);
        return await File.ReadAllTextAsync(_directory.File("graph.json"));
    }
}
