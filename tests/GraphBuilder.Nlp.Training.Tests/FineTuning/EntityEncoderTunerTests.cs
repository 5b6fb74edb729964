using GraphBuilder.Nlp.Training.Corpora;
using GraphBuilder.Nlp.Training.FineTuning;

namespace GraphBuilder.Nlp.Training.Tests.FineTuning;

public sealed class EntityEncoderTunerTests
{
    [Theory]
    [InlineData(0, 1e-4f / 10)]
    [InlineData(9, 1e-4f)]
    [InlineData(10, 1e-4f)]
    [InlineData(55, 1e-4f / 2)]
    [InlineData(100, 0f)]
    public void Rate_WarmupThenLinearDecay_GivesTheScheduledRate(int step, float expected)
    {
        EntityEncoderTuner.Rate(1e-4, step, warmup: 10, total: 100).ShouldBe(expected, 1e-9f);
    }

    [Fact]
    public void Train_TinyCorpusTwice_GivesTheSameEncoderAndScore()
    {
        var documents = Corpus();
        var settings = new EncoderTuningSettings { Epochs = 2, TunedLayers = 1, EncoderRate = 1e-4, UseLexicon = false };

        var first = EntityEncoderTuner.Train(documents, documents, settings);
        var second = EntityEncoderTuner.Train(documents, documents, settings);

        first.DevF1.ShouldBe(second.DevF1);
        first.DevF1.ShouldBeGreaterThan(0.5);
        first.Tuned.Keys.ShouldAllBe(k => k.StartsWith("encoder.layer.2.", StringComparison.Ordinal));
        foreach (var (name, values) in first.Tuned)
        {
            second.Tuned[name].ShouldBe(values);
        }
    }

    private static IReadOnlyList<ConllDocument> Corpus()
    {
        const string text = """
            -DOCSTART- -X- -X- O

            Laura NNP B-NP B-PER
            Bennett NNP I-NP I-PER
            visited VBD B-VP O
            Glasgow NNP B-NP B-LOC
            . . O O

            Shares NNS B-NP O
            of IN B-PP O
            Acme NNP B-NP B-ORG
            Holdings NNP I-NP I-ORG
            fell VBD B-VP O
            . . O O

            -DOCSTART- -X- -X- O

            Peter NNP B-NP B-PER
            Park NNP I-NP I-PER
            met VBD B-VP O
            bankers NNS B-NP O
            in IN B-PP O
            London NNP B-NP B-LOC
            . . O O

            """;
        return ConllReader.Read(new StringReader(text), "tiny");
    }
}
