using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Embeddings;
using GraphBuilder.Nlp.Learning;
using GraphBuilder.Nlp.Pipeline;

namespace GraphBuilder.Nlp.Entities;

/// <summary>
/// Finds the names of people, organisations, places and other named things: a softmax over BILOU labels with
/// sparse features (and, in the <c>accurate</c> profile, MiniLM layer-3 token vectors as dense features), decoded
/// greedily from left to right under the BILOU constraints. CoNLL types map to
/// <see cref="EntityLabel"/>: PER to Person, ORG to Organization, LOC to Location, MISC to Miscellaneous.
/// </summary>
/// <remarks>
/// Run it after the sentence splitter. A mention's <see cref="EntityMention.Confidence"/> is the lowest probability
/// the model gave one of its tokens' labels. The model is loaded on first use; the stage is thread-safe.
/// </remarks>
public sealed class EntityRecognizer : INlpStage, IDisposable
{
    private readonly Lazy<EntityModel> _model;
    private readonly string _name = "ner-fast";
    private readonly DocumentVectors _vectors = new();
    private readonly bool _ownsVectors = true;

    /// <summary>Initializes a new instance of the <see cref="EntityRecognizer"/> class.</summary>
    /// <param name="model">The trained model.</param>
    public EntityRecognizer(EntityModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = new Lazy<EntityModel>(model);
        _name = model.IsContextual ? "ner-accurate" : "ner-fast";
    }

    /// <summary>Initializes a new instance of the <see cref="EntityRecognizer"/> class with a model loaded on first use.</summary>
    /// <param name="modelFactory">Loads the model.</param>
    /// <param name="name">The stage's name, such as <c>ner-accurate</c>.</param>
    public EntityRecognizer(Func<EntityModel> modelFactory, string name)
        : this(modelFactory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _name = name;
    }

    /// <summary>Gets the model, loading it on first use.</summary>
    internal EntityModel Model => _model.Value;

    /// <summary>Gets the encoder of a layer, for texts that are not a pipeline's document (evaluation on gold tokens).</summary>
    internal ITokenEncoder EncoderFor(int layer) => _vectors.EncoderFor(layer);

    /// <summary>Initializes a new instance of the <see cref="EntityRecognizer"/> class that reads its vectors from <paramref name="vectors"/>.</summary>
    internal EntityRecognizer(Func<EntityModel> modelFactory, string name, DocumentVectors vectors)
        : this(modelFactory, name)
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

