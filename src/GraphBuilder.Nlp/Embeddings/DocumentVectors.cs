using System.Runtime.CompilerServices;
using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Transformers;

namespace GraphBuilder.Nlp.Embeddings;

/// <summary>
/// Gives every stage that reads contextual vectors (the <c>accurate</c> tagger, parser, entity recogniser and, later,
/// the relation classifier) the vectors of a document one window of tokens at a time, encoding each document once
/// when it is of ordinary length: the transformer is nearly all of the <c>accurate</c> pipeline's cost, so encoding
/// per stage would multiply it.
/// </summary>
/// <remarks>
/// <para>
/// A document of at most <see cref="WholeDocumentTokens"/> tokens is encoded whole on first request and its vectors
/// are kept beside it (a weak table: they are collected with it). A longer one is planned once (its wordpieces, packed
/// as for the whole document) and encoded a window of about <see cref="WindowTokens"/> tokens at a time, the window
/// being a run of the encoder's own batches, so its vectors are bit-identical to a whole encoding and memory stays
/// bounded whatever the length; each stage that sweeps it encodes it again. Both are recomputed when the document's
/// tokens or sentences have been replaced since.
/// </para>
/// <para>The vectors returned are shared and must not be changed: each model standardises its own copy of a window.</para>
/// </remarks>
internal sealed class DocumentVectors : IDisposable
{
    /// <summary>The default of <see cref="WholeDocumentTokens"/>: 40,000 tokens (about 200 KB of text) hold 61 MB of vectors.</summary>
    public const int DefaultWholeDocumentTokens = 40_000;

    /// <summary>The default of <see cref="WindowTokens"/>: about 3 MB of vectors.</summary>
    public const int DefaultWindowTokens = 2_048;

    private const int Dimensions = MiniLmEncoder.Dimensions;

    private readonly ConditionalWeakTable<Document, Entry> _entries = [];
    private readonly Func<int, ITokenEncoder> _encoderFor;
    private readonly TokenEncoders? _owned;

    /// <summary>Initializes a new instance of the <see cref="DocumentVectors"/> class with MiniLM encoders of its own.</summary>
    public DocumentVectors()
    {
        _owned = new TokenEncoders();
        _encoderFor = _owned.For;
    }

