using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Entities;
using GraphBuilder.Nlp.Learning;
using GraphBuilder.Nlp.Pipeline;

namespace GraphBuilder.Nlp.Parsing;

/// <summary>
/// Gives each token its syntactic head and Universal Dependencies relation: a greedy arc-hybrid transition parser
/// whose transitions and labels are chosen by averaged perceptrons trained on UD English EWT with a dynamic oracle.
/// </summary>
/// <remarks>
/// Run it after the part-of-speech tagger, whose tags it reads. Each sentence gets one root (head -1, label
/// <c>root</c>); heads are token indexes in the document. The model is loaded on first use; the stage is thread-safe.
/// </remarks>
public sealed class DependencyParser : INlpStage, IDisposable
{
    /// <summary>The label of a sentence's root.</summary>
    public const string RootLabel = "root";

    private readonly Lazy<DependencyModel> _model;
    private readonly Embeddings.DocumentVectors _vectors = new();
    private readonly bool _ownsVectors = true;

    /// <summary>Initializes a new instance of the <see cref="DependencyParser"/> class.</summary>
    /// <param name="model">The trained model.</param>
    public DependencyParser(DependencyModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = new Lazy<DependencyModel>(model);
    }

    /// <summary>Initializes a new instance of the <see cref="DependencyParser"/> class with a model loaded on first use.</summary>
    /// <param name="modelFactory">Loads the model.</param>
    public DependencyParser(Func<DependencyModel> modelFactory)
    {
        ArgumentNullException.ThrowIfNull(modelFactory);
        _model = new Lazy<DependencyModel>(modelFactory, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Initializes a new instance of the <see cref="DependencyParser"/> class that reads its vectors from <paramref name="vectors"/>.</summary>
    internal DependencyParser(Func<DependencyModel> modelFactory, Embeddings.DocumentVectors vectors)
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
    public string Name => "deps";

    /// <inheritdoc />
    public string Version => "1";

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The document has no part-of-speech tags.</exception>
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tags = document.PartsOfSpeech ?? throw new InvalidOperationException("The dependency parser needs part-of-speech tags: run the tagger first.");
        var model = _model.Value;
        var count = document.Tokens.Count;
        var spans = new TextSpan[count];
        for (var i = 0; i < count; i++)
        {
            spans[i] = document.Tokens[i].Span;
        }

        var words = ParserWords.Build(TokenHashes.Compute(document.Text, spans), tags);
        var heads = new int[count];
        var labels = new int[count];
        var decoder = new Decoder(model);
        (int Start, int Count)[] ranges = document.Sentences.Count == 0 && count > 0
            ? [(0, count)]
            : [.. document.Sentences.Select(s => (s.FirstToken, s.TokenCount))];
        // The document's MiniLM vectors, shared with the tagger and the entity recogniser, are read a sentence at a time.
        float[] buffer = [];
        ReadOnlySpan<float> VectorsOf(int first, int tokens) => model.Vectors is { } dense && tokens > 0
            ? ContextualFeatures.Standardized(
                _vectors.Window(document, dense.Layer, first, tokens, cancellationToken), dense.Mean, dense.InverseDeviation, ref buffer)
            : [];
        if (document.Sentences.Count == 0 && count > 0)
        {
            decoder.Parse(words, VectorsOf(0, count), heads, labels);
        }

        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var range = new Range(sentence.FirstToken, sentence.EndToken);
            decoder.Parse(words.AsSpan(range), VectorsOf(sentence.FirstToken, sentence.TokenCount), heads.AsSpan(range), labels.AsSpan(range));
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                heads[i] = heads[i] < 0 ? -1 : heads[i] + sentence.FirstToken;
            }
        }

        var arcs = new DependencyArc[count];
        for (var i = 0; i < count; i++)
        {
            arcs[i] = new DependencyArc(heads[i], labels[i] < 0 ? RootLabel : model.Labels[labels[i]]);
        }

