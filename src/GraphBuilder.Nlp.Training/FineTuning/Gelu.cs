using System.Runtime.Intrinsics;

namespace GraphBuilder.Nlp.Training.FineTuning;

/// <summary>
/// The exact (erf) GELU of BERT, <c>x·Φ(x) = x/2·(1 + erf(x/√2))</c>, and its derivative, eight values at a time
/// with a float approximation of erf accurate to 1.5e-7 (so the values match ONNX Runtime's Erf to float precision).
/// </summary>
internal static class Gelu
{
    private const double InverseSqrt2 = 0.70710678118654752440;
    private const double InverseSqrt2Pi = 0.39894228040143267794;

    // erf(z) ≈ 1 − t·(a₁ + t·(a₂ + t·(a₃ + t·(a₄ + t·a₅))))·e^(−z²) with t = 1/(1 + p·z), z ≥ 0
    // (Abramowitz and Stegun 7.1.26, absolute error below 1.5e-7).
    private const float P = 0.3275911f;
    private const float A1 = 0.254829592f;
    private const float A2 = -0.284496736f;
    private const float A3 = 1.421413741f;
    private const float A4 = -1.453152027f;
    private const float A5 = 1.061405429f;

    /// <summary>Applies GELU to every element.</summary>
    public static void Forward(ReadOnlySpan<float> x, Span<float> y)
    {
        var i = 0;
        for (; i + 8 <= x.Length; i += 8)
        {
            var v = Vector256.Create(x.Slice(i, 8));
            var (erf, _) = Erf(v);
            (Vector256.Create(0.5f) * v * (Vector256<float>.One + erf)).CopyTo(y.Slice(i, 8));
        }

        for (; i < x.Length; i++)
        {
            double v = x[i];
            y[i] = (float)(0.5 * v * (1 + Erf(v * InverseSqrt2)));
        }
    }

    /// <summary>Computes <c>dx = dy · GELU'(x)</c>, where <c>GELU'(x) = Φ(x) + x·φ(x)</c>.</summary>
    public static void Backward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx)
    {
        var i = 0;
        for (; i + 8 <= x.Length; i += 8)
        {
            var v = Vector256.Create(x.Slice(i, 8));
            var (erf, gaussian) = Erf(v);
            var derivative = (Vector256.Create(0.5f) * (Vector256<float>.One + erf)) + (v * Vector256.Create((float)InverseSqrt2Pi) * gaussian);
            (Vector256.Create(dy.Slice(i, 8)) * derivative).CopyTo(dx.Slice(i, 8));
        }

        for (; i < x.Length; i++)
        {
            double v = x[i];
            var derivative = (0.5 * (1 + Erf(v * InverseSqrt2))) + (v * InverseSqrt2Pi * Math.Exp(-0.5 * v * v));
            dx[i] = (float)(dy[i] * derivative);
        }
    }

    /// <summary>Returns erf(x/√2) and e^(−x²/2) for eight values.</summary>
    private static (Vector256<float> Erf, Vector256<float> Gaussian) Erf(Vector256<float> x)
    {
        var z = Vector256.Abs(x) * Vector256.Create((float)InverseSqrt2);
        var t = Vector256<float>.One / (Vector256<float>.One + (Vector256.Create(P) * z));
        var poly = Vector256.Create(A5);
        poly = Vector256.Create(A4) + (t * poly);
        poly = Vector256.Create(A3) + (t * poly);
        poly = Vector256.Create(A2) + (t * poly);
        poly = Vector256.Create(A1) + (t * poly);
        var gaussian = Vector256.Exp(-(z * z));
        var magnitude = Vector256<float>.One - (t * poly * gaussian);
        var erf = Vector256.ConditionalSelect(Vector256.LessThan(x, Vector256<float>.Zero), -magnitude, magnitude);
        return (erf, gaussian);
    }

    /// <summary>The error function: its Maclaurin series below 0.5, else one minus the Chebyshev fit of erfc of Numerical Recipes (fractional error below 1.2e-7).</summary>
    public static double Erf(double x)
    {
        var z = Math.Abs(x);
        if (z < 0.5)
        {
            var x2 = x * x;
            var term = x;
            var sum = x;
            for (var n = 1; n < 12; n++)
            {
                term *= -x2 / n;
                sum += term / ((2 * n) + 1);
            }

            return 2 / Math.Sqrt(Math.PI) * sum;
        }

        var t = 1 / (1 + (0.5 * z));
        var poly = -0.82215223 + (t * 0.17087277);
        poly = 1.48851587 + (t * poly);
        poly = -1.13520398 + (t * poly);
        poly = 0.27886807 + (t * poly);
        poly = -0.18628806 + (t * poly);
        poly = 0.09678418 + (t * poly);
        poly = 0.37409196 + (t * poly);
        poly = 1.00002368 + (t * poly);
        var erfc = t * Math.Exp(-(z * z) - 1.26551223 + (t * poly));
        return x >= 0 ? 1 - erfc : erfc - 1;
    }
}
