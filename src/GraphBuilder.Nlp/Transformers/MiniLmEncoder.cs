using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Embeddings;
using Microsoft.ML.OnnxRuntime;

namespace GraphBuilder.Nlp.Transformers;

/// <summary>
/// Contextual token vectors from the project's own encoder: the first three layers of all-MiniLM-L6-v2 fine-tuned
/// with the <c>accurate</c> entity recogniser (<c>Resources/Models/minilm-l3.onnx</c>: the exported ONNX graph cut
/// after layer 3, its matrices and word embeddings stored as int8 with per-column or per-row scales, its
/// vocabulary in <c>minilm-vocab.txt.gz</c>), run by OnnxRuntime on the CPU. A lower layer is read by cutting
/// the graph after it, whose hidden state becomes its output. A document's consecutive sentences are packed into sequences of up to
/// <see cref="MaxPieces"/> wordpieces (a longer sentence is split between tokens); a token's vector is the mean of
/// its wordpieces' vectors. Training and serving pack the same way, which matters: the vectors depend on the context.
/// </summary>
internal sealed class MiniLmEncoder : ITokenEncoder, IDisposable
{
    public const int Dimensions = 384;
    public const int MaxPieces = 126;
    // Sequences per ONNX Runtime run: 4 rather than 8 keeps the runtime's arena about 34 MB smaller (issue 15's memory bar).
    private const int MaxBatch = 4;
    /// <summary>The number of layers of the shipped encoder.</summary>
    public const int Layers = 3;
    private const string ModelResource = "GraphBuilder.Nlp.Resources.Models.minilm-l3.onnx";
    private const string VocabularyResource = "GraphBuilder.Nlp.Resources.Models.minilm-vocab.txt.gz";

    /// <summary>The tensor that holds the output of each layer (1-based; 0 is the embeddings) in the exported graph.</summary>
    internal static readonly string[] LayerTensors = ["146", "275", "404", "533", "662", "791", "last_hidden_state"];

    private readonly InferenceSession _session;
    private readonly string _output;

