using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Embeddings;
using GraphBuilder.Nlp.Models;
using GraphBuilder.Nlp.Relations;
using GraphBuilder.Nlp.Training.Corpora;
using GraphBuilder.Nlp.Training.Evaluation;
using GraphBuilder.Nlp.Training.Learning;
using GraphBuilder.Nlp.Training.Relations;

namespace GraphBuilder.Nlp.Training.Tests.Relations;

public sealed class RelationClassifierTests
{
    private const string Corpus = """
        [
          {"tokens": ["Ann", "Lee", "works", "for", "Acme", "Corp", "."], "entities": [{"type": "Peop", "start": 0, "end": 2}, {"type": "Org", "start": 4, "end": 6}], "relations": [{"type": "Work_For", "head": 0, "tail": 1}]},
          {"tokens": ["Tom", "Barr", "lives", "in", "Port", "Elena", "."], "entities": [{"type": "Peop", "start": 0, "end": 2}, {"type": "Loc", "start": 4, "end": 6}], "relations": [{"type": "Live_In", "head": 0, "tail": 1}]},
          {"tokens": ["Tom", "Barr", "visited", "Port", "Elena", "once", "."], "entities": [{"type": "Peop", "start": 0, "end": 2}, {"type": "Loc", "start": 3, "end": 5}], "relations": []}
        ]
        """;

    [Fact]
    public void Read_SpertJson_GivesTokensEntitiesAndRelations()
    {
        var sentences = Read(Corpus);

        sentences.Count.ShouldBe(3);
        sentences[0].Entities[1].ShouldBe(new Conll04Entity("Org", 4, 6));
        sentences[0].Relations.ShouldHaveSingleItem().ShouldBe(new Conll04Relation("Work_For", 0, 1));
        sentences[0].EntityTags().ShouldBe(["B-Peop", "I-Peop", "O", "O", "B-Org", "I-Org", "O"]);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("[{\"tokens\": [\"a\"], \"entities\": [{\"type\": \"Peop\", \"start\": 0, \"end\": 3}]}]")]
    [InlineData("[{\"tokens\": [\"a\"], \"entities\": [], \"relations\": [{\"type\": \"Kill\", \"head\": 0, \"tail\": 1}]}]")]
    [InlineData("not json")]
    public void Read_MalformedCorpus_ThrowsNamingTheSource(string json)
    {
        var error = Should.Throw<InvalidDataException>(() => Read(json));

        error.Message.ShouldContain("test.json");
    }

    [Fact]
    public void AddRelations_WrongArgumentSpan_DoesNotCountAsCorrect()
    {
        var scorer = new RelationScorer();
        var gold = new StrictRelation(0, 2, "Peop", 4, 6, "Org", "Work_For");

        scorer.AddRelations([gold], [gold with { TailEnd = 5 }]);
        scorer.AddRelations([gold], [gold]);

        scorer.Micro.ShouldBe(new Score(2, 2, 1));
        scorer.RelationsByType["Work_For"].F1.ShouldBe(0.5);
    }

    [Fact]
    public void MacroF1_TwoTypes_IsTheMeanOfTheirF1()
    {
        var scorer = new RelationScorer();
        var work = new StrictRelation(0, 1, "Peop", 2, 3, "Org", "Work_For");
        var kill = new StrictRelation(0, 1, "Peop", 2, 3, "Peop", "Kill");

        scorer.AddRelations([work, kill], [work]);

        scorer.MacroF1.ShouldBe(0.5);
        scorer.Micro.F1.ShouldBe(2 * 1.0 * 0.5 / 1.5, 1e-9);
    }

    [Fact]
    public void Fit_OverconfidentProbabilities_PullsThemTowardsTheObservedRate()
    {
        // Half of the relations given 0.9 are right, all of those given 0.99.
        var samples = new List<(double, double, bool)>();
        for (var i = 0; i < 200; i++)
        {
            samples.Add((0.9, 1.0, i % 2 == 0));
            samples.Add((0.99, 1.0, true));
        }

        var calibration = RelationCalibration.Fit(samples);

        calibration.Apply(0.9, 1.0).ShouldBeInRange(0.4, 0.62);
        calibration.Apply(0.99, 1.0).ShouldBeGreaterThan(0.9);
    }

    [Fact]
    public void Fit_TooFewOutcomes_IsTheIdentity()
    {
        RelationCalibration.Fit([(0.8, 1.0, true), (0.7, 1.0, false)]).ShouldBe(RelationCalibration.Identity);
    }

    [Fact]
    public void Train_TinyCorpus_LearnsTheStatedRelationsAndNotTheVisit()
    {
        var examples = Read(Corpus).Select(s => Conll04Examples.FromGold(s)).ToArray();

        var model = RelationTrainer.Train(examples, examples, new TrainingSettings { Epochs = 5 });

        RelationTrainer.Evaluate(model, examples).Micro.F1.ShouldBe(1.0);
    }

    [Fact]
    public void SaveLoad_TrainedModel_PredictsTheSame()
    {
        var examples = Read(Corpus).Select(s => Conll04Examples.FromGold(s)).ToArray();
        var model = RelationTrainer.Train(examples, examples, new TrainingSettings { Epochs = 3 }).WithCalibration(new RelationCalibration(0.5, 1, 0.1));
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;

        var loaded = RelationModel.Load(stream);

        loaded.Calibration.ShouldBe(model.Calibration);
        loaded.Predict(examples[0].Sentence).ShouldBe(model.Predict(examples[0].Sentence));
    }

    [Theory]
    [InlineData("relations-conll04-fast")]
    [InlineData("relations-conll04")]
    public void Predict_ShippedModel_FindsWorkForInANewsSentence(string name)
    {
        using var stream = new EmbeddedModelStore().Open(new ModelKey("en", name, "1"));
        var model = RelationModel.Load(stream);
        string[] tokens = ["Maria", "Alvarez", ",", "a", "spokeswoman", "for", "Northwind", "Energy", ",", "declined", "to", "comment", "."];
        var sentence = new RelationSentence(tokens, null, [new RelationArgument(0, 2, "Peop"), new RelationArgument(6, 8, "Org")]);
        if (model.ContextualLayer > 0)
        {
            using var vectors = new DocumentVectors();
            var document = new Document(string.Join(' ', tokens)) { Vectors = vectors };
            var offset = 0;
            document.SetTokens([.. tokens.Select((t, i) => { var token = new Token(i, new TextSpan(offset, offset + t.Length)); offset += t.Length + 1; return token; })]);
            document.SetSentences([new Sentence(0, new TextSpan(0, document.Text.Length), 0, tokens.Length)]);
            sentence = sentence with { Vectors = model.Encode(document, 0) };
        }

        var relation = model.Predict(sentence).ShouldHaveSingleItem();

        relation.ShouldSatisfyAllConditions(
            () => relation.Type.ShouldBe("Work_For"),
            () => relation.Head.ShouldBe(0),
            () => relation.Tail.ShouldBe(1),
            () => relation.Confidence.ShouldBeInRange(0.5, 1.0));
    }

    private static IReadOnlyList<Conll04Sentence> Read(string json)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return Conll04Reader.Read(stream, "test.json");
    }
}