    /// <summary>Initializes a new instance of the <see cref="EntityRecognizer"/> class with a model loaded on first use.</summary>
    /// <param name="modelFactory">Loads the model.</param>
    public EntityRecognizer(Func<EntityModel> modelFactory)
    {
        ArgumentNullException.ThrowIfNull(modelFactory);
        _model = new Lazy<EntityModel>(modelFactory, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <inheritdoc />
    public string Name => _name;

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

        var sentences = DocumentVectors.SentencesOf(document);

        // The document's vectors are shared with the accurate tagger and parser and read a sentence at a time; Title Case
        // headlines are read re-cased (same offsets), so their verbs and prepositions do not join names.
        var (labels, probabilities) = Label(model, document.CasedText, spans, AfterDatelines(document, sentences), contextual => WindowsOf(document, contextual, cancellationToken));
        var mentions = new List<EntityMention>();
        for (var i = 0; i < labels.Length; i++)
        {
            if (labels[i] == BilouLabels.Outside)
            {
                continue;
            }

            var type = BilouLabels.TypeOf(labels[i]);
            var first = i;
            var confidence = probabilities[i];
            while (BilouLabels.PositionOf(labels[i]) is BilouLabels.Begin or BilouLabels.Inside && i + 1 < labels.Length)
            {
                i++;
                confidence = Math.Min(confidence, probabilities[i]);
            }

            mentions.Add(new EntityMention(
                new TextSpan(spans[first].Start, spans[i].End), first, i - first + 1, LabelOf(model.Types[type]), confidence, Name));
        }

        document.SetEntities(MentionEdges.Trim(document, mentions));
    }

    /// <summary>Reads a dateline as a sentence of its own, so that the story's first sentence starts as any other does.</summary>
    private static (int Start, int Count)[] AfterDatelines(Document document, (int Start, int Count)[] sentences)
    {
        if (!document.Layout.Any(l => l.Kind == LayoutKind.Dateline))
        {
            return sentences;
        }

        var result = new List<(int Start, int Count)>(sentences.Length + 1);
        foreach (var (start, count) in sentences)
        {
            var first = start;
            foreach (var dateline in document.Layout.Where(l => l.Kind == LayoutKind.Dateline))
            {
                var cut = first;
                while (cut < start + count && document.Tokens[cut].Span.End <= dateline.Span.End)
                {
                    cut++;
                }

                if (cut > first && cut < start + count && document.Tokens[first].Span.Start >= dateline.Span.Start)
                {
                    result.Add((first, cut - first));
                    first = cut;
                }
            }

            result.Add((first, start + count - first));
        }

        return [.. result];
    }

    /// <summary>Maps a CoNLL entity type to the recogniser's label.</summary>
    /// <param name="type">The type, such as <c>PER</c>.</param>
    /// <returns>The label.</returns>
    public static EntityLabel LabelOf(string type) => type switch
    {
        "PER" => EntityLabel.Person,
        "ORG" => EntityLabel.Organization,
        "LOC" => EntityLabel.Location,
        _ => EntityLabel.Miscellaneous,
    };

    /// <summary>Labels a text's tokens, with the model's standardised vectors given whole or encoded whole here.</summary>
    internal static (int[] Labels, float[] Probabilities) Label(
        EntityModel model,
        string text,
        TextSpan[] spans,
        (int Start, int Count)[] sentences,
        float[]? vectors,
        Func<int, ITokenEncoder>? encoderFor = null)
    {
        TokenVectors VectorsOf(ContextualFeatures contextual)
        {
            // The vectors given are the model's own; a prior model's are encoded.
            var all = vectors is not null && ReferenceEquals(contextual, model.Contextual)
                ? vectors
                : contextual.Vectors(
                    encoderFor?.Invoke(contextual.Layer) ?? throw new InvalidOperationException("The accurate entity model needs a MiniLM encoder."),
                    text,
                    spans,
                    sentences);
            return (start, count) => all.AsSpan(start * contextual.Dimensions, count * contextual.Dimensions);
        }

        return Label(model, text, spans, sentences, VectorsOf);
    }

    /// <summary>Labels a text's tokens, reading each contextual model's standardised vectors a sentence at a time.</summary>
    internal static (int[] Labels, float[] Probabilities) Label(
        EntityModel model,
        string text,
        TextSpan[] spans,
        (int Start, int Count)[] sentences,
        Func<ContextualFeatures, TokenVectors> vectorsOf)
    {
        var context = new EntityContext(text, spans, sentences, model.Gazetteer, exclude: null, model.Lexicon)
        {
            Prior = model.Prior is { } prior ? Label(prior, text, spans, sentences, vectorsOf).Labels : null,
        };
        var labels = new int[spans.Length];
        var probabilities = new float[spans.Length];
        Decode(model.Weights, context, labels, probabilities, model.Contextual, model.Contextual is { } contextual ? vectorsOf(contextual) : null);
        Complete(model, context, labels, probabilities);
        return (labels, probabilities);
    }

    /// <summary>Reads a model's vectors of a document from the shared encoding, standardised into one buffer.</summary>
    private TokenVectors WindowsOf(Document document, ContextualFeatures contextual, CancellationToken cancellationToken)
    {
        float[] buffer = [];
        return (start, count) => contextual.Standardized(_vectors.Window(document, contextual.Layer, start, count, cancellationToken), ref buffer);
    }

    private static void Complete(EntityModel model, EntityContext context, Span<int> labels, Span<float> probabilities)
    {
        foreach (var (start, count) in context.Sentences)
        {
            model.Lexicon.Apply(
                context.Hashes.AsSpan(start, count),
                labels.Slice(start, count),
                probabilities.Slice(start, count),
                model.IsContextual ? model.Gazetteer : null);
        }
    }

    internal static void Decode(
        LinearModel weights,
        EntityContext context,
        Span<int> labels,
        Span<float> probabilities,
        ContextualFeatures? contextual = null,
        TokenVectors? vectors = null)
    {
        var dimensions = contextual?.Dimensions ?? 0;
        var features = new FeatureBuffer(weights.Bits);
        Span<float> scores = stackalloc float[weights.Labels];
        context.History.Clear();
        foreach (var (start, count) in context.Sentences)
        {
            var end = start + count;
            var sentenceVectors = contextual is not null && vectors is not null && count > 0 ? vectors(start, count) : default;
            for (var i = start; i < end; i++)
            {
                var previous = i > start ? labels[i - 1] : -1;
                EntityFeatures.Extract(context, start, end, i, previous, i > start + 1 ? labels[i - 2] : -1, features);
                weights.Score(features.Buckets, scores);
                if (contextual is not null && vectors is not null)
                {
                    contextual.AddScores(sentenceVectors.Slice((i - start) * dimensions, dimensions), scores);
                }

                labels[i] = Choose(scores, previous, i == end - 1, out probabilities[i]);
                context.Remember(i, labels[i], weights.Labels);
            }
        }
    }

    /// <summary>Picks the best label the BILOU constraints allow and its probability among the allowed labels.</summary>
    internal static int Choose(Span<float> scores, int previous, bool last, out float probability)
    {
        var best = -1;
        var max = float.NegativeInfinity;
        for (var l = 0; l < scores.Length; l++)
        {
            if (!BilouLabels.Allowed(previous, l) || (last && !BilouLabels.CanEnd(l)))
            {
                scores[l] = float.NegativeInfinity;
                continue;
            }

            if (scores[l] > max)
            {
                max = scores[l];
                best = l;
            }
        }

        var sum = 0f;
        for (var l = 0; l < scores.Length; l++)
        {
            if (!float.IsNegativeInfinity(scores[l]))
            {
                sum += MathF.Exp(scores[l] - max);
            }
        }

        probability = 1f / sum;
        return best;
    }
}