    /// <summary>Initializes a new instance of the <see cref="DocumentVectors"/> class.</summary>
    /// <param name="encoderFor">Gives the encoder of a layer; its owner disposes it.</param>
    /// <param name="wholeDocumentTokens">The longest document, in tokens, encoded whole and kept.</param>
    /// <param name="windowTokens">The tokens encoded at a time in a longer document (rounded up to whole batches).</param>
    public DocumentVectors(Func<int, ITokenEncoder> encoderFor, int wholeDocumentTokens = DefaultWholeDocumentTokens, int windowTokens = DefaultWindowTokens)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(wholeDocumentTokens);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(windowTokens);
        _encoderFor = encoderFor;
        WholeDocumentTokens = wholeDocumentTokens;
        WindowTokens = windowTokens;
    }

    /// <summary>Gets the longest document, in tokens, whose vectors are computed once and kept whole.</summary>
    public int WholeDocumentTokens { get; } = DefaultWholeDocumentTokens;

    /// <summary>Gets the number of tokens a longer document is encoded by at a time.</summary>
    public int WindowTokens { get; } = DefaultWindowTokens;

    /// <summary>Gets the encoder of a layer, for texts that are not a pipeline's document (evaluation on gold tokens).</summary>
    /// <param name="layer">The layer.</param>
    /// <returns>The encoder.</returns>
    public ITokenEncoder EncoderFor(int layer) => _encoderFor(layer);

    /// <inheritdoc/>
    public void Dispose() => _owned?.Dispose();

    /// <summary>Gets the sentences a document is encoded by: its sentences, or all of its tokens as one.</summary>
    public static (int Start, int Count)[] SentencesOf(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Sentences.Count > 0
            ? [.. document.Sentences.Select(s => (s.FirstToken, s.TokenCount))]
            : [(0, document.Tokens.Count)];
    }

    /// <summary>Gets the raw vectors of a run of a document's tokens from one layer.</summary>
    /// <param name="document">The tokenised (and usually sentence-split) document.</param>
    /// <param name="layer">The transformer layer.</param>
    /// <param name="firstToken">The first token.</param>
    /// <param name="count">The number of tokens, usually a sentence's.</param>
    /// <param name="cancellationToken">A token checked between runs of the encoder.</param>
    /// <returns>
    /// <see cref="Dimensions"/> floats per token, token after token: shared, so read-only, and valid until the next
    /// request for this document and layer.
    /// </returns>
    public ReadOnlySpan<float> Window(Document document, int layer, int firstToken, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentOutOfRangeException.ThrowIfNegative(firstToken);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firstToken + count, document.Tokens.Count);

        // Later readers of the document that are not stages of this pipeline (the relation classifier) read here too.
        document.Vectors ??= this;
        var entry = _entries.GetValue(document, _ => new Entry());
        lock (entry)
        {
            if (!ReferenceEquals(entry.Tokens, document.Tokens) || !ReferenceEquals(entry.Sentences, document.Sentences))
            {
                entry.Layers.Clear();
                entry.Tokens = document.Tokens;
                entry.Sentences = document.Sentences;
            }

            if (!entry.Layers.TryGetValue(layer, out var vectors))
            {
                vectors = new LayerVectors();
                entry.Layers[layer] = vectors;
            }

            if (vectors.Whole is null && vectors.Plan is null)
            {
                var spans = new TextSpan[document.Tokens.Count];
                for (var i = 0; i < spans.Length; i++)
                {
                    spans[i] = document.Tokens[i].Span;
                }

                var encoder = _encoderFor(layer);
                if (spans.Length <= WholeDocumentTokens)
                {
                    vectors.Whole = encoder.Encode(document.Text, spans, SentencesOf(document), cancellationToken);
                }
                else
                {
                    vectors.Plan = encoder.Plan(document.Text, spans, SentencesOf(document));
                }
            }

            if (vectors.Whole is { } whole)
            {
                return whole.AsSpan(firstToken * Dimensions, count * Dimensions);
            }

            if (firstToken < vectors.First || firstToken + count > vectors.End)
            {
                Load(vectors, firstToken, firstToken + count, cancellationToken);
            }

            return vectors.Buffer.AsSpan((firstToken - vectors.First) * Dimensions, count * Dimensions);
        }
    }

    /// <summary>Encodes the window of whole runs that starts with the run holding <paramref name="first"/> and covers <paramref name="end"/>.</summary>
    private void Load(LayerVectors vectors, int first, int end, CancellationToken cancellationToken)
    {
        var plan = vectors.Plan!;
        var starts = plan.RunStarts;

        // The run that holds the first token: the last run starting at or before it.
        var firstRun = 0;
        int lo = 0, hi = starts.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (starts[mid] <= first)
            {
                firstRun = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        int StartOf(int run) => run < starts.Count ? starts[run] : plan.TokenCount;
        var windowStart = starts.Count == 0 ? first : starts[firstRun];
        var endRun = Math.Min(firstRun + 1, starts.Count);
        while (endRun < starts.Count && (StartOf(endRun) < end || StartOf(endRun) - windowStart < WindowTokens))
        {
            endRun++;
        }

        var windowEnd = starts.Count == 0 ? end : StartOf(endRun);
        var length = (windowEnd - windowStart) * Dimensions;

        // The window is empty until it is whole: a cancelled encoding leaves nothing half-computed to be served.
        vectors.First = vectors.End = 0;
        if (vectors.Buffer.Length < length)
        {
            // The old buffer is let go first, so that a collection during the allocation may take it.
            vectors.Buffer = [];
            vectors.Buffer = new float[length];
        }
        else
        {
            vectors.Buffer.AsSpan(0, length).Clear();
        }

        plan.Encode(firstRun, endRun, vectors.Buffer.AsSpan(0, length), cancellationToken);
        vectors.First = windowStart;
        vectors.End = windowEnd;
    }

    private sealed class Entry
    {
        public Dictionary<int, LayerVectors> Layers { get; } = [];

        public IReadOnlyList<Token>? Tokens { get; set; }

        public IReadOnlyList<Sentence>? Sentences { get; set; }
    }

    /// <summary>The vectors of one layer: the whole document's, or a plan and its current window.</summary>
    private sealed class LayerVectors
    {
        public float[]? Whole { get; set; }

        public IEncodingPlan? Plan { get; set; }

        public float[] Buffer { get; set; } = [];

        public int First { get; set; }

        public int End { get; set; }
    }
}
