using System.Numerics.Tensors;
using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Transformers;

namespace GraphBuilder.Nlp.Training.FineTuning;

/// <summary>
/// The wordpiece sequences of a document exactly as <see cref="MiniLmEncoder"/> builds them at run time (consecutive
/// sentences packed into sequences of up to <see cref="MiniLmEncoder.MaxPieces"/> pieces between [CLS] and [SEP]),
/// and the pooling of each token's pieces into its vector (their mean), forward and backward.
/// </summary>
internal sealed class PieceLayout
{
    private readonly int[] _firstRow;
    private readonly int[] _pieceCount;

    private PieceLayout(int[] ids, SequenceBatch batch, int[] firstRow, int[] pieceCount)
    {
        Ids = ids;
        Batch = batch;
        _firstRow = firstRow;
        _pieceCount = pieceCount;
    }

    /// <summary>Gets the wordpiece id of each row of the batch.</summary>
    public int[] Ids { get; }

    public SequenceBatch Batch { get; }

    public int Tokens => _firstRow.Length;

    /// <summary>Lays out a document's tokens.</summary>
    public static PieceLayout Build(WordPieceTokenizer tokenizer, string text, ReadOnlySpan<TextSpan> spans, IReadOnlyList<(int Start, int Count)> sentences)
    {
        var pieces = new List<int>();
        var firstPiece = new int[spans.Length + 1];
        for (var t = 0; t < spans.Length; t++)
        {
            firstPiece[t] = pieces.Count;
            tokenizer.Tokenize(text.AsSpan(spans[t].Start, spans[t].End - spans[t].Start), pieces);
            if (pieces.Count - firstPiece[t] > MiniLmEncoder.MaxPieces)
            {
                pieces.RemoveRange(firstPiece[t] + MiniLmEncoder.MaxPieces, pieces.Count - firstPiece[t] - MiniLmEncoder.MaxPieces);
            }
        }

        firstPiece[spans.Length] = pieces.Count;
        var chunks = spans.Length == 0 ? [] : MiniLmEncoder.Pack(firstPiece, sentences);
        var lengths = chunks.Select(c => firstPiece[c.End] - firstPiece[c.First] + 2).ToArray();
        var batch = new SequenceBatch(lengths);
        var ids = new int[batch.Rows];
        var firstRow = new int[spans.Length];
        var pieceCount = new int[spans.Length];
        for (var c = 0; c < chunks.Count; c++)
        {
            var (first, end) = chunks[c];
            var offset = batch.Offsets[c];
            ids[offset] = tokenizer.Classify;
            var n = firstPiece[end] - firstPiece[first];
            for (var p = 0; p < n; p++)
            {
                ids[offset + 1 + p] = pieces[firstPiece[first] + p];
            }

            ids[offset + 1 + n] = tokenizer.Separator;
            for (var t = first; t < end; t++)
            {
                firstRow[t] = offset + 1 + firstPiece[t] - firstPiece[first];
                pieceCount[t] = firstPiece[t + 1] - firstPiece[t];
            }
        }

        return new PieceLayout(ids, batch, firstRow, pieceCount);
    }

    /// <summary>Averages each token's rows of <paramref name="hidden"/> (rows × width) into its vector (tokens × width).</summary>
    public float[] Pool(ReadOnlySpan<float> hidden, int width)
    {
        var vectors = new float[Tokens * width];
        for (var t = 0; t < Tokens; t++)
        {
            var count = _pieceCount[t];
            if (count == 0)
            {
                continue;
            }

            var target = vectors.AsSpan(t * width, width);
            for (var r = _firstRow[t]; r < _firstRow[t] + count; r++)
            {
                TensorPrimitives.Add(target, hidden.Slice(r * width, width), target);
            }

            TensorPrimitives.Multiply(target, 1f / count, target);
        }

        return vectors;
    }

    /// <summary>Spreads the gradient of each token's vector evenly over its rows (the backward pass of <see cref="Pool"/>).</summary>
    public float[] PoolBackward(ReadOnlySpan<float> dVectors, int width)
    {
        var dHidden = new float[Batch.Rows * width];
        for (var t = 0; t < Tokens; t++)
        {
            var count = _pieceCount[t];
            for (var r = _firstRow[t]; r < _firstRow[t] + count; r++)
            {
                TensorPrimitives.Multiply(dVectors.Slice(t * width, width), 1f / count, dHidden.AsSpan(r * width, width));
            }
        }

        return dHidden;
    }
}
