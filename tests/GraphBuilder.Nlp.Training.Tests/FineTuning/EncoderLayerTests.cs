using GraphBuilder.Nlp.Training.FineTuning;

namespace GraphBuilder.Nlp.Training.Tests.FineTuning;

public sealed class EncoderLayerTests
{
    [Fact]
    public void Backward_InputAndEveryParameter_MatchFiniteDifferences()
    {
        var encoder = BertEncoder.CreateRandom(vocabulary: 20, width: 8, heads: 2, intermediate: 12, layers: 1, positions: 10, seed: 1);
        var layer = encoder.Layers[0];
        var batch = new SequenceBatch([4, 3]);
        var x = FiniteDifferences.RandomArray(batch.Rows * 8, 2);
        var r = FiniteDifferences.RandomArray(batch.Rows * 8, 3);
        double Loss() => FiniteDifferences.Project(layer.Forward(x, batch).Output, r);

        var dx = layer.Backward(layer.Forward(x, batch), r)!;

        FiniteDifferences.Check("x", x, dx, Loss, step: 1e-3f);
        foreach (var parameter in layer.Parameters)
        {
            FiniteDifferences.Check(parameter.Name, parameter.Value, parameter.Gradient, Loss, step: 1e-2f);
        }
    }
}
