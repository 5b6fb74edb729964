using GraphBuilder.Nlp.Training.FineTuning;

namespace GraphBuilder.Nlp.Training.Tests.FineTuning;

public sealed class AdamWTests
{
    [Fact]
    public void Step_QuadraticLoss_MovesTowardsTheMinimum()
    {
        var weight = new Parameter("w", [3f, -2f], 1, 2);
        var optimizer = new AdamW([weight], weightDecay: 0);

        for (var i = 0; i < 500; i++)
        {
            weight.Gradient[0] = 2 * weight.Value[0];
            weight.Gradient[1] = 2 * weight.Value[1];
            optimizer.Step(0.05f);
        }

        Math.Abs(weight.Value[0]).ShouldBeLessThan(0.05f);
        Math.Abs(weight.Value[1]).ShouldBeLessThan(0.05f);
    }

    [Fact]
    public void Step_FrozenParameter_IsNotChanged()
    {
        var frozen = new Parameter("f", [1f], 1) { Trainable = false };
        frozen.Gradient[0] = 5;

        new AdamW([frozen]).Step(0.1f);

        frozen.Value[0].ShouldBe(1f);
    }

    [Fact]
    public void Step_LargeGradient_IsClippedToTheNormLimit()
    {
        var weight = new Parameter("w", [0f, 0f], 1, 2);
        weight.Gradient[0] = 300;
        weight.Gradient[1] = 400;

        var norm = new AdamW([weight], weightDecay: 0, clipNorm: 1).Step(0.1f);

        norm.ShouldBe(500f, 1e-3f);
        weight.Value[0].ShouldBe(-0.1f, 1e-4f);
    }
}
