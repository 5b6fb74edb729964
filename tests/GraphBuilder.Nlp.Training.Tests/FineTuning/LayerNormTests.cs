using GraphBuilder.Nlp.Training.FineTuning;

namespace GraphBuilder.Nlp.Training.Tests.FineTuning;

public sealed class LayerNormTests
{
    [Fact]
    public void Forward_Row_HasZeroMeanAndUnitVarianceBeforeScaling()
    {
        float[] x = [1, 2, 3, 4];
        var y = new float[4];

        LayerNorm.Forward(x, [1, 1, 1, 1], [0, 0, 0, 0], 1e-12f, 1, y, new float[4], new float[1]);

        y.Sum().ShouldBe(0, 1e-5);
        y.Select(v => v * v).Sum().ShouldBe(4, 1e-4);
    }

    [Fact]
    public void Backward_InputScaleAndShift_MatchFiniteDifferences()
    {
        const int rows = 3;
        const int width = 10;
        var x = FiniteDifferences.RandomArray(rows * width, 1, scale: 2);
        var gamma = FiniteDifferences.RandomArray(width, 2);
        var beta = FiniteDifferences.RandomArray(width, 3);
        var r = FiniteDifferences.RandomArray(rows * width, 4);
        var y = new float[rows * width];
        var normalized = new float[rows * width];
        var inverse = new float[rows];
        double Loss()
        {
            LayerNorm.Forward(x, gamma, beta, 1e-5f, rows, y, normalized, inverse);
            return FiniteDifferences.Project(y, r);
        }

        Loss();
        var dx = new float[rows * width];
        var dGamma = new float[width];
        var dBeta = new float[width];
        LayerNorm.Backward(r, normalized, inverse, gamma, rows, dx, dGamma, dBeta);

        FiniteDifferences.Check("x", x, dx, Loss, step: 1e-3f);
        FiniteDifferences.Check("gamma", gamma, dGamma, Loss);
        FiniteDifferences.Check("beta", beta, dBeta, Loss);
    }
}
