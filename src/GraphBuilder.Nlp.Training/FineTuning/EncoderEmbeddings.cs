using System.Numerics.Tensors;

namespace GraphBuilder.Nlp.Training.FineTuning;

/// <summary>
/// BERT's input embeddings: <c>LN(word[id] + position[p] + type[0])</c> for each wordpiece, positions counted from
/// 0 in each sequence; the backward pass adds to the rows of the tables that were read.
/// </summary>
internal sealed class EncoderEmbeddings
{
    /// <summary>Initializes a new instance of the <see cref="EncoderEmbeddings"/> class.</summary>
    public EncoderEmbeddings(Parameter words, Parameter positions, Parameter types, Parameter normGamma, Parameter normBeta, float epsilon)
    {
        Words = words;
        Positions = positions;
        Types = types;
        NormGamma = normGamma;
        NormBeta = normBeta;
        Epsilon = epsilon;
    }

    public Parameter Words { get; }

    public Parameter Positions { get; }

    public Parameter Types { get; }

    public Parameter NormGamma { get; }

    public Parameter NormBeta { get; }

    public float Epsilon { get; }

    public int Width => NormGamma.Value.Length;

    /// <summary>Gets the parameters, in the order of the ONNX graph.</summary>
    public IEnumerable<Parameter> Parameters => [Words, Positions, Types, NormGamma, NormBeta];

    /// <summary>Embeds the wordpieces of a batch (<paramref name="ids"/>: one per row).</summary>
    public EmbeddingState Forward(int[] ids, SequenceBatch batch)
    {
        var width = Width;
        var rows = batch.Rows;
        var sum = new float[rows * width];
        for (var s = 0; s < batch.Count; s++)
        {
            for (var p = 0; p < batch.Lengths[s]; p++)
            {
                var row = batch.Offsets[s] + p;
                var target = sum.AsSpan(row * width, width);
                TensorPrimitives.Add(Words.Value.AsSpan(ids[row] * width, width), Positions.Value.AsSpan(p * width, width), target);
                TensorPrimitives.Add(target, Types.Value.AsSpan(0, width), target);
            }
        }

        var state = new EmbeddingState(ids, batch, rows * width);
        LayerNorm.Forward(sum, NormGamma.Value, NormBeta.Value, Epsilon, rows, state.Output, state.Normalized, state.InverseDeviation);
        return state;
    }

    /// <summary>Adds the gradients of the tables' rows and of the normalisation for the gradient of the output.</summary>
    public void Backward(EmbeddingState state, float[] dy)
    {
        var width = Width;
        var batch = state.Batch;
        var dSum = new float[dy.Length];
        LayerNorm.Backward(dy, state.Normalized, state.InverseDeviation, NormGamma.Value, batch.Rows, dSum, NormGamma.Gradient, NormBeta.Gradient);
        for (var s = 0; s < batch.Count; s++)
        {
            for (var p = 0; p < batch.Lengths[s]; p++)
            {
                var row = batch.Offsets[s] + p;
                var d = dSum.AsSpan(row * width, width);
                var id = state.Ids[row];
                var words = Words.Gradient.AsSpan(id * width, width);
                TensorPrimitives.Add(words, d, words);
                Words.TouchedRows?.Add(id);
                var positions = Positions.Gradient.AsSpan(p * width, width);
                TensorPrimitives.Add(positions, d, positions);
                var types = Types.Gradient.AsSpan(0, width);
                TensorPrimitives.Add(types, d, types);
            }
        }
    }
}
