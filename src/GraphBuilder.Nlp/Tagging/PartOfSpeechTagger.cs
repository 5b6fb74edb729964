using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Embeddings;
using GraphBuilder.Nlp.Entities;
using GraphBuilder.Nlp.Learning;
using GraphBuilder.Nlp.Pipeline;

namespace GraphBuilder.Nlp.Tagging;

/// <summary>
/// Tags each token with its Universal POS tag, greedily from left to right, with a linear model trained on UD English
/// EWT: an averaged perceptron over sparse features (<c>fast</c>), or a softmax over the same features plus MiniLM
/// layer-3 vectors (<c>accurate</c>, <see cref="PartOfSpeechModel.IsContextual"/>).
/// </summary>
/// <remarks>
/// Run it after the sentence splitter. The model is loaded on first use; the stage is thread-safe. The
/// <c>accurate</c> model shares each document's vectors with the entity recogniser, so the document is encoded once.
/// </remarks>
public sealed class PartOfSpeechTagger : INlpStage, IDisposable
{
    private readonly Lazy<PartOfSpeechModel> _model;
    private readonly DocumentVectors _vectors = new();
    private readonly bool _ownsVectors = true;

    /// <summary>Initializes a new instance of the <see cref="PartOfSpeechTagger"/> class.</summary>
    /// <param name="model">The trained model.</param>
    public PartOfSpeechTagger(PartOfSpeechModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = new Lazy<PartOfSpeechModel>(model);
    }

    /// <summary>Initializes a new instance of the <see cref="PartOfSpeechTagger"/> class with a model loaded on first use.</summary>
    /// <param name="modelFactory">Loads the model.</param>
    public PartOfSpeechTagger(Func<PartOfSpeechModel> modelFactory)
    {
        ArgumentNullException.ThrowIfNull(modelFactory);
        _model = new Lazy<PartOfSpeechModel>(modelFactory, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Initializes a new instance of the <see cref="PartOfSpeechTagger"/> class that reads its vectors from <paramref name="vectors"/>.</summary>
    internal PartOfSpeechTagger(Func<PartOfSpeechModel> modelFactory, DocumentVectors vectors)
        : this(modelFactory)
    {
        _vectors = vectors;
        _ownsVectors = false;
    }

    /// <summary>Releases the MiniLM encoders the stage loaded for itself (none when the pipeline shares its own).</summary>
    public void Dispose()
    {
        if (_ownsVectors)
        {
            _vectors.Dispose();
        }
    }

    /// <inheritdoc />
    public string Name => "pos";

    /// <inheritdoc />
    public string Version => "1";

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var model = _model.Value;
        var spans = new TextSpan[document.Tokens.Count];
        for (var i = 0; i < spans.Length; i++)
        {
            spans[i] = document.Tokens[i].Span;
        }

        var hashes = TokenHashes.Compute(document.Text, spans);
        var labels = new int[spans.Length];
        // The document's MiniLM vectors are read a sentence at a time, standardised into one buffer.
        float[] buffer = [];
        foreach (var (start, count) in DocumentVectors.SentencesOf(document))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var vectors = model.Contextual is { } contextual && count > 0
                ? contextual.Standardized(_vectors.Window(document, contextual.Layer, start, count, cancellationToken), ref buffer)
                : default;
            Tag(model, hashes.AsSpan(start, count), labels.AsSpan(start, count), vectors);
        }

        var tags = model.Tags;
        var result = new string[labels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            result[i] = tags[labels[i]];
        }

        document.SetPartsOfSpeech(result);
    }

    /// <summary>Tags one sentence of pre-tokenised words.</summary>
    /// <param name="words">The words.</param>
    /// <returns>One Universal POS tag per word.</returns>
    /// <remarks>The <c>accurate</c> model sees the sentence without the document around it; prefer <see cref="TagDocument"/>.</remarks>
    public IReadOnlyList<string> Tag(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return TagDocument([words])[0];
    }

