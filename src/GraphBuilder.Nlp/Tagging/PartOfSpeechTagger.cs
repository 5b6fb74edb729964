using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Learning;
using GraphBuilder.Nlp.Pipeline;

namespace GraphBuilder.Nlp.Tagging;

/// <summary>
/// Tags each token with its Universal POS tag, greedily from left to right, with an averaged perceptron trained on
/// UD English EWT.
/// </summary>
/// <remarks>Run it after the sentence splitter. The model is loaded on first use; the stage is thread-safe.</remarks>
public sealed class PartOfSpeechTagger : INlpStage
{
    private readonly Lazy<PartOfSpeechModel> _model;

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

    /// <inheritdoc />
    public string Name => "pos";

    /// <inheritdoc />
    public string Version => "1";

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var spans = new TextSpan[document.Tokens.Count];
        for (var i = 0; i < spans.Length; i++)
        {
            spans[i] = document.Tokens[i].Span;
        }

        var hashes = TokenHashes.Compute(document.Text, spans);
        var labels = new int[spans.Length];
        var sentences = document.Sentences;
        if (sentences.Count == 0 && spans.Length > 0)
        {
            Tag(hashes, labels);
        }

        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Tag(hashes.AsSpan(sentence.FirstToken, sentence.TokenCount), labels.AsSpan(sentence.FirstToken, sentence.TokenCount));
        }

        var tags = _model.Value.Tags;
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
    public IReadOnlyList<string> Tag(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var text = string.Join(' ', words);
        var spans = new TextSpan[words.Count];
        var offset = 0;
        for (var i = 0; i < words.Count; i++)
        {
            spans[i] = new TextSpan(offset, offset + words[i].Length);
            offset += words[i].Length + 1;
        }

        var labels = new int[words.Count];
        Tag(TokenHashes.Compute(text, spans), labels);
        var tags = _model.Value.Tags;
        return [.. labels.Select(l => tags[l])];
    }

    internal void Tag(ReadOnlySpan<TokenHashes> sentence, Span<int> labels)
    {
        var model = _model.Value;
        Span<uint> classes = sentence.Length <= 256 ? stackalloc uint[sentence.Length] : new uint[sentence.Length];
        for (var i = 0; i < sentence.Length; i++)
        {
            classes[i] = model.Lexicon.ClassOf(sentence[i].Lower);
        }

        Decode(model.Weights, sentence, classes, [], labels);
        if (model.Second is { } second)
        {
            Span<int> guesses = sentence.Length <= 256 ? stackalloc int[sentence.Length] : new int[sentence.Length];
            labels.CopyTo(guesses);
            Decode(second, sentence, classes, guesses, labels);
        }
    }

    /// <summary>Tags a sentence greedily from left to right with one pass's weights.</summary>
    internal static void Decode(LinearModel weights, ReadOnlySpan<TokenHashes> sentence, ReadOnlySpan<uint> classes, ReadOnlySpan<int> guesses, Span<int> labels)
    {
        var features = new FeatureBuffer(weights.Bits);
        Span<float> scores = stackalloc float[weights.Labels];
        for (var i = 0; i < sentence.Length; i++)
        {
            PartOfSpeechFeatures.Extract(sentence, classes, guesses, i, i > 0 ? labels[i - 1] : -1, i > 1 ? labels[i - 2] : -1, features);
            weights.Score(features.Buckets, scores);
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
}