    private MiniLmEncoder(int layer, int threads, byte[]? model = null)
    {
        if (layer is < 1 or > Layers && model is null)
        {
            throw new ArgumentOutOfRangeException(nameof(layer), layer, "The shipped encoder has layers 1 to 3.");
        }

        Layer = layer;
        Tokenizer = LoadTokenizer();

        _output = LayerTensors[layer];
        model ??= LoadModel(layer < Layers ? _output : null);

        using var options = new SessionOptions
        {
            IntraOpNumThreads = threads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        _session = new InferenceSession(model, options);
    }

    /// <summary>Gets the layer whose hidden state is returned.</summary>
    public int Layer { get; }

    public WordPieceTokenizer Tokenizer { get; }

    /// <summary>Gets a short fingerprint of the shipped encoder (caches of its vectors are keyed by it).</summary>
    public static string ModelIdentity => Identity.Value;

    private static readonly Lazy<string> Identity = new(() =>
    {
        var hash = System.Security.Cryptography.SHA256.HashData(LoadModel());
        return Convert.ToHexString(hash.AsSpan(0, 8)).ToLowerInvariant();
    });

    /// <summary>Reads the shipped encoder (an ONNX model) embedded in this assembly.</summary>
    /// <param name="cutAt">The tensor to make the graph's only output, or <see langword="null"/> for the whole graph.</param>
    /// <remarks>
    /// The resource is read in place from the mapped assembly image when it can be (no managed copy before the cut),
    /// so that loading adds little to the process's peak memory.
    /// </remarks>
    public static unsafe byte[] LoadModel(string? cutAt = null)
    {
        var assembly = typeof(MiniLmEncoder).Assembly;
        using var stream = assembly.GetManifestResourceStream(ModelResource)
            ?? throw new InvalidOperationException($"{ModelResource} is not embedded in {assembly.GetName().Name}.");
        if (stream is UnmanagedMemoryStream mapped && mapped.Length <= int.MaxValue)
        {
            var image = new ReadOnlySpan<byte>(mapped.PositionPointer, (int)mapped.Length);
            return cutAt is null ? image.ToArray() : OnnxGraphEditor.CutAt(image, cutAt);
        }

        var model = new byte[stream.Length];
        stream.ReadExactly(model);
        return cutAt is null ? model : OnnxGraphEditor.CutAt(model, cutAt);
    }

    /// <summary>Reads the shipped encoder's WordPiece vocabulary (MiniLM's uncased BERT vocabulary).</summary>
    public static WordPieceTokenizer LoadTokenizer()
    {
        var assembly = typeof(MiniLmEncoder).Assembly;
        using var resource = assembly.GetManifestResourceStream(VocabularyResource)
            ?? throw new InvalidOperationException($"{VocabularyResource} is not embedded in {assembly.GetName().Name}.");
        using var vocabulary = new System.IO.Compression.GZipStream(resource, System.IO.Compression.CompressionMode.Decompress);
        return WordPieceTokenizer.Load(vocabulary);
    }

    /// <summary>Creates an encoder of a layer; its owner disposes it.</summary>
    /// <param name="layer">The layer whose hidden state is returned, 1 to 6.</param>
    /// <param name="threads">The threads ONNX Runtime may use for one run.</param>
    /// <returns>The encoder.</returns>
    public static MiniLmEncoder Create(int layer, int threads = 1) => new(layer, threads);

    /// <summary>Creates an encoder over a given model (such as a fine-tuned one) whose output is the layer's tensor.</summary>
    internal static MiniLmEncoder FromModel(byte[] model, int layer, int threads) => new(layer, threads, model);

    /// <summary>Computes one vector per token (<see cref="Dimensions"/> floats each, token after token).</summary>
    public float[] Encode(
        string text, ReadOnlySpan<TextSpan> spans, IReadOnlyList<(int Start, int Count)> sentences, CancellationToken cancellationToken = default)
    {
        var vectors = new float[spans.Length * Dimensions];
        if (spans.Length == 0)
        {
            return vectors;
        }

        var plan = Plan(text, spans, sentences);
        plan.Encode(0, plan.RunStarts.Count, vectors, cancellationToken);
        return vectors;
    }

    /// <summary>
    /// Lays a document out in runs of up to <see cref="MaxBatch"/> packed sequences, one ONNX Runtime run each: the
    /// packing and the batches are those of the whole document, so a run encoded alone gives the same vectors.
    /// </summary>
    public IEncodingPlan Plan(string text, ReadOnlySpan<TextSpan> spans, IReadOnlyList<(int Start, int Count)> sentences)
    {
        // Wordpieces of every token.
        var pieces = new List<int>();
        var firstPiece = new int[spans.Length + 1];
        for (var t = 0; t < spans.Length; t++)
        {
            firstPiece[t] = pieces.Count;
            Tokenizer.Tokenize(text.AsSpan(spans[t].Start, spans[t].End - spans[t].Start), pieces);
            if (pieces.Count - firstPiece[t] > MaxPieces)
            {
                pieces.RemoveRange(firstPiece[t] + MaxPieces, pieces.Count - firstPiece[t] - MaxPieces);
            }
        }

        firstPiece[spans.Length] = pieces.Count;
        return new MiniLmPlan(this, pieces, firstPiece, Pack(firstPiece, sentences), MaxBatch);
    }

    /// <summary>Packs whole consecutive sentences into chunks of tokens of up to <see cref="MaxPieces"/> wordpieces.</summary>
    internal static List<(int First, int End)> Pack(int[] firstPiece, IReadOnlyList<(int Start, int Count)> sentences)
    {
        var chunks = new List<(int, int)>();
        int PiecesOf(int first, int end) => firstPiece[end] - firstPiece[first];
        var chunkStart = -1;
        var chunkEnd = -1;
        foreach (var (start, count) in sentences)
        {
            if (count == 0)
            {
                continue;
            }

            var end = start + count;
            if (chunkStart >= 0 && (start != chunkEnd || PiecesOf(chunkStart, end) > MaxPieces))
            {
                chunks.Add((chunkStart, chunkEnd));
                chunkStart = -1;
            }

            if (PiecesOf(start, end) <= MaxPieces)
            {
                if (chunkStart < 0)
                {
                    chunkStart = start;
                }

                chunkEnd = end;
                continue;
            }

            // A sentence too long for one sequence is split between tokens.
            var first = start;
            for (var t = start; t < end; t++)
            {
                if (t > first && PiecesOf(first, t + 1) > MaxPieces)
                {
                    chunks.Add((first, t));
                    first = t;
                }
            }

            chunks.Add((first, end));
        }

        if (chunkStart >= 0)
        {
            chunks.Add((chunkStart, chunkEnd));
        }

        return chunks;
    }

    public void Dispose() => _session.Dispose();

    /// <summary>
    /// Encodes one batch of packed sequences into the vectors of its tokens, <paramref name="vectors"/> starting at token
    /// <paramref name="origin"/>.
    /// </summary>
    internal void Run(List<(int First, int End)> batch, List<int> pieces, int[] firstPiece, int origin, Span<float> vectors)
    {
        var length = 2 + batch.Max(c => firstPiece[c.End] - firstPiece[c.First]);
        var size = batch.Count * length;
        var ids = new long[size];
        var mask = new long[size];
        var types = new long[size];
        for (var b = 0; b < batch.Count; b++)
        {
            var (first, end) = batch[b];
            var row = b * length;
            ids[row] = Tokenizer.Classify;
            mask[row] = 1;
            var n = firstPiece[end] - firstPiece[first];
            for (var p = 0; p < n; p++)
            {
                ids[row + 1 + p] = pieces[firstPiece[first] + p];
                mask[row + 1 + p] = 1;
            }

            ids[row + 1 + n] = Tokenizer.Separator;
            mask[row + 1 + n] = 1;
            for (var p = n + 2; p < length; p++)
            {
                ids[row + p] = Tokenizer.Padding;
            }
        }

        long[] shape = [batch.Count, length];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(types, shape);
        using var runOptions = new RunOptions();
        using var outputs = _session.Run(
            runOptions,
            ["input_ids", "attention_mask", "token_type_ids"],
            [idsValue, maskValue, typesValue],
            [_output]);
        var hidden = outputs[0].GetTensorDataAsSpan<float>();
        for (var b = 0; b < batch.Count; b++)
        {
            var (first, end) = batch[b];
            var offset = firstPiece[first];
            for (var t = first; t < end; t++)
            {
                var count = firstPiece[t + 1] - firstPiece[t];
                if (count == 0)
                {
                    continue;
                }

                var target = vectors.Slice((t - origin) * Dimensions, Dimensions);
                for (var p = firstPiece[t]; p < firstPiece[t + 1]; p++)
                {
                    var source = hidden.Slice(((b * length) + 1 + p - offset) * Dimensions, Dimensions);
                    for (var d = 0; d < Dimensions; d++)
                    {
                        target[d] += source[d];
                    }
                }

                var inverse = 1f / count;
                for (var d = 0; d < Dimensions; d++)
                {
                    target[d] *= inverse;
                }
            }
        }
    }
}