    /// <summary>Tags the sentences of one document of pre-tokenised words, as for evaluation on gold tokens.</summary>
    /// <param name="sentences">The document's sentences, in order.</param>
    /// <returns>One tag list per sentence.</returns>
    /// <remarks>The <c>accurate</c> model reads vectors computed over the document's consecutive sentences, as in serving.</remarks>
    public IReadOnlyList<IReadOnlyList<string>> TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var model = _model.Value;
        var (text, spans, bounds) = Layout(sentences);
        var hashes = TokenHashes.Compute(text, spans);
        var labels = new int[spans.Length];
        var vectors = model.Contextual is { } contextual && spans.Length > 0
            ? contextual.Vectors(_vectors.EncoderFor(contextual.Layer), text, spans, bounds)
            : [];
        var result = new IReadOnlyList<string>[bounds.Length];
        for (var s = 0; s < bounds.Length; s++)
        {
            var (start, count) = bounds[s];
            Tag(model, hashes.AsSpan(start, count), labels.AsSpan(start, count), Slice(model, vectors, start, count));
            result[s] = [.. labels.AsSpan(start, count).ToArray().Select(l => model.Tags[l])];
        }

        return result;
    }

    /// <summary>Lays pre-tokenised sentences out as text: words joined by spaces, sentences by line breaks.</summary>
    internal static (string Text, TextSpan[] Spans, (int Start, int Count)[] Sentences) Layout(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var builder = new System.Text.StringBuilder();
        var spans = new List<TextSpan>();
        var bounds = new (int, int)[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            bounds[s] = (spans.Count, sentences[s].Count);
            foreach (var word in sentences[s])
            {
                spans.Add(new TextSpan(builder.Length, builder.Length + word.Length));
                builder.Append(word).Append(' ');
            }

            builder.Append('\n');
        }

        return (builder.ToString(), [.. spans], bounds);
    }

    internal static void Tag(PartOfSpeechModel model, ReadOnlySpan<TokenHashes> sentence, Span<int> labels, ReadOnlySpan<float> vectors)
    {
        Span<uint> classes = sentence.Length <= 256 ? stackalloc uint[sentence.Length] : new uint[sentence.Length];
        for (var i = 0; i < sentence.Length; i++)
        {
            classes[i] = model.Lexicon.ClassOf(sentence[i].Lower);
        }

        Decode(model.Weights, sentence, classes, [], labels, model.Contextual, vectors);
        if (model.Second is { } second)
        {
            Span<int> guesses = sentence.Length <= 256 ? stackalloc int[sentence.Length] : new int[sentence.Length];
            labels.CopyTo(guesses);
            Decode(second, sentence, classes, guesses, labels);
        }
    }

    /// <summary>Tags a sentence greedily from left to right with one pass's weights (and the dense weights, if any).</summary>
    internal static void Decode(
        LinearModel weights,
        ReadOnlySpan<TokenHashes> sentence,
        ReadOnlySpan<uint> classes,
        ReadOnlySpan<int> guesses,
        Span<int> labels,
        ContextualFeatures? contextual = null,
        ReadOnlySpan<float> vectors = default)
    {
        var features = new FeatureBuffer(weights.Bits);
        Span<float> scores = stackalloc float[weights.Labels];
        var dimensions = contextual is not null && !vectors.IsEmpty ? contextual.Dimensions : 0;
        for (var i = 0; i < sentence.Length; i++)
        {
            PartOfSpeechFeatures.Extract(sentence, classes, guesses, i, i > 0 ? labels[i - 1] : -1, i > 1 ? labels[i - 2] : -1, features);
            weights.Score(features.Buckets, scores);
            if (dimensions > 0)
            {
                contextual!.AddScores(vectors.Slice(i * dimensions, dimensions), scores);
            }

            labels[i] = ArgMax(scores);
        }
    }

    internal static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var l = 1; l < scores.Length; l++)
        {
            if (scores[l] > scores[best])
            {
                best = l;
            }
        }

        return best;
    }

    private static ReadOnlySpan<float> Slice(PartOfSpeechModel model, float[] vectors, int start, int count) =>
        vectors.Length == 0 ? default : vectors.AsSpan(start * model.Contextual!.Dimensions, count * model.Contextual.Dimensions);
}
