using System.Numerics.Tensors;

namespace GraphBuilder.Nlp.Training.FineTuning;

/// <summary>
/// A dense layer <c>Y = X·W + b</c> with W stored input-major (inputs × outputs, as in the ONNX graph's MatMul), and
/// its backward pass: <c>dX = dY·Wᵀ</c>, <c>dW += Xᵀ·dY</c>, <c>db += Σ rows of dY</c>.
/// </summary>
internal sealed class Linear
{
    /// <summary>Initializes a new instance of the <see cref="Linear"/> class.</summary>
    public Linear(Parameter weight, Parameter bias)
    {
        if (weight.Shape.Length != 2 || bias.Value.Length != weight.Shape[1])
        {
            throw new ArgumentException($"{weight.Name} and {bias.Name} do not make a dense layer.", nameof(bias));
        }

        Weight = weight;
        Bias = bias;
    }

    public Parameter Weight { get; }

    public Parameter Bias { get; }

    public int Inputs => Weight.Shape[0];

    public int Outputs => Weight.Shape[1];

    /// <summary>Computes <c>Y = X·W + b</c> for <paramref name="rows"/> rows.</summary>
    public void Forward(ReadOnlySpan<float> x, int rows, Span<float> y)
    {
        var outputs = Outputs;
        for (var r = 0; r < rows; r++)
        {
            Bias.Value.CopyTo(y.Slice(r * outputs, outputs));
        }

        MatrixMultiply.Gemm(false, false, rows, outputs, Inputs, x, Inputs, Weight.Value, outputs, y, outputs, accumulate: true);
    }

    /// <summary>Adds the weight and bias gradients and, when <paramref name="dx"/> is not empty, computes (or adds) <c>dX</c>.</summary>
    public void Backward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, int rows, Span<float> dx, bool accumulateInput = false)
    {
        var outputs = Outputs;
        if (Weight.Trainable || Bias.Trainable)
        {
            MatrixMultiply.Gemm(true, false, Inputs, outputs, rows, x, Inputs, dy, outputs, Weight.Gradient, outputs, accumulate: true);
            for (var r = 0; r < rows; r++)
            {
                TensorPrimitives.Add(Bias.Gradient, dy.Slice(r * outputs, outputs), Bias.Gradient);
            }
        }

        if (!dx.IsEmpty)
        {
            MatrixMultiply.Gemm(false, true, rows, Inputs, outputs, dy, outputs, Weight.Value, outputs, dx, Inputs, accumulateInput);
        }
    }
}
