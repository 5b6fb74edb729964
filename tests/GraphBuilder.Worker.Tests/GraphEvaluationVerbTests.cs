using GraphBuilder.Testing.Cli;
using GraphBuilder.Testing.Files;

namespace GraphBuilder.Worker.Tests;

public sealed class GraphEvaluationVerbTests : IDisposable
{
    // Two documents written for the test, in GUM's CoNLL-U with CorefUD entity marks; both name Merkel and Paris.
    private const string First = """
        # newdoc id = test_visit
        # meta::title = Angela Merkel visited Paris
        # newpar
        # text = Angela Merkel visited Paris.
        1	Angela	Angela	PROPN	NNP	_	2	compound	_	Entity=(1-person-new-sssss-cf1-1-coref-Angela_Merkel
        2	Merkel	Merkel	PROPN	NNP	_	3	nsubj	_	Entity=1)
        3	visited	visit	VERB	VBD	_	0	root	_	_
        4	Paris	Paris	PROPN	NNP	_	3	obj	_	Entity=(2-place-new-sssss-cf2-1-sgl-Paris)|SpaceAfter=No
        5	.	.	PUNCT	.	_	3	punct	_	_

        """;

    private const string Second = """
        # newdoc id = test_meeting
        # meta::title = Angela Merkel met Emmanuel Macron in Paris
        # newpar
        # text = Angela Merkel met Emmanuel Macron in Paris.
        1	Angela	Angela	PROPN	NNP	_	2	compound	_	Entity=(1-person-new-sssss-cf1-1-coref-Angela_Merkel
        2	Merkel	Merkel	PROPN	NNP	_	3	nsubj	_	Entity=1)
        3	met	meet	VERB	VBD	_	0	root	_	_
        4	Emmanuel	Emmanuel	PROPN	NNP	_	5	compound	_	Entity=(3-person-new-sssss-cf3-1-sgl-Emmanuel_Macron
        5	Macron	Macron	PROPN	NNP	_	3	obj	_	Entity=3)
        6	in	in	ADP	IN	_	7	case	_	_
        7	Paris	Paris	PROPN	NNP	_	3	obl	_	Entity=(2-place-new-sssss-cf2-1-sgl-Paris)|SpaceAfter=No
        8	.	.	PUNCT	.	_	3	punct	_	_

        """;

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task EvaluateGraph_TwoDocuments_PrintsTheCountsThenTheScoreLine()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_directory.Path, "gum")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "a.conllu"), First);
        await File.WriteAllTextAsync(Path.Combine(folder, "b.conllu"), Second);
        var store = Path.Combine(_directory.Path, "kept.db");
        var details = Path.Combine(_directory.Path, "details.tsv");

        var (exitCode, output, error) = await CliRunner.RunAsync(_directory.Path, "evaluate", "graph", folder, "--profile", "fast", "--store", store, "--details", details);

        exitCode.ShouldBe(0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.ShouldContain(line => line.StartsWith("documents 2, ingested 2, duplicates 0, failed 0", StringComparison.Ordinal));
        lines.ShouldContain(line => line.StartsWith("gold entities 5:", StringComparison.Ordinal));
        lines.ShouldContain(line => line.StartsWith("identities named in two or more documents 2,", StringComparison.Ordinal));
        lines[^1].ShouldMatch(@"^graph found \d+\.\d\d exact \d+\.\d\d cross-document \d+/\d+$");
        File.Exists(store).ShouldBeTrue();
        var report = await File.ReadAllLinesAsync(details);
        report.Count(line => line.StartsWith("entity\t", StringComparison.Ordinal)).ShouldBe(5);
        report.Count(line => line.StartsWith("identity\t", StringComparison.Ordinal)).ShouldBe(2);
    }

    [Fact]
    public async Task EvaluateGraph_FolderWithoutDocuments_FailsAsBadInput()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync(_directory.Path, "evaluate", "graph", _directory.Path, "--profile", "fast");

        exitCode.ShouldBe(2);
        error.ShouldContain("no .conllu documents");
    }
}
