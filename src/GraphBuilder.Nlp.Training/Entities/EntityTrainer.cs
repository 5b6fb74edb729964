using System.Globalization;
using GraphBuilder.Nlp.Embeddings;
using GraphBuilder.Nlp.Entities;
using GraphBuilder.Nlp.Learning;
using GraphBuilder.Nlp.Training.Corpora;
using GraphBuilder.Nlp.Training.Evaluation;
using GraphBuilder.Nlp.Training.Learning;

namespace GraphBuilder.Nlp.Training.Entities;

/// <summary>
/// Trains the entity recogniser: a softmax over BILOU labels, trained with AdaGrad on its own greedy predictions
/// (so that its label-history features see at training time what they will see at run time), with averaged weights;
/// the pass that scores best on the dev data is kept.
/// </summary>
public static class EntityTrainer
{
    /// <summary>Trains a model.</summary>
    /// <param name="train">The training documents.</param>
    /// <param name="dev">The dev documents that choose the number of passes, if any.</param>
    /// <param name="settings">The settings.</param>
    /// <param name="progress">Receives one line per pass, if given.</param>
    /// <returns>The trained model.</returns>
    public static EntityModel Train(
        IReadOnlyList<ConllDocument> train,
        IReadOnlyList<ConllDocument>? dev,
        TrainingSettings settings,
        Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(settings);
        using var encoders = new DocumentVectors();
        var bits = settings.Bits > 0 ? settings.Bits : 21;
        var epochs = settings.Epochs > 0 ? settings.Epochs : 10;
        var rate = settings.LearningRate > 0 ? (float)settings.LearningRate : 0.1f;
        var types = train.SelectMany(d => d.Sentences).SelectMany(s => s.Tags).Where(t => t.Length > 2)
            .Select(t => t[2..]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var labels = BilouLabels.Count(types.Length);
        var prune = settings.PruneThreshold > 0 ? (float)settings.PruneThreshold : 1e-3f;

        var layouts = train.Select(ConllText.Build).ToArray();
        var (gazetteer, ownNames) = BuildGazetteer(train, layouts, types);
        var lexicon = settings.UseLexicon ? EntityLexicon.FromResources(types) : EntityLexicon.Empty;
        var examples = new (EntityContext Context, int[] Gold)[train.Count];
        for (var d = 0; d < train.Count; d++)
        {
            var (text, spans, sentences) = layouts[d];
            var gold = train[d].Sentences.SelectMany(s => BilouLabels.FromIob2(s.Tags, types)).ToArray();
            examples[d] = (new EntityContext(text, spans, sentences, gazetteer, ownNames[d], lexicon)
            {
                Prior = settings.Prior is { } prior ? EntityRecognizer.Label(prior, text, spans, sentences, null, encoders.EncoderFor).Labels : null,
            }, gold);
        }

        var features = new FeatureBuffer(bits);
        var seen = CountFeatures(examples, labels, features, bits);
        var (contextual, trainVectors, devVectors) = LoadVectors(layouts, dev, labels, settings, progress);
        var dimensions = contextual is null ? 0 : Transformers.MiniLmEncoder.Dimensions;
        var denseRate = settings.DenseLearningRate > 0 ? (float)settings.DenseLearningRate : 0.02f;
        var learner = new AdaGradSoftmax(bits, labels, rate, dimensions, denseRate);
        var scores = new float[labels];
        var active = new int[256];
        var random = new Random(settings.Seed);
        var order = Enumerable.Range(0, examples.Length).ToArray();
        EntityModel? best = null;
        var bestF1 = -1.0;
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            var loss = 0.0;
            foreach (var index in order)
            {
                var (context, gold) = examples[index];
                TrainDocument(context, gold, trainVectors?[index], dimensions, labels, learner, features, seen, active, scores, ref loss);
            }

            var dense = contextual is null ? null
                : new ContextualFeatures(contextual.Layer, dimensions, labels, contextual.Mean, contextual.InverseDeviation, learner.AveragedDense());
            var model = new EntityModel(
                types,
                gazetteer,
                lexicon,
                learner.Averaged(prune),
                dense,
                settings.Prior,
                settings.Prior is null ? null : settings.PriorName);
            var f1 = dev is null ? 0 : Score(model, dev, devVectors).Overall.F1;
            progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"epoch {epoch}: loss {loss:F0} dev F1 {100 * f1:F2} rows {model.Weights.Rows}"));
            if (dev is null || f1 > bestF1)
            {
                best = model;
                bestF1 = f1;
            }
        }

        return best!;
    }

    /// <summary>Scores a model on gold documents under the conlleval protocol.</summary>
    /// <param name="model">The model.</param>
    /// <param name="documents">The gold documents.</param>
    /// <returns>The scorer holding per-type and overall figures.</returns>
    public static EntitySpanScorer Score(EntityModel model, IReadOnlyList<ConllDocument> documents) => Score(model, documents, null);

    internal static EntitySpanScorer Score(EntityModel model, IReadOnlyList<ConllDocument> documents, float[][]? vectors)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(documents);
        var scorer = new EntitySpanScorer();
        using var encoders = new DocumentVectors();
        for (var d = 0; d < documents.Count; d++)
        {
            var document = documents[d];
            var predicted = ConllEntityTagging.Tag(model, document, vectors?[d], encoders.EncoderFor);
            for (var s = 0; s < predicted.Count; s++)
            {
                scorer.Add(document.Sentences[s].Tags, predicted[s]);
            }
        }

        return scorer;
    }

    /// <summary>
    /// Builds the gazetteer, which counts for each name the documents that give it each type, and returns each
    /// training document's own names (left out when that document is the one being labelled).
    /// </summary>
    private static (Gazetteer Gazetteer, HashSet<(ulong, int)>[] OwnNames) BuildGazetteer(
        IReadOnlyList<ConllDocument> train,
        (string Text, Documents.TextSpan[] Spans, (int Start, int Count)[] Sentences)[] layouts,
        string[] types)
    {
        var ownNames = new HashSet<(ulong, int)>[train.Count];
        var documents = new Dictionary<ulong, int[]>();
        var prefixes = new HashSet<ulong>();
        for (var d = 0; d < train.Count; d++)
        {
            ownNames[d] = Names(train[d], layouts[d], types, prefixes);
            foreach (var (key, type) in ownNames[d])
            {
                if (!documents.TryGetValue(key, out var counts))
                {
                    counts = new int[types.Length];
                    documents[key] = counts;
                }

                counts[type]++;
            }
        }

        // Proper prefixes of names are stored with no counts, so that look-ups stop at the first unknown prefix.
        foreach (var prefix in prefixes)
        {
            documents.TryAdd(prefix, new int[types.Length]);
        }

        return (new Gazetteer(types.Length, documents), ownNames);
    }

    /// <summary>
    /// Counts how often each feature bucket fires on the gold labels (up to 255): features seen only once are dropped,
    /// since they cannot generalise and they bloat the model.
    /// </summary>
    private static byte[] CountFeatures((EntityContext Context, int[] Gold)[] examples, int labels, FeatureBuffer features, int bits)
    {
        var seen = new byte[1 << bits];
        foreach (var (context, gold) in examples)
        {
            context.History.Clear();
            foreach (var (start, count) in context.Sentences)
            {
                for (var i = start; i < start + count; i++)
                {
                    EntityFeatures.Extract(context, start, start + count, i, i > start ? gold[i - 1] : -1, i > start + 1 ? gold[i - 2] : -1, features);
                    context.Remember(i, gold[i], labels);
                    foreach (var b in features.Buckets)
                    {
                        if (seen[b] < 255)
                        {
                            seen[b]++;
                        }
                    }
                }
            }
        }

        return seen;
    }

    /// <summary>
    /// For the accurate profile, loads the corpora's standardised MiniLM vectors as dense features (cached on disk
    /// between runs); for the fast profile, nothing.
    /// </summary>
    private static (ContextualFeatures? Contextual, float[][]? Train, float[][]? Dev) LoadVectors(
        (string Text, Documents.TextSpan[] Spans, (int Start, int Count)[] Sentences)[] layouts,
        IReadOnlyList<ConllDocument>? dev,
        int labels,
        TrainingSettings settings,
        Action<string>? progress)
    {
        if (settings.TransformerLayer <= 0)
        {
            return (null, null, null);
        }

        var dimensions = Transformers.MiniLmEncoder.Dimensions;
        var cache = settings.VectorCacheDirectory ?? Path.Combine(Path.GetTempPath(), "graphbuilder-minilm");
        var trainVectors = ContextualVectors.Load(layouts, settings.TransformerLayer, cache, progress);
        var devVectors = dev is null ? null : ContextualVectors.Load(dev.Select(ConllText.Build).ToArray(), settings.TransformerLayer, cache, progress);
        var (mean, inverse) = ContextualVectors.Moments(trainVectors, dimensions);
        foreach (var v in trainVectors.Concat(devVectors ?? []))
        {
            ContextualFeatures.Standardize(v, mean, inverse);
        }

        return (new ContextualFeatures(settings.TransformerLayer, dimensions, labels, mean, inverse, new float[dimensions * labels]), trainVectors, devVectors);
    }

    /// <summary>
    /// One document of a pass: labels it greedily with the current weights, updating them after each token, so that
    /// the label-history features see the model's own predictions. Each token's loss is added to
    /// <paramref name="loss"/> as it comes, the order in which the pass has always summed it.
    /// </summary>
    private static void TrainDocument(
        EntityContext context,
        int[] gold,
        float[]? vectors,
        int dimensions,
        int labels,
        AdaGradSoftmax learner,
        FeatureBuffer features,
        byte[] seen,
        int[] active,
        float[] scores,
        ref double loss)
    {
        var predicted = new int[gold.Length];
        context.History.Clear();
        foreach (var (start, count) in context.Sentences)
        {
            var end = start + count;
            for (var i = start; i < end; i++)
            {
                var previous = i > start ? predicted[i - 1] : -1;
                EntityFeatures.Extract(context, start, end, i, previous, i > start + 1 ? predicted[i - 2] : -1, features);
                var n = 0;
                foreach (var b in features.Buckets)
                {
                    if (seen[b] >= 2)
                    {
                        active[n++] = b;
                    }
                }

                learner.Score(active.AsSpan(0, n), scores);
                if (vectors is not null)
                {
                    learner.ScoreDense(vectors.AsSpan(i * dimensions, dimensions), scores);
                }

                loss += learner.Update(active.AsSpan(0, n), scores, gold[i]);
                if (vectors is not null)
                {
                    learner.UpdateDense(vectors.AsSpan(i * dimensions, dimensions));
                }

                predicted[i] = EntityRecognizer.Choose(scores, previous, i == end - 1, out _);
                context.Remember(i, predicted[i], labels);
            }
        }
    }

    internal static HashSet<(ulong, int)> Names(
        ConllDocument document,
        (string Text, Documents.TextSpan[] Spans, (int Start, int Count)[] Sentences) layout,
        string[] types,
        HashSet<ulong> prefixes)
    {
        var names = new HashSet<(ulong, int)>();
        var hashes = TokenHashes.Compute(layout.Text, layout.Spans);
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var (start, _) = layout.Sentences[s];
            foreach (var (first, end, type) in EntitySpanScorer.Chunks(document.Sentences[s].Tags))
            {
                if (end - first <= Gazetteer.MaxLength)
                {
                    var key = Gazetteer.KeyStart;
                    for (var k = start + first; k < start + end - 1; k++)
                    {
                        key = Gazetteer.Extend(key, hashes[k]);
                        prefixes.Add(key);
                    }

                    names.Add((Gazetteer.Key(hashes.AsSpan(start + first, end - first)), Array.IndexOf(types, type)));
                }
            }
        }

        return names;
    }
}
