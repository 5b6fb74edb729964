using GraphBuilder.Nlp.Training.FineTuning;

namespace GraphBuilder.Nlp.Training.Tests.FineTuning;

public sealed class OnnxWeightWriterTests
{
    [Fact]
    public void Replace_QueryWeightOfLayerOne_ReadsBackTheNewValuesAndLeavesTheOthers()
    {
        var source = MiniLmSource.LoadModel();
        var named = OnnxInitializers.ReadNamed(source);
        var query = named["encoder.layer.0.attention.self.query.weight"];
        var values = query.Values.Select(v => v + 1).ToArray();

        var written = OnnxWeightWriter.Replace(source, new Dictionary<string, float[]> { [query.Source] = values });

        var read = OnnxInitializers.Read(written);
        read["encoder.layer.0.attention.self.query.weight"].Values.ShouldBe(values);
        read["encoder.layer.0.attention.self.key.weight"].Values.ShouldBe(named["encoder.layer.0.attention.self.key.weight"].Values);
        written.Length.ShouldBe(source.Length);
    }

    [Fact]
    public void Read_MiniLm_NamesEveryMatMulWeightAfterItsBias()
    {
        var named = OnnxInitializers.Read(MiniLmSource.LoadModel());

        named["encoder.layer.2.intermediate.dense.weight"].Shape.ShouldBe([384, 1536]);
        named["encoder.layer.5.output.dense.weight"].Shape.ShouldBe([1536, 384]);
        named["embeddings.word_embeddings.weight"].Shape.ShouldBe([30522, 384]);
    }
}
