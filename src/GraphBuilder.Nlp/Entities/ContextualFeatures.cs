using System.Runtime.Intrinsics;
using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Embeddings;
using GraphBuilder.Nlp.Transformers;

namespace GraphBuilder.Nlp.Entities;

/// <summary>
/// The dense part of the <c>accurate</c> entity model: which MiniLM layer it reads, the standardisation of its
/// vectors (mean and inverse standard deviation from the training data) and one weight per label and dimension,
/// added to the sparse scores of the same softmax.
/// </summary>
internal sealed class ContextualFeatures
{
    public ContextualFeatures(int layer, int dimensions, int labels, float[] mean, float[] inverseDeviation, float[] weights)
    {
        Layer = layer;
        Dimensions = dimensions;
        Labels = labels;
        Mean = mean;
        InverseDeviation = inverseDeviation;
        Weights = weights;
    }

    public int Layer { get; }

    public int Dimensions { get; }

    public int Labels { get; }

    public float[] Mean { get; }

    public float[] InverseDeviation { get; }

    /// <summary>Gets the weights, label-major: <c>Weights[label * Dimensions + d]</c>.</summary>
    public float[] Weights { get; }

    /// <summary>Computes the standardised vectors of a document's tokens with an encoder of <see cref="Layer"/>.</summary>
    public float[] Vectors(ITokenEncoder encoder, string text, ReadOnlySpan<TextSpan> spans, IReadOnlyList<(int Start, int Count)> sentences)
    {
        var vectors = encoder.Encode(text, spans, sentences);
        Standardize(vectors, Mean, InverseDeviation);
        return vectors;
    }

    /// <summary>Standardises a copy of raw vectors (such as the shared ones of <see cref="Embeddings.DocumentVectors"/>).</summary>
    public float[] Standardized(ReadOnlySpan<float> raw) => Standardized(raw, Mean, InverseDeviation);

    /// <summary>Standardises a copy of raw vectors with the given moments.</summary>
    public static float[] Standardized(ReadOnlySpan<float> raw, ReadOnlySpan<float> mean, ReadOnlySpan<float> inverseDeviation)
    {
        var vectors = raw.ToArray();
        Standardize(vectors, mean, inverseDeviation);
        return vectors;
    }

    /// <summary>Standardises a copy of raw vectors into a buffer of the caller's, which grows when too small.</summary>
    /// <returns>The standardised vectors: the start of <paramref name="buffer"/>.</returns>
    public static ReadOnlySpan<float> Standardized(
        ReadOnlySpan<float> raw, ReadOnlySpan<float> mean, ReadOnlySpan<float> inverseDeviation, scoped ref float[] buffer)
    {
        if (buffer.Length < raw.Length)
        {
            buffer = new float[raw.Length];
        }

        var vectors = buffer.AsSpan(0, raw.Length);
        raw.CopyTo(vectors);
        Standardize(vectors, mean, inverseDeviation);
        return vectors;
    }

    /// <summary>Standardises a copy of raw vectors into a buffer of the caller's, which grows when too small.</summary>
    public ReadOnlySpan<float> Standardized(ReadOnlySpan<float> raw, scoped ref float[] buffer) => Standardized(raw, Mean, InverseDeviation, ref buffer);

    public static void Standardize(Span<float> vectors, ReadOnlySpan<float> mean, ReadOnlySpan<float> inverseDeviation)
    {
        var dimensions = mean.Length;
        for (var t = 0; t + dimensions <= vectors.Length; t += dimensions)
        {
            var v = vectors.Slice(t, dimensions);
            for (var d = 0; d < dimensions; d++)
            {
                v[d] = (v[d] - mean[d]) * inverseDeviation[d];
            }
        }
    }

    /// <summary>Adds the dense scores of one token's vector to the label scores.</summary>
    public void AddScores(ReadOnlySpan<float> vector, Span<float> scores) => AddScores(Weights, Dimensions, vector, scores);

    public static void AddScores(ReadOnlySpan<float> weights, int dimensions, ReadOnlySpan<float> vector, Span<float> scores)
    {
        for (var l = 0; l < scores.Length; l++)
        {
            scores[l] += Dot(weights.Slice(l * dimensions, dimensions), vector);
        }
    }

    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector256<float>.Zero;
        var d = 0;
        for (; d + 8 <= a.Length; d += 8)
        {
            sum += Vector256.Create(a.Slice(d, 8)) * Vector256.Create(b.Slice(d, 8));
        }

        var total = Vector256.Sum(sum);
        for (; d < a.Length; d++)
        {
            total += a[d] * b[d];
        }

        return total;
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Layer);
        writer.Write(MiniLmEncoder.MaxPieces);
        writer.Write(Dimensions);
        writer.Write(Labels);
        foreach (var array in new[] { Mean, InverseDeviation, Weights })
        {
            foreach (var value in array)
            {
                writer.Write(value);
            }
        }
    }

    public static ContextualFeatures Read(BinaryReader reader)
    {
        var layer = reader.ReadInt32();
        var maxPieces = reader.ReadInt32();
        var dimensions = reader.ReadInt32();
        var labels = reader.ReadInt32();
        if (layer is < 1 or > 6 || maxPieces != MiniLmEncoder.MaxPieces || dimensions != MiniLmEncoder.Dimensions || labels is < 1 or > 1024)
        {
            throw new InvalidDataException("The contextual feature header is invalid (or was packed differently).");
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

        var mean = ReadArray(dimensions);
        var inverse = ReadArray(dimensions);
        return new ContextualFeatures(layer, dimensions, labels, mean, inverse, ReadArray(dimensions * labels));
    }
}
