using GraphBuilder.Nlp.Training.FineTuning;

namespace GraphBuilder.Nlp.Training.Tests.FineTuning;

public sealed class BertEncoderTests
{
    [Fact]
    public void Backward_EmbeddingsAndTwoLayers_EveryParameterMatchesFiniteDifferences()
    {
        var encoder = BertEncoder.CreateRandom(vocabulary: 12, width: 8, heads: 2, intermediate: 12, layers: 2, positions: 6, seed: 1);
        encoder.Embeddings.Words.TouchedRows = [];
        var batch = new SequenceBatch([4, 5]);
        int[] ids = [1, 5, 5, 2, 1, 7, 3, 11, 2];
        var r = FiniteDifferences.RandomArray(batch.Rows * 8, 3);
        double Loss() => FiniteDifferences.Project(encoder.Forward(ids, batch).Layers[^1].Output, r);

        var (embedding, layers) = encoder.Forward(ids, batch);
        encoder.Backward(layers, r, embedding);

        encoder.Embeddings.Words.TouchedRows.ShouldBe([1, 2, 3, 5, 7, 11], ignoreOrder: true);
        foreach (var parameter in encoder.Parameters)
        {
            FiniteDifferences.Check(parameter.Name, parameter.Value, parameter.Gradient, Loss, step: 1e-2f);
        }
    }

    [Fact]
    public void Backward_TopLayerOnly_LeavesLowerLayersWithoutGradient()
    {
        var encoder = BertEncoder.CreateRandom(vocabulary: 12, width: 8, heads: 2, intermediate: 12, layers: 2, positions: 6, seed: 1);
        var batch = new SequenceBatch([4]);
        var (embedding, layers) = encoder.Forward([1, 2, 3, 4], batch);

        encoder.Backward(layers[1..], FiniteDifferences.RandomArray(4 * 8, 2));

        encoder.Layers[0].Parameters.ShouldAllBe(p => p.Gradient.All(g => g == 0));
        encoder.Embeddings.Parameters.ShouldAllBe(p => p.Gradient.All(g => g == 0));
        encoder.Layers[1].Query.Weight.Gradient.ShouldContain(g => g != 0);
        embedding.Output.Length.ShouldBe(32);
    }

    [Fact]
    public void ZeroGradients_AfterBackward_ClearsEveryGradient()
    {
        var encoder = BertEncoder.CreateRandom(vocabulary: 12, width: 8, heads: 2, intermediate: 12, layers: 1, positions: 6, seed: 1);
        encoder.Embeddings.Words.TouchedRows = [];
        var batch = new SequenceBatch([3]);
        var (embedding, layers) = encoder.Forward([1, 2, 3], batch);
        encoder.Backward(layers, FiniteDifferences.RandomArray(24, 2), embedding);

        encoder.ZeroGradients();

        encoder.Parameters.ShouldAllBe(p => p.Gradient.All(g => g == 0));
        encoder.Embeddings.Words.TouchedRows.ShouldBeEmpty();
    }
}
