using System.Numerics.Tensors;

namespace GraphBuilder.Nlp.Training.FineTuning;

/// <summary>
/// Layer normalisation over the last dimension, <c>y = (x − μ)/σ · γ + β</c> with <c>σ = √(var + ε)</c>, and its
/// backward pass. The forward pass keeps the normalised rows and <c>1/σ</c> for the backward one.
/// </summary>
internal static class LayerNorm
{
    /// <summary>
    /// Normalises each row of <c>x</c> (rows × width) into <c>y</c>; <c>normalized</c> receives <c>(x − μ)/σ</c> and
    /// <c>inverseDeviation</c> receives <c>1/σ</c> of each row.
    /// </summary>
    public static void Forward(ReadOnlySpan<float> x, ReadOnlySpan<float> gamma, ReadOnlySpan<float> beta, float epsilon, int rows, Span<float> y, Span<float> normalized, Span<float> inverseDeviation)
    {
        var width = gamma.Length;
        for (var r = 0; r < rows; r++)
        {
            var row = x.Slice(r * width, width);
            var mean = TensorPrimitives.Sum(row) / width;
            var n = normalized.Slice(r * width, width);
            TensorPrimitives.Subtract(row, mean, n);
            var variance = TensorPrimitives.SumOfSquares(n) / width;
            var inverse = 1f / MathF.Sqrt(variance + epsilon);
            inverseDeviation[r] = inverse;
            TensorPrimitives.Multiply(n, inverse, n);
            TensorPrimitives.FusedMultiplyAdd(n, gamma, beta, y.Slice(r * width, width));
        }
    }

    /// <summary>
    /// Computes <c>dx</c> from <c>dy</c> and adds the gradients of γ and β:
    /// <c>dx = (1/σ)·(g − mean(g) − x̂·mean(g·x̂))</c> with <c>g = dy·γ</c>.
    /// </summary>
    public static void Backward(ReadOnlySpan<float> dy, ReadOnlySpan<float> normalized, ReadOnlySpan<float> inverseDeviation, ReadOnlySpan<float> gamma, int rows, Span<float> dx, Span<float> gammaGradient, Span<float> betaGradient)
    {
        var width = gamma.Length;
        Span<float> g = width <= 2048 ? stackalloc float[width] : new float[width];
        Span<float> product = width <= 2048 ? stackalloc float[width] : new float[width];
        for (var r = 0; r < rows; r++)
        {
            var d = dy.Slice(r * width, width);
            var n = normalized.Slice(r * width, width);
            TensorPrimitives.Multiply(d, n, product);
            TensorPrimitives.Add(gammaGradient, product, gammaGradient);
            TensorPrimitives.Add(betaGradient, d, betaGradient);
            TensorPrimitives.Multiply(d, gamma, g);
            var meanG = TensorPrimitives.Sum(g) / width;
            var meanGn = TensorPrimitives.Dot(g, n) / width;
            var target = dx.Slice(r * width, width);
            var inverse = inverseDeviation[r];
            for (var k = 0; k < width; k++)
            {
                target[k] = inverse * (g[k] - meanG - (n[k] * meanGn));
            }
        }
    }
}