        document.SetDependencies(arcs);
    }

    /// <summary>Parses one sentence of pre-tokenised, tagged words.</summary>
    /// <param name="words">The words.</param>
    /// <param name="tags">One Universal POS tag per word.</param>
    /// <returns>One arc per word; heads are word indexes, -1 for the root.</returns>
    /// <exception cref="ArgumentException">The number of tags differs from the number of words.</exception>
    public IReadOnlyList<DependencyArc> Parse(IReadOnlyList<string> words, IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(tags);
        if (words.Count != tags.Count)
        {
            throw new ArgumentException("Expected one tag per word.", nameof(tags));
        }

        var model = _model.Value;
        var heads = new int[words.Count];
        var labels = new int[words.Count];
        var text = string.Join(' ', words);
        var spans = new TextSpan[words.Count];
        var offset = 0;
        for (var i = 0; i < words.Count; i++)
        {
            spans[i] = new TextSpan(offset, offset + words[i].Length);
            offset += words[i].Length + 1;
        }

        var vectors = model.Vectors is { } contextual ? contextual.Vectors(_vectors.EncoderFor(contextual.Layer), text, spans, [(0, words.Count)]) : [];
        new Decoder(model).Parse(ParserWords.Build(TokenHashes.Compute(text, spans), tags), vectors, heads, labels);
        var arcs = new DependencyArc[words.Count];
        for (var i = 0; i < arcs.Length; i++)
        {
            arcs[i] = new DependencyArc(heads[i], labels[i] < 0 ? RootLabel : model.Labels[labels[i]]);
        }

        return arcs;
    }

    /// <summary>Parses sentences greedily with one model, reusing its buffers from sentence to sentence.</summary>
    internal sealed class Decoder(DependencyModel model)
    {
        private readonly ParserState _state = new();
        private readonly FeatureBuffer _features = new(model.Transitions.Bits);
        private readonly FeatureBuffer _labelFeatures = new(model.ArcLabels.Bits);
        private readonly float[] _scores = new float[model.Transitions.Labels];
        private readonly float[] _labelScores = new float[model.ArcLabels.Labels];

        /// <summary>
        /// Parses one sentence: heads are word indexes in it, -1 for the root, whose label is -1. The vectors are the
        /// sentence's standardised MiniLM vectors when the model has dense features, else empty.
        /// </summary>
        public void Parse(ReadOnlySpan<ParserWord> words, ReadOnlySpan<float> vectors, Span<int> heads, Span<int> labels)
        {
            var dense = vectors.Length > 0 ? model.Vectors : null;
            var state = _state;
            state.Reset(words.Length);
            while (!state.IsTerminal)
            {
                ParserFeatures.Transition(state, words, _features);
                model.Transitions.Score(_features.Buckets, _scores);
                dense?.AddTransitionScores(state, vectors, _scores);
                var best = Best(state, _scores);
                var label = -1;
                if (best != Transition.Shift)
                {
                    var (head, dependent) = state.ArcOf(best);
                    ParserFeatures.Label(state, words, head, dependent, _labelFeatures);
                    model.ArcLabels.Score(_labelFeatures.Buckets, _labelScores);
                    dense?.AddLabelScores(head, dependent, vectors, _labelScores);
                    label = Tagging.PartOfSpeechTagger.ArgMax(_labelScores);
                }

                state.Apply(best, label);
            }

            state.Heads.CopyTo(heads);
            state.Labels.CopyTo(labels);
        }
    }

    /// <summary>Returns the allowed transition with the highest score.</summary>
    internal static Transition Best(ParserState state, ReadOnlySpan<float> scores)
    {
        var best = Transition.Shift;
        var bestScore = float.NegativeInfinity;
        for (var t = Transition.Shift; t <= Transition.Right; t++)
        {
            if (state.IsAllowed(t) && scores[(int)t] > bestScore)
            {
                best = t;
                bestScore = scores[(int)t];
            }
        }

        return best;
    }
}
