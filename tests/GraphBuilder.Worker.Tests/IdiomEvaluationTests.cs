using GraphBuilder.Graph.Model;
using GraphBuilder.Lab.Idioms;
using GraphBuilder.Testing.Cli;
using GraphBuilder.Testing.Files;

namespace GraphBuilder.Worker.Tests;

public sealed class IdiomEvaluationTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Read_GoldLines_ParsesSplitsAndTriplesAndSkipsComments()
    {
        var sentences = IdiomGoldReader.Read(
        [
            "# a comment",
            "dev\tsupported\tAnn Lee thanked Tom Barr.\tAnn Lee > SUPPORTED > Tom Barr",
            "test\tneg\tAnn Lee met reporters.\t-",
        ]);

        sentences.Count.ShouldBe(2);
        sentences[0].Expected.ShouldBe([new IdiomTriple("Ann Lee", RelationKind.Supported, "Tom Barr")]);
        sentences[1].Split.ShouldBe("test");
        sentences[1].Expected.ShouldBeEmpty();
    }

    [Fact]
    public void Read_UnknownRelation_ThrowsNamingTheLine()
    {
        var error = Should.Throw<FormatException>(() => IdiomGoldReader.Read(["dev\tx\tAnn Lee likes Tom Barr.\tAnn Lee > LIKES > Tom Barr"]));

        error.Message.ShouldContain("line 1");
    }

    [Fact]
    public void Add_SymmetricRelationReversedAndOneBelowThreshold_CountsOneRightAndIgnoresTheWeak()
    {
        var sentence = new IdiomSentence(1, "dev", "met", "Ann Lee and Tom Barr met.", [new IdiomTriple("Ann Lee", RelationKind.Met, "Tom Barr")]);
        var scorer = new IdiomScorer(0.5);

        scorer.Add(sentence,
        [
            new IdiomPrediction(["Tom Barr"], RelationKind.Met, ["Ann Lee"], 0.7, "p"),
            new IdiomPrediction(["Ann Lee"], RelationKind.Killed, ["Tom Barr"], 0.4, "c"),
        ]);

        scorer.Overall.ShouldBe(new(1, 1, 1));
        scorer.Errors.ShouldBeEmpty();
    }

    [Fact]
    public void Add_EmploymentOfAGoldHeadAndAWrongRelation_IgnoresTheFirstAndCountsTheSecondSpurious()
    {
        var sentence = new IdiomSentence(3, "test", "leads", "Microsoft's chief executive Satya Nadella spoke.", [new IdiomTriple("Satya Nadella", RelationKind.Leads, "Microsoft")]);
        var scorer = new IdiomScorer(0.5);

        scorer.Add(sentence,
        [
            new IdiomPrediction(["Satya Nadella"], RelationKind.WorksFor, ["Microsoft"], 0.9, "c"),
            new IdiomPrediction(["Satya Nadella"], RelationKind.LivesIn, ["Microsoft"], 0.6, "c"),
        ]);

        scorer.Overall.ShouldBe(new(1, 1, 0));
        scorer.Errors.Select(e => e.Error.Split(' ')[0]).ShouldBe(["spurious", "missed"]);
    }

    [Fact]
    public async Task EvaluateIdioms_GoldFile_PrintsPerTypeLinesThenTheScoreLine()
    {
        var gold = Path.Combine(_directory.Path, "gold.tsv");
        await File.WriteAllLinesAsync(gold,
        [
            "dev\tcriticized\tSenator Ruth Avila called on Mayor Grace Okafor to resign.\tRuth Avila > CRITICIZED > Grace Okafor",
            "test\tneg\tTomas Reyes met reporters after the vote.\t-",
        ]);

        var (exitCode, output, error) = await CliRunner.RunAsync(_directory.Path, "evaluate", "idioms", gold, "--split", "dev", "--profile", "fast");

        exitCode.ShouldBe(0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines[0].ShouldStartWith("sentences 1 (dev), gold relations 1");
        lines.ShouldContain(line => line.StartsWith("CRITICIZED ", StringComparison.Ordinal));
        lines[^1].ShouldMatch(@"^idioms dev precision \d+\.\d\d recall \d+\.\d\d F1 \d+\.\d\d$");
    }
}
