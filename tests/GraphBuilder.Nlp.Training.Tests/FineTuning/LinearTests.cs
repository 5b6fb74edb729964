using GraphBuilder.Nlp.Training.FineTuning;

namespace GraphBuilder.Nlp.Training.Tests.FineTuning;

public sealed class LinearTests
{
    [Fact]
    public void Backward_InputWeightAndBias_MatchFiniteDifferences()
    {
        const int rows = 7;
        var linear = new Linear(new Parameter("w", FiniteDifferences.RandomArray(5 * 9, 1), 5, 9), new Parameter("b", FiniteDifferences.RandomArray(9, 2), 9));
        var x = FiniteDifferences.RandomArray(rows * 5, 3);
        var r = FiniteDifferences.RandomArray(rows * 9, 4);
        var y = new float[rows * 9];
        double Loss()
        {
            linear.Forward(x, rows, y);
            return FiniteDifferences.Project(y, r);
        }

        var dx = new float[rows * 5];
        linear.Backward(x, r, rows, dx);

        FiniteDifferences.Check("x", x, dx, Loss);
        FiniteDifferences.Check("w", linear.Weight.Value, linear.Weight.Gradient, Loss);
        FiniteDifferences.Check("b", linear.Bias.Value, linear.Bias.Gradient, Loss);
    }
}
