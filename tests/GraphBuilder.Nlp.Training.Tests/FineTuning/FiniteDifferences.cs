namespace GraphBuilder.Nlp.Training.Tests.FineTuning;

/// <summary>
/// Checks analytic gradients against central finite differences of a scalar loss, element by element (or on an
/// evenly spread sample of a large tensor).
/// </summary>
internal static class FiniteDifferences
{
    public static float[] RandomArray(int length, int seed, float scale = 1f)
    {
        var random = new Random(seed);
        var values = new float[length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = scale * (float)((random.NextDouble() * 2) - 1);
        }

        return values;
    }

    /// <summary>The loss Σ yᵢ·rᵢ, whose gradient with respect to y is r.</summary>
    public static double Project(ReadOnlySpan<float> y, ReadOnlySpan<float> r)
    {
        var sum = 0.0;
        for (var i = 0; i < y.Length; i++)
        {
            sum += (double)y[i] * r[i];
        }

        return sum;
    }

    /// <summary>Asserts that <paramref name="analytic"/> matches the finite differences of <paramref name="loss"/> in each (sampled) element of <paramref name="values"/>.</summary>
    public static void Check(string name, float[] values, ReadOnlySpan<float> analytic, Func<double> loss, int maxChecks = 400, float step = 1e-2f, double tolerance = 2e-2)
    {
        analytic.Length.ShouldBe(values.Length, name);
        var stride = Math.Max(1, values.Length / maxChecks);
        var worst = 0.0;
        for (var i = 0; i < values.Length; i += stride)
        {
            var original = values[i];
            values[i] = original + step;
            var plus = loss();
            values[i] = original - step;
            var minus = loss();
            values[i] = original;
            var numeric = (plus - minus) / (2 * step);
            var error = Math.Abs(numeric - analytic[i]) / (1e-2 + Math.Abs(numeric) + Math.Abs(analytic[i]));
            worst = Math.Max(worst, error);
            error.ShouldBeLessThan(tolerance, $"{name}[{i}]: analytic {analytic[i]}, numeric {numeric}");
        }

        worst.ShouldBeLessThan(tolerance, name);
    }
}
