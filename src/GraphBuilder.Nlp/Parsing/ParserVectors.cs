using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Embeddings;
using GraphBuilder.Nlp.Entities;
using GraphBuilder.Nlp.Transformers;

namespace GraphBuilder.Nlp.Parsing;

/// <summary>
/// The dense part of the <c>accurate</c> parsing model: MiniLM token vectors of one layer, standardised, read at eight
/// configuration positions for the transition (<c>s0</c>, <c>s1</c>, <c>s2</c>, <c>b0</c>, <c>b1</c>, <c>b2</c>, the
/// leftmost child of <c>b0</c> and the rightmost child of <c>s0</c>) and at the dependent and head for the label,
/// each with one perceptron weight per class and dimension.
/// </summary>
/// <remarks>
/// The standardisation also scales the vectors (by <see cref="Scale"/> unless training chose another factor), so that a perceptron update moves the dense
/// score about as much as the sparse one (about 100 binary features against 3,072 unit-variance inputs).
/// </remarks>
internal sealed class ParserVectors
{
    /// <summary>The configuration positions whose vectors the transition reads.</summary>
    public const int TransitionPositions = 8;

    /// <summary>The words whose vectors the label reads (dependent, head).</summary>
    public const int LabelPositions = 2;

    /// <summary>The default factor applied to the standardised vectors.</summary>
    public const float Scale = 0.05f;

    public const int Dimensions = MiniLmEncoder.Dimensions;

    public ParserVectors(int layer, float[] mean, float[] inverseDeviation, float[] transitionWeights, float[] labelWeights)
    {
        Layer = layer;
        Mean = mean;
        InverseDeviation = inverseDeviation;
        TransitionWeights = transitionWeights;
        LabelWeights = labelWeights;
    }

    public int Layer { get; }

    public float[] Mean { get; }

    /// <summary>Gets the inverse standard deviation of each dimension, times the scale factor.</summary>
    public float[] InverseDeviation { get; }

    /// <summary>Gets the transition weights: <c>[transition][position][dimension]</c>.</summary>
    public float[] TransitionWeights { get; }

    /// <summary>Gets the label weights: <c>[label][position][dimension]</c>.</summary>
    public float[] LabelWeights { get; }

    /// <summary>Computes the standardised vectors of a document's tokens with an encoder of <see cref="Layer"/>.</summary>
    public float[] Vectors(ITokenEncoder encoder, string text, ReadOnlySpan<TextSpan> spans, IReadOnlyList<(int Start, int Count)> sentences)
    {
        var vectors = encoder.Encode(text, spans, sentences);
        ContextualFeatures.Standardize(vectors, Mean, InverseDeviation);
        return vectors;
    }

    /// <summary>Standardises a copy of raw vectors of <see cref="Layer"/>, as in training.</summary>
    public float[] Standardized(ReadOnlySpan<float> raw) => ContextualFeatures.Standardized(raw, Mean, InverseDeviation);

    /// <summary>Adds the dense transition scores of a configuration.</summary>
    public void AddTransitionScores(ParserState state, ReadOnlySpan<float> vectors, Span<float> scores) =>
        AddScores(TransitionWeights, TransitionPositions, TransitionInput(state), vectors, scores);

    /// <summary>Adds the dense label scores of an arc.</summary>
    public void AddLabelScores(int head, int dependent, ReadOnlySpan<float> vectors, Span<float> scores) =>
        AddScores(LabelWeights, LabelPositions, [dependent, head], vectors, scores);

    /// <summary>Returns the words the transition reads, -1 where a position is empty.</summary>
    public static int[] TransitionInput(ParserState state) =>
        [
            state.Stack(0), state.Stack(1), state.Stack(2), state.Input(0), state.Input(1), state.Input(2),
            state.LeftChild(state.Input(0)), state.RightChild(state.Stack(0)),
        ];

    /// <summary>Adds the scores of weights laid out <c>[class][position][dimension]</c> for the given words' vectors.</summary>
    public static void AddScores(ReadOnlySpan<float> weights, int positions, ReadOnlySpan<int> words, ReadOnlySpan<float> vectors, Span<float> scores)
    {
        var width = positions * Dimensions;
        for (var c = 0; c < scores.Length; c++)
        {
            var total = 0f;
            for (var p = 0; p < positions; p++)
            {
                if (words[p] >= 0)
                {
                    total += ContextualFeatures.Dot(
                        weights.Slice((c * width) + (p * Dimensions), Dimensions),
                        vectors.Slice(words[p] * Dimensions, Dimensions));
                }
            }

            scores[c] += total;
        }
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Layer);
        writer.Write(MiniLmEncoder.MaxPieces);
        writer.Write(TransitionWeights.Length);
        writer.Write(LabelWeights.Length);
        foreach (var array in new[] { Mean, InverseDeviation, TransitionWeights, LabelWeights })
        {
            foreach (var value in array)
            {
                writer.Write(value);
            }
        }
    }

    public static ParserVectors Read(BinaryReader reader)
    {
        var layer = reader.ReadInt32();
        var maxPieces = reader.ReadInt32();
        var transitions = reader.ReadInt32();
        var labels = reader.ReadInt32();
        if (layer is < 1 or > 6
            || maxPieces != MiniLmEncoder.MaxPieces
            || transitions != 3 * TransitionPositions * Dimensions
            || labels % (LabelPositions * Dimensions) != 0)
        {
            throw new InvalidDataException("The parser's contextual feature header is invalid (or was packed differently).");
        }

        float[] ReadArray(int n)
        {
            var values = new float[n];
            for (var k = 0; k < n; k++)
            {
                values[k] = reader.ReadSingle();
            }

            return values;
        }

        return new ParserVectors(layer, ReadArray(Dimensions), ReadArray(Dimensions), ReadArray(transitions), ReadArray(labels));
    }
}
