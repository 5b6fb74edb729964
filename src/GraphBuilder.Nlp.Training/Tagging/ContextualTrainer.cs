using System.Globalization;
using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Entities;
using GraphBuilder.Nlp.Learning;
using GraphBuilder.Nlp.Tagging;
using GraphBuilder.Nlp.Training.Corpora;
using GraphBuilder.Nlp.Training.Evaluation;
using GraphBuilder.Nlp.Training.Learning;
using GraphBuilder.Nlp.Transformers;

namespace GraphBuilder.Nlp.Training.Tagging;

/// <summary>Trains the <c>accurate</c> model: sparse features and MiniLM vectors in one softmax.</summary>
internal sealed class ContextualTrainer(int bits, int labels, TrainingSettings settings)
{
    private readonly int _layer = settings.TransformerLayer;
    private readonly int _dimensions = MiniLmEncoder.Dimensions;
    private float[] _mean = [];
    private float[] _inverse = [];

    /// <summary>Gets the standardised vectors of each sentence (cached on disk per corpus as the entity trainer does).</summary>
    public (float[][] Train, float[][]? Dev) Vectors(
        IReadOnlyList<ConlluSentence> train,
        IReadOnlyList<ConlluSentence>? dev,
        Action<string>? progress)
    {
        var cache = settings.VectorCacheDirectory ?? Path.Combine(Path.GetTempPath(), "graphbuilder-minilm");
        var trainDocuments = PartOfSpeechScorer.Documents(train);
        var trainVectors = ContextualVectors.Load([.. trainDocuments.Select(Layout)], _layer, cache, progress);
        (_mean, _inverse) = ContextualVectors.Moments(trainVectors, _dimensions);
        var bySentence = BySentence(trainDocuments, trainVectors);
        float[][]? devBySentence = null;
        if (dev is not null)
        {
            var devDocuments = PartOfSpeechScorer.Documents(dev);
            devBySentence = BySentence(devDocuments, ContextualVectors.Load([.. devDocuments.Select(Layout)], _layer, cache, progress));
        }

        return (bySentence, devBySentence);
    }

    /// <summary>Trains for up to <paramref name="epochs"/> passes and returns the pass best on the dev data.</summary>
    public (LinearModel Weights, ContextualFeatures Dense) Train(
        TaggingExample[] examples,
        uint[][] classes,
        float[][] vectors,
        TaggingExample[]? dev,
        uint[][]? devClasses,
        float[][]? devVectors,
        int epochs,
        Action<string>? progress)
    {
        var rate = settings.LearningRate > 0 ? (float)settings.LearningRate : 0.05f;
        var denseRate = settings.DenseLearningRate > 0 ? (float)settings.DenseLearningRate : 0.05f;
        var prune = settings.PruneThreshold > 0 ? (float)settings.PruneThreshold : 1e-3f;
        var learner = new AdaGradSoftmax(bits, labels, rate, _dimensions, denseRate);
        var features = new FeatureBuffer(bits);
        var scores = new float[labels];
        var random = new Random(settings.Seed);
        var order = Enumerable.Range(0, examples.Length).ToArray();

        var seen = CountFeatures(examples, classes, features);
        var active = new int[256];
        (LinearModel, ContextualFeatures)? best = null;
        var bestAccuracy = -1.0;
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            var loss = 0.0;
            foreach (var index in order)
            {
                var (hashes, gold) = examples[index];
                var predicted = new int[gold.Length];
                for (var i = 0; i < gold.Length; i++)
                {
                    PartOfSpeechFeatures.Extract(hashes, classes[index], [], i, i > 0 ? predicted[i - 1] : -1, i > 1 ? predicted[i - 2] : -1, features);
                    var vector = vectors[index].AsSpan(i * _dimensions, _dimensions);
                    var n = 0;
                    foreach (var b in features.Buckets)
                    {
                        if (seen[b] >= 2)
                        {
                            active[n++] = b;
                        }
                    }

                    learner.Score(active.AsSpan(0, n), scores);
                    learner.ScoreDense(vector, scores);
                    loss += learner.Update(active.AsSpan(0, n), scores, gold[i]);
                    learner.UpdateDense(vector);
                    predicted[i] = PartOfSpeechTagger.ArgMax(scores);
                }
            }

            var dense = new ContextualFeatures(_layer, _dimensions, labels, _mean, _inverse, learner.AveragedDense());
            var weights = learner.Averaged(prune);
            var accuracy = dev is null ? 0 : Accuracy(weights, dense, dev, devClasses!, devVectors!);
            progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"epoch {epoch}: loss {loss:F0} dev {100 * accuracy:F2} rows {weights.Rows}"));
            if (dev is null || accuracy > bestAccuracy)
            {
                best = (weights, dense);
                bestAccuracy = accuracy;
            }
        }

        return best!.Value;
    }

    /// <summary>
    /// Counts how often each feature bucket fires on the gold tags (up to 255): features seen once are dropped, as in
    /// the entity trainer, since they cannot generalise and they bloat the model.
    /// </summary>
    private byte[] CountFeatures(TaggingExample[] examples, uint[][] classes, FeatureBuffer features)
    {
        var seen = new byte[1 << bits];
        for (var e = 0; e < examples.Length; e++)
        {
            var (hashes, gold) = examples[e];
            for (var i = 0; i < gold.Length; i++)
            {
                PartOfSpeechFeatures.Extract(hashes, classes[e], [], i, i > 0 ? gold[i - 1] : -1, i > 1 ? gold[i - 2] : -1, features);
                foreach (var b in features.Buckets)
                {
                    seen[b] = (byte)Math.Min(255, seen[b] + 1);
                }
            }
        }

        return seen;
    }

    private static double Accuracy(LinearModel weights, ContextualFeatures dense, TaggingExample[] dev, uint[][] classes, float[][] vectors)
    {
        var correct = 0;
        var total = 0;
        for (var e = 0; e < dev.Length; e++)
        {
            var predicted = new int[dev[e].Gold.Length];
            PartOfSpeechTagger.Decode(weights, dev[e].Hashes, classes[e], [], predicted, dense, vectors[e]);
            for (var i = 0; i < predicted.Length; i++)
            {
                correct += predicted[i] == dev[e].Gold[i] ? 1 : 0;
                total++;
            }
        }

        return (double)correct / total;
    }

    private static (string Text, TextSpan[] Spans, (int Start, int Count)[] Sentences) Layout(IReadOnlyList<ConlluSentence> document) =>
        PartOfSpeechTagger.Layout([.. document.Select(s => s.Forms)]);

    /// <summary>Standardises each document's vectors and cuts them into the vectors of its sentences.</summary>
    private float[][] BySentence(IReadOnlyList<IReadOnlyList<ConlluSentence>> documents, float[][] vectors)
    {
        var result = new List<float[]>();
        for (var d = 0; d < documents.Count; d++)
        {
            ContextualFeatures.Standardize(vectors[d], _mean, _inverse);
            var offset = 0;
            foreach (var sentence in documents[d])
            {
                var length = sentence.Forms.Count * _dimensions;
                result.Add(vectors[d].AsSpan(offset, length).ToArray());
                offset += length;
            }

            vectors[d] = [];
        }

        return [.. result];
    }
}
