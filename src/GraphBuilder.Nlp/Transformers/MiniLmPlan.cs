using GraphBuilder.Nlp.Embeddings;

namespace GraphBuilder.Nlp.Transformers;

/// <summary>
/// A document's wordpieces packed into sequences as <see cref="MiniLmEncoder"/> packs them, grouped in the batches
/// it runs: each batch is a run of the plan, so encoding runs one window at a time repeats the whole document's runs
/// exactly and gives bit-identical vectors.
/// </summary>
internal sealed class MiniLmPlan : IEncodingPlan
{
    private readonly MiniLmEncoder _encoder;
    private readonly List<int> _pieces;
    private readonly int[] _firstPiece;
    private readonly List<(int First, int End)> _chunks;
    private readonly int _batch;
    private readonly int[] _runStarts;

    public MiniLmPlan(MiniLmEncoder encoder, List<int> pieces, int[] firstPiece, List<(int First, int End)> chunks, int batch)
    {
        _encoder = encoder;
        _pieces = pieces;
        _firstPiece = firstPiece;
        _chunks = chunks;
        _batch = batch;
        _runStarts = new int[(chunks.Count + batch - 1) / batch];
        for (var r = 1; r < _runStarts.Length; r++)
        {
            _runStarts[r] = chunks[r * batch].First;
        }
    }

    /// <inheritdoc/>
    public int TokenCount => _firstPiece.Length - 1;

    /// <inheritdoc/>
    public IReadOnlyList<int> RunStarts => _runStarts;

    /// <inheritdoc/>
    public void Encode(int firstRun, int endRun, Span<float> vectors, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(firstRun);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(endRun, _runStarts.Length);
        if (firstRun >= endRun)
        {
            return;
        }

        var origin = _runStarts[firstRun];
        for (var r = firstRun; r < endRun; r++)
        {
            // Between runs of ONNX Runtime, which cannot be stopped inside one: a stop waits for one batch at most.
            cancellationToken.ThrowIfCancellationRequested();
            var c = r * _batch;
            _encoder.Run(_chunks.GetRange(c, Math.Min(_batch, _chunks.Count - c)), _pieces, _firstPiece, origin, vectors);
        }
    }
}
