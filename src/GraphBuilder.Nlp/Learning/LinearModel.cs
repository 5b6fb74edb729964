using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace GraphBuilder.Nlp.Learning;

/// <summary>
/// Holds the weights of a linear multi-class model over hashed features, compacted: only the buckets that carry
/// weight are stored, and a bucket-to-row index finds them in constant time. Weights are 16-bit integers with one
/// scale per model, in rows padded to a multiple of 16 labels so that a row is summed with a few vector additions.
/// </summary>
/// <remarks>
/// Scoring is bound by memory latency, not arithmetic: the row indices of all of a token's features are looked up
/// first and the rows summed after, so that the processor overlaps the cache misses.
/// </remarks>
internal sealed class LinearModel
{
    private readonly int[] _rowOf;
    private readonly short[] _weights;
    private readonly int _stride;

    private LinearModel(int bits, int labels, float scale, int[] rowOf, short[] weights)
    {
        Bits = bits;
        Labels = labels;
        Scale = scale;
        _rowOf = rowOf;
        _weights = weights;
        _stride = Stride(labels);
    }

    /// <summary>Gets the base-2 logarithm of the number of buckets.</summary>
    public int Bits { get; }

    /// <summary>Gets the number of labels.</summary>
    public int Labels { get; }

    /// <summary>Gets the value of one unit of a stored weight.</summary>
    public float Scale { get; }

    /// <summary>Gets the number of stored rows.</summary>
    public int Rows => _weights.Length / _stride;

    private static int Stride(int labels) => (labels + 15) / 16 * 16;

    /// <summary>Compacts a dense bucket-by-label table, dropping rows whose weights are all below a threshold.</summary>
    public static LinearModel FromDense(ReadOnlySpan<float> dense, int bits, int labels, float threshold)
    {
        var buckets = 1 << bits;
        var rowOf = new int[buckets];
        var rows = 0;
        var max = 0f;
        for (var b = 0; b < buckets; b++)
        {
            rowOf[b] = -1;
            var row = dense.Slice(b * labels, labels);
            foreach (var w in row)
            {
                max = Math.Max(max, Math.Abs(w));
                if (Math.Abs(w) > threshold && rowOf[b] < 0)
                {
                    rowOf[b] = rows++;
                }
            }
        }

        var scale = max > 0 ? max / short.MaxValue : 1f;
        var stride = Stride(labels);
        var weights = new short[rows * stride];
        for (var b = 0; b < buckets; b++)
        {
            if (rowOf[b] < 0)
            {
                continue;
            }

            for (var l = 0; l < labels; l++)
            {
                weights[(rowOf[b] * stride) + l] = (short)Math.Round(dense[(b * labels) + l] / scale);
            }
        }

        return new LinearModel(bits, labels, scale, rowOf, weights);
    }

    /// <summary>Computes each label's score: the sum of the weights of the given features.</summary>
    public void Score(ReadOnlySpan<int> buckets, Span<float> scores)
    {
        Span<int> rows = stackalloc int[buckets.Length];
        var count = 0;
        var rowOf = _rowOf;
        foreach (var bucket in buckets)
        {
            var row = rowOf[bucket];
            if (row >= 0)
            {
                rows[count++] = row;
            }
        }

        Span<int> sums = stackalloc int[_stride];
        sums.Clear();
        ref var weights = ref MemoryMarshal.GetArrayDataReference(_weights);
        ref var total = ref MemoryMarshal.GetReference(sums);
        for (var chunk = 0; chunk < _stride; chunk += 16)
        {
            var low = Vector256<int>.Zero;
            var high = Vector256<int>.Zero;
            for (var k = 0; k < count; k++)
            {
                var (l, h) = Vector256.Widen(Vector256.LoadUnsafe(ref weights, (nuint)((rows[k] * _stride) + chunk)));
                low += l;
                high += h;
            }

            low.StoreUnsafe(ref total, (nuint)chunk);
            high.StoreUnsafe(ref total, (nuint)(chunk + 8));
        }

        for (var l = 0; l < Labels; l++)
        {
            scores[l] = Unsafe.Add(ref total, l) * Scale;
        }
    }

    /// <summary>
    /// Writes the model: the rows' buckets delta-coded, then all weights as one block of little-endian 16-bit integers
    /// (so that reading is one bulk copy).
    /// </summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(Bits);
        writer.Write(Labels);
        writer.Write(Scale);
        writer.Write(Rows);
        var order = new int[Rows];
        var written = 0;
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
            order[written++] = row;
        }

        for (var row = 0; row < Rows; row++)
        {
            for (var l = 0; l < Labels; l++)
            {
                writer.Write(_weights[(order[row] * _stride) + l]);
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
        if (rows < 0 || rows > 1 << bits)
        {
            throw new InvalidDataException("The weight table header is invalid.");
        }

        var rowOf = new int[1 << bits];
        Array.Fill(rowOf, -1);
        var bucket = -1;
        for (var r = 0; r < rows; r++)
        {
            bucket += reader.Read7BitEncodedInt();
            if ((uint)bucket >= (uint)rowOf.Length)
            {
                throw new InvalidDataException("The weight table is corrupt.");
            }

            rowOf[bucket] = r;
        }

        var packed = new short[rows * labels];
        var bytes = MemoryMarshal.AsBytes(packed.AsSpan());
        while (!bytes.IsEmpty)
        {
            var read = reader.Read(bytes);
            if (read == 0)
            {
                throw new EndOfStreamException();
            }

            bytes = bytes[read..];
        }

        if (!BitConverter.IsLittleEndian)
        {
            for (var k = 0; k < packed.Length; k++)
            {
                packed[k] = System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(packed[k]);
            }
        }

        var stride = Stride(labels);
        var weights = new short[rows * stride];
        for (var r = 0; r < rows; r++)
        {
            packed.AsSpan(r * labels, labels).CopyTo(weights.AsSpan(r * stride, labels));
        }

        return new LinearModel(bits, labels, scale, rowOf, weights);
    }
}
