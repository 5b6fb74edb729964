namespace GraphBuilder.Nlp.Learning;

/// <summary>
/// Holds the weights of a linear multi-class model over hashed features, compacted: only the buckets that carry
/// weight are stored, and a bucket-to-row index finds them in constant time.
/// </summary>
internal sealed class LinearModel
{
    private readonly int[] _rowOf;
    private readonly float[] _weights;

    private LinearModel(int bits, int labels, int[] rowOf, float[] weights)
    {
        Bits = bits;
        Labels = labels;
        _rowOf = rowOf;
        _weights = weights;
    }

    /// <summary>Gets the base-2 logarithm of the number of buckets.</summary>
    public int Bits { get; }

    /// <summary>Gets the number of labels.</summary>
    public int Labels { get; }

    /// <summary>Gets the number of stored rows.</summary>
    public int Rows => _weights.Length / Labels;

    /// <summary>Compacts a dense bucket-by-label table, dropping rows whose weights are all below a threshold.</summary>
    public static LinearModel FromDense(ReadOnlySpan<float> dense, int bits, int labels, float threshold)
    {
        var buckets = 1 << bits;
        var rowOf = new int[buckets];
        var rows = 0;
        for (var b = 0; b < buckets; b++)
        {
            rowOf[b] = -1;
            var row = dense.Slice(b * labels, labels);
            foreach (var w in row)
            {
                if (Math.Abs(w) > threshold)
                {
                    rowOf[b] = rows++;
                    break;
                }
            }
        }

        var weights = new float[rows * labels];
        for (var b = 0; b < buckets; b++)
        {
            if (rowOf[b] >= 0)
            {
                dense.Slice(b * labels, labels).CopyTo(weights.AsSpan(rowOf[b] * labels, labels));
            }
        }

        return new LinearModel(bits, labels, rowOf, weights);
    }

    /// <summary>Adds the weights of the given features to each label's score.</summary>
    public void Score(ReadOnlySpan<int> buckets, Span<float> scores)
    {
        var labels = Labels;
        scores[..labels].Clear();
        var weights = _weights.AsSpan();
        foreach (var bucket in buckets)
        {
            var row = _rowOf[bucket];
            if (row < 0)
            {
                continue;
            }

            var w = weights.Slice(row * labels, labels);
            for (var l = 0; l < w.Length; l++)
            {
                scores[l] += w[l];
            }
        }
    }

    /// <summary>Writes the model: rows as delta-coded buckets and 16-bit quantised weights.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(Bits);
        writer.Write(Labels);
        var max = 0f;
        foreach (var w in _weights)
        {
            max = Math.Max(max, Math.Abs(w));
        }

        var scale = max > 0 ? max / short.MaxValue : 1f;
        writer.Write(scale);
        writer.Write(Rows);
        var previous = -1;
        for (var b = 0; b < _rowOf.Length; b++)
        {
            var row = _rowOf[b];
            if (row < 0)
            {
                continue;
            }

            writer.Write7BitEncodedInt(b - previous);
            previous = b;
            for (var l = 0; l < Labels; l++)
            {
                writer.Write((short)Math.Round(_weights[(row * Labels) + l] / scale));
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    public static LinearModel Read(BinaryReader reader)
    {
        var bits = reader.ReadInt32();
        var labels = reader.ReadInt32();
        if (bits is < 8 or > 26 || labels is < 1 or > 1024)
        {
            throw new InvalidDataException("The weight table header is invalid.");
        }

        var scale = reader.ReadSingle();
        var rows = reader.ReadInt32();
        var rowOf = new int[1 << bits];
        Array.Fill(rowOf, -1);
        var weights = new float[rows * labels];
        var bucket = -1;
        for (var r = 0; r < rows; r++)
        {
            bucket += reader.Read7BitEncodedInt();
            rowOf[bucket] = r;
            for (var l = 0; l < labels; l++)
            {
                weights[(r * labels) + l] = reader.ReadInt16() * scale;
            }
        }

        return new LinearModel(bits, labels, rowOf, weights);
    }
}
