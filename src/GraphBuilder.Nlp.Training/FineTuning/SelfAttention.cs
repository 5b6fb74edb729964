using System.Numerics.Tensors;

namespace GraphBuilder.Nlp.Training.FineTuning;

/// <summary>
/// Multi-head scaled dot-product self-attention over the sequences of a batch, given the projected queries, keys
/// and values (rows × width each, head h in columns h·d to h·d + d): for each sequence and head,
/// <c>P = softmax(Q·Kᵀ/√d)</c> and <c>C = P·V</c>. The probabilities are kept for the backward pass.
/// </summary>
internal static class SelfAttention
{
    /// <summary>Gets the number of probabilities a batch keeps: heads × length² per sequence.</summary>
    public static int ProbabilityCount(SequenceBatch batch, int heads)
    {
        var count = 0;
        foreach (var length in batch.Lengths)
        {
            count += heads * length * length;
        }

        return count;
    }

    /// <summary>Computes the context vectors and keeps the attention probabilities.</summary>
    public static void Forward(ReadOnlySpan<float> q, ReadOnlySpan<float> k, ReadOnlySpan<float> v, SequenceBatch batch, int heads, int width, Span<float> probabilities, Span<float> context)
    {
        var d = width / heads;
        var scale = 1f / MathF.Sqrt(d);
        var at = 0;
        for (var s = 0; s < batch.Count; s++)
        {
            var (offset, length) = (batch.Offsets[s], batch.Lengths[s]);
            for (var h = 0; h < heads; h++)
            {
                var p = probabilities.Slice(at, length * length);
                at += length * length;
                var column = (offset * width) + (h * d);
                MatrixMultiply.Gemm(false, true, length, length, d, q[column..], width, k[column..], width, p, length, accumulate: false);
                for (var i = 0; i < length; i++)
                {
                    var row = p.Slice(i * length, length);
                    TensorPrimitives.Multiply(row, scale, row);
                    TensorPrimitives.SoftMax(row, row);
                }

                MatrixMultiply.Gemm(false, false, length, d, length, p, length, v[column..], width, context[column..], width, accumulate: false);
            }
        }
    }

    /// <summary>Computes the gradients of the queries, keys and values from the gradient of the context vectors.</summary>
    public static void Backward(ReadOnlySpan<float> q, ReadOnlySpan<float> k, ReadOnlySpan<float> v, ReadOnlySpan<float> probabilities, ReadOnlySpan<float> dContext, SequenceBatch batch, int heads, int width, Span<float> dq, Span<float> dk, Span<float> dv)
    {
        var d = width / heads;
        var scale = 1f / MathF.Sqrt(d);
        var longest = batch.Lengths.Length == 0 ? 0 : batch.Lengths.Max();
        var scores = new float[longest * longest];
        var at = 0;
        for (var s = 0; s < batch.Count; s++)
        {
            var (offset, length) = (batch.Offsets[s], batch.Lengths[s]);
            for (var h = 0; h < heads; h++)
            {
                var p = probabilities.Slice(at, length * length);
                at += length * length;
                var column = (offset * width) + (h * d);
                var ds = scores.AsSpan(0, length * length);

                // dP = dC·Vᵀ; dV = Pᵀ·dC
                MatrixMultiply.Gemm(false, true, length, length, d, dContext[column..], width, v[column..], width, ds, length, accumulate: false);
                MatrixMultiply.Gemm(true, false, length, d, length, p, length, dContext[column..], width, dv[column..], width, accumulate: false);

                // dS = P ⊙ (dP − Σⱼ dPⱼ·Pⱼ), scaled as the scores were.
                for (var i = 0; i < length; i++)
                {
                    var pr = p.Slice(i * length, length);
                    var dr = ds.Slice(i * length, length);
                    var dot = TensorPrimitives.Dot(pr, dr);
                    TensorPrimitives.Subtract(dr, dot, dr);
                    TensorPrimitives.Multiply(dr, pr, dr);
                    TensorPrimitives.Multiply(dr, scale, dr);
                }

                // dQ = dS·K; dK = dSᵀ·Q
                MatrixMultiply.Gemm(false, false, length, d, length, ds, length, k[column..], width, dq[column..], width, accumulate: false);
                MatrixMultiply.Gemm(true, false, length, d, length, ds, length, q[column..], width, dk[column..], width, accumulate: false);
            }
        }
    }
}
