using System.Numerics.Tensors;

namespace GraphBuilder.Nlp.Training.FineTuning;

/// <summary>
/// One post-norm BERT layer: <c>h = LN₁(x + Attention(x)·Wₒ)</c>, <c>y = LN₂(h + GELU(h·W₁)·W₂)</c>, with its
/// forward pass (keeping what the backward pass needs) and backward pass.
/// </summary>
internal sealed class EncoderLayer
{
    /// <summary>Initializes a new instance of the <see cref="EncoderLayer"/> class.</summary>
    public EncoderLayer(int heads, float epsilon, Linear query, Linear key, Linear value, Linear attentionOutput, Parameter norm1Gamma, Parameter norm1Beta, Linear intermediate, Linear output, Parameter norm2Gamma, Parameter norm2Beta)
    {
        Heads = heads;
        Epsilon = epsilon;
        Query = query;
        Key = key;
        Value = value;
        AttentionOutput = attentionOutput;
        Norm1Gamma = norm1Gamma;
        Norm1Beta = norm1Beta;
        Intermediate = intermediate;
        Output = output;
        Norm2Gamma = norm2Gamma;
        Norm2Beta = norm2Beta;
    }

    public int Heads { get; }

    public float Epsilon { get; }

    public int Width => Query.Inputs;

    public Linear Query { get; }

    public Linear Key { get; }

    public Linear Value { get; }

    public Linear AttentionOutput { get; }

    public Parameter Norm1Gamma { get; }

    public Parameter Norm1Beta { get; }

    public Linear Intermediate { get; }

    public Linear Output { get; }

    public Parameter Norm2Gamma { get; }

    public Parameter Norm2Beta { get; }

    /// <summary>Gets the layer's parameters, in the order of the ONNX graph.</summary>
    public IEnumerable<Parameter> Parameters =>
    [
        Query.Weight, Query.Bias, Key.Weight, Key.Bias, Value.Weight, Value.Bias, AttentionOutput.Weight, AttentionOutput.Bias,
        Norm1Gamma, Norm1Beta, Intermediate.Weight, Intermediate.Bias, Output.Weight, Output.Bias, Norm2Gamma, Norm2Beta,
    ];

    /// <summary>Computes the layer's output for a batch; the returned state holds what <see cref="Backward"/> needs.</summary>
    public LayerState Forward(float[] x, SequenceBatch batch)
    {
        var rows = batch.Rows;
        var width = Width;
        var state = new LayerState(x, batch, width, Intermediate.Outputs, SelfAttention.ProbabilityCount(batch, Heads));
        Query.Forward(x, rows, state.Q);
        Key.Forward(x, rows, state.K);
        Value.Forward(x, rows, state.V);
        SelfAttention.Forward(state.Q, state.K, state.V, batch, Heads, width, state.Probabilities, state.Context);

        // h = LN₁(x + C·Wₒ + bₒ)
        var sum = new float[rows * width];
        AttentionOutput.Forward(state.Context, rows, sum);
        TensorPrimitives.Add(sum, x, sum);
        LayerNorm.Forward(sum, Norm1Gamma.Value, Norm1Beta.Value, Epsilon, rows, state.Hidden, state.Norm1, state.Norm1Inverse);

        // y = LN₂(h + GELU(h·W₁ + b₁)·W₂ + b₂)
        Intermediate.Forward(state.Hidden, rows, state.PreActivation);
        Gelu.Forward(state.PreActivation, state.Activation);
        Output.Forward(state.Activation, rows, sum);
        TensorPrimitives.Add(sum, state.Hidden, sum);
        LayerNorm.Forward(sum, Norm2Gamma.Value, Norm2Beta.Value, Epsilon, rows, state.Output, state.Norm2, state.Norm2Inverse);
        return state;
    }

    /// <summary>
    /// Adds the gradients of the layer's parameters for the gradient <paramref name="dy"/> of its output and returns
    /// the gradient of its input (or <see langword="null"/> when <paramref name="inputGradient"/> is not set).
    /// </summary>
    public float[]? Backward(LayerState state, float[] dy, bool inputGradient = true)
    {
        var batch = state.Batch;
        var rows = batch.Rows;
        var width = Width;

        // Through LN₂: the gradient of the sum reaches both the feed-forward output and h (residual).
        var dSum = new float[rows * width];
        LayerNorm.Backward(dy, state.Norm2, state.Norm2Inverse, Norm2Gamma.Value, rows, dSum, Norm2Gamma.Gradient, Norm2Beta.Gradient);
        var dActivation = new float[rows * Intermediate.Outputs];
        Output.Backward(state.Activation, dSum, rows, dActivation);
        Gelu.Backward(state.PreActivation, dActivation, dActivation);
        var dHidden = dSum;
        Intermediate.Backward(state.Hidden, dActivation, rows, dHidden, accumulateInput: true);

        // Through LN₁: the gradient reaches the attention output and x (residual).
        var dx = new float[rows * width];
        LayerNorm.Backward(dHidden, state.Norm1, state.Norm1Inverse, Norm1Gamma.Value, rows, dx, Norm1Gamma.Gradient, Norm1Beta.Gradient);
        var dContext = new float[rows * width];
        AttentionOutput.Backward(state.Context, dx, rows, dContext);
        var dq = new float[rows * width];
        var dk = new float[rows * width];
        var dv = new float[rows * width];
        SelfAttention.Backward(state.Q, state.K, state.V, state.Probabilities, dContext, batch, Heads, width, dq, dk, dv);
        var dInput = inputGradient ? dx : [];
        Query.Backward(state.Input, dq, rows, dInput, accumulateInput: true);
        Key.Backward(state.Input, dk, rows, dInput, accumulateInput: true);
        Value.Backward(state.Input, dv, rows, dInput, accumulateInput: true);
        return inputGradient ? dx : null;
    }
}
