using GraphBuilder.Nlp.Training.FineTuning;

namespace GraphBuilder.Nlp.Training.Tests.FineTuning;

public sealed class GeluTests
{
    [Theory]
    [InlineData(0.1, 0.1124629160)]
    [InlineData(0.5, 0.5204998778)]
    [InlineData(1.0, 0.8427007929)]
    [InlineData(2.0, 0.9953222650)]
    [InlineData(-1.5, -0.9661051465)]
    public void Erf_KnownValues_AreAccurateToFloatPrecision(double x, double expected)
    {
        Gelu.Erf(x).ShouldBe(expected, 2e-7);
    }

    [Fact]
    public void Backward_RandomInputs_MatchesFiniteDifferences()
    {
        var x = FiniteDifferences.RandomArray(200, 1, scale: 4);
        var r = FiniteDifferences.RandomArray(200, 2);
        var y = new float[200];
        double Loss()
        {
            Gelu.Forward(x, y);
            return FiniteDifferences.Project(y, r);
        }

        var dx = new float[200];
        Gelu.Backward(x, r, dx);

        FiniteDifferences.Check("x", x, dx, Loss, step: 1e-3f);
    }

    [Fact]
    public void Forward_VectorisedErf_MatchesTheDoubleReference()
    {
        var x = FiniteDifferences.RandomArray(1001, 3, scale: 6);
        var y = new float[x.Length];

        Gelu.Forward(x, y);

        for (var i = 0; i < x.Length; i++)
        {
            var expected = 0.5 * x[i] * (1 + Gelu.Erf(x[i] / Math.Sqrt(2)));
            ((double)y[i]).ShouldBe(expected, 1e-6 + (1e-6 * Math.Abs(expected)));
        }
    }
}
