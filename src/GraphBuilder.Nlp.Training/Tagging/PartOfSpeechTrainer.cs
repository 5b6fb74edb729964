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

/// <summary>
/// Trains the part-of-speech tagger: a greedy averaged perceptron over hashed features, trained on its own
/// predictions, keeping the number of passes over the data that scores best on the dev data. With
/// <see cref="TrainingSettings.TwoPass"/> a second perceptron also sees the first one's tags to the right of each word;
/// it is trained on first-pass tags from models that did not see the sentence (five-fold jack-knifing), so that they
/// are as wrong as at run time. With <see cref="TrainingSettings.TransformerLayer"/> &gt; 0 it trains the
/// <c>accurate</c> model instead: a softmax (AdaGrad, averaged) over the same sparse features plus the standardised
/// MiniLM vectors of that layer, computed over each document's consecutive sentences as in serving.
/// </summary>
public static class PartOfSpeechTrainer
{
    private const int Folds = 5;

    /// <summary>Trains a model.</summary>
    /// <param name="train">The training sentences.</param>
    /// <param name="dev">The dev sentences that choose the number of passes, if any.</param>
    /// <param name="settings">The settings.</param>
    /// <param name="progress">Receives one line per pass, if given.</param>
    /// <returns>The trained model.</returns>
    public static PartOfSpeechModel Train(IReadOnlyList<ConlluSentence> train, IReadOnlyList<ConlluSentence>? dev, TrainingSettings settings, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(settings);
        var bits = settings.Bits > 0 ? settings.Bits : 20;
        var epochs = settings.Epochs > 0 ? settings.Epochs : 12;
        var prune = settings.PruneThreshold > 0 ? (float)settings.PruneThreshold : 1e-3f;
        var tags = train.SelectMany(s => s.UniversalTags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var tagIndex = tags.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        var labels = tags.Length;
        var examples = train.Select(s => new Example(Hash(s.Forms), [.. s.UniversalTags.Select(t => tagIndex[t])])).ToArray();
        var lexicon = TagLexicon.Build(examples.SelectMany(e => e.Hashes.Select((h, i) => (h.Lower, e.Gold[i]))), labels);
        var classes = JackknifedClasses(examples, labels);
        var devExamples = dev?.Select(s => new Example(Hash(s.Forms), [.. s.UniversalTags.Select(t => tagIndex.GetValueOrDefault(t, -1))])).ToArray();
        var devClasses = devExamples?.Select(e => e.Hashes.Select(h => lexicon.ClassOf(h.Lower)).ToArray()).ToArray();
        if (settings.TransformerLayer > 0)
        {
            var contextual = new ContextualTrainer(bits, labels, settings);
            var (trainVectors, devVectors) = contextual.Vectors(train, dev, progress);
            var (weights, dense) = contextual.Train(examples, classes, trainVectors, devExamples, devClasses, devVectors, settings.Epochs > 0 ? settings.Epochs : 8, progress);
            return new PartOfSpeechModel(tags, lexicon, weights, second: null, dense);
        }

        var trainer = new PassTrainer(bits, labels, prune, settings.Seed);

        var (first, firstEpochs) = trainer.Train(examples, classes, guesses: null, devExamples, devClasses, devGuesses: null, epochs, "first", progress);
        if (!settings.TwoPass)
        {
            return new PartOfSpeechModel(tags, lexicon, first, second: null);
        }

        // First-pass tags for the training data, each from a model trained without the sentence's fold.
        var guesses = new int[examples.Length][];
        for (var fold = 0; fold < Folds; fold++)
        {
            var inFold = Enumerable.Range(0, examples.Length).Where(e => e % Folds == fold).ToArray();
            var outOfFold = Enumerable.Range(0, examples.Length).Where(e => e % Folds != fold).ToArray();
            var (model, _) = trainer.Train([.. outOfFold.Select(e => examples[e])], [.. outOfFold.Select(e => classes[e])], null, null, null, null, firstEpochs, $"fold {fold + 1}", progress);
            foreach (var e in inFold)
            {
                guesses[e] = new int[examples[e].Gold.Length];
                PartOfSpeechTagger.Decode(model, examples[e].Hashes, classes[e], [], guesses[e]);
            }
        }

        int[][]? devGuesses = null;
        if (devExamples is not null)
        {
            devGuesses = new int[devExamples.Length][];
            for (var e = 0; e < devExamples.Length; e++)
            {
                devGuesses[e] = new int[devExamples[e].Gold.Length];
                PartOfSpeechTagger.Decode(first, devExamples[e].Hashes, devClasses![e], [], devGuesses[e]);
            }
        }

        var (second, _) = trainer.Train(examples, classes, guesses, devExamples, devClasses, devGuesses, epochs, "second", progress);
        return new PartOfSpeechModel(tags, lexicon, first, second);
    }

    /// <summary>
    /// Gives each training word the ambiguity class computed without its own tenth of the data, so that training sees
    /// classes as unreliable as those of unseen text (a class from all data would always contain the gold tag).
    /// </summary>
    private static uint[][] JackknifedClasses(Example[] examples, int labels)
    {
        const int ClassFolds = 10;
        var totals = new Dictionary<ulong, int[]>();
        var byFold = new Dictionary<ulong, int[]>[ClassFolds];
        for (var f = 0; f < ClassFolds; f++)
        {
            byFold[f] = [];
        }

        for (var e = 0; e < examples.Length; e++)
        {
            var (hashes, gold) = examples[e];
            for (var i = 0; i < hashes.Length; i++)
            {
                Count(totals, hashes[i].Lower, labels)[gold[i]]++;
                Count(byFold[e % ClassFolds], hashes[i].Lower, labels)[gold[i]]++;
            }
        }

        var classes = new uint[examples.Length][];
        var remaining = new int[labels];
        for (var e = 0; e < examples.Length; e++)
        {
            var hashes = examples[e].Hashes;
            classes[e] = new uint[hashes.Length];
            for (var i = 0; i < hashes.Length; i++)
            {
                var total = totals[hashes[i].Lower];
                var own = byFold[e % ClassFolds][hashes[i].Lower];
                for (var t = 0; t < labels; t++)
                {
                    remaining[t] = total[t] - own[t];
                }

                classes[e][i] = TagLexicon.ClassOf(remaining);
            }
        }

        return classes;
    }

    private static int[] Count(Dictionary<ulong, int[]> counts, ulong word, int labels)
    {
        if (!counts.TryGetValue(word, out var c))
        {
            c = new int[labels];
            counts[word] = c;
        }

        return c;
    }

    private static TokenHashes[] Hash(IReadOnlyList<string> words)
    {
        var text = string.Join(' ', words);
        var spans = new TextSpan[words.Count];
        var offset = 0;
        for (var i = 0; i < words.Count; i++)
        {
            spans[i] = new TextSpan(offset, offset + words[i].Length);
            offset += words[i].Length + 1;
        }

        return TokenHashes.Compute(text, spans);
    }

    private readonly record struct Example(TokenHashes[] Hashes, int[] Gold);

    /// <summary>Trains the <c>accurate</c> model: sparse features and MiniLM vectors in one softmax.</summary>
    private sealed class ContextualTrainer(int bits, int labels, TrainingSettings settings)
    {
        private readonly int _layer = settings.TransformerLayer;
        private readonly int _dimensions = MiniLmEncoder.Dimensions;
        private float[] _mean = [];
        private float[] _inverse = [];

        /// <summary>Gets the standardised vectors of each sentence (cached on disk per corpus as the entity trainer does).</summary>
        public (float[][] Train, float[][]? Dev) Vectors(IReadOnlyList<ConlluSentence> train, IReadOnlyList<ConlluSentence>? dev, Action<string>? progress)
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

        public (LinearModel Weights, ContextualFeatures Dense) Train(
            Example[] examples,
            uint[][] classes,
            float[][] vectors,
            Example[]? dev,
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

            // Features seen once are dropped, as in the entity trainer: they cannot generalise and they bloat the model.
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

        private static double Accuracy(LinearModel weights, ContextualFeatures dense, Example[] dev, uint[][] classes, float[][] vectors)
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

    /// <summary>Trains one averaged perceptron pass over the data, keeping the epoch best on the dev data.</summary>
    private sealed class PassTrainer(int bits, int labels, float prune, int seed)
    {
        public (LinearModel Model, int Epochs) Train(
            Example[] examples,
            uint[][] classes,
            int[][]? guesses,
            Example[]? dev,
            uint[][]? devClasses,
            int[][]? devGuesses,
            int epochs,
            string name,
            Action<string>? progress)
        {
            var weights = new float[(1 << bits) * labels];
            var sums = new float[weights.Length];
            var features = new FeatureBuffer(bits);
            var scores = new float[labels];
            var random = new Random(seed);
            var order = Enumerable.Range(0, examples.Length).ToArray();
            var step = 1f;
            LinearModel? best = null;
            var bestEpoch = epochs;
            var bestAccuracy = -1.0;
            for (var epoch = 1; epoch <= epochs; epoch++)
            {
                random.Shuffle(order);
                foreach (var index in order)
                {
                    var (hashes, gold) = examples[index];
                    var predicted = new int[gold.Length];
                    var guess = guesses is null ? [] : guesses[index];
                    for (var i = 0; i < gold.Length; i++)
                    {
                        PartOfSpeechFeatures.Extract(hashes, classes[index], guess, i, i > 0 ? predicted[i - 1] : -1, i > 1 ? predicted[i - 2] : -1, features);
                        Array.Clear(scores);
                        foreach (var b in features.Buckets)
                        {
                            var row = weights.AsSpan(b * labels, labels);
                            for (var l = 0; l < labels; l++)
                            {
                                scores[l] += row[l];
                            }
                        }

                        var tag = PartOfSpeechTagger.ArgMax(scores);
                        predicted[i] = tag;
                        if (tag != gold[i])
                        {
                            foreach (var b in features.Buckets)
                            {
                                weights[(b * labels) + gold[i]] += 1;
                                sums[(b * labels) + gold[i]] += step;
                                weights[(b * labels) + tag] -= 1;
                                sums[(b * labels) + tag] -= step;
                            }
                        }

                        step++;
                    }
                }

                if (dev is null && epoch < epochs)
                {
                    continue;
                }

                var averaged = new float[weights.Length];
                for (var k = 0; k < averaged.Length; k++)
                {
                    averaged[k] = weights[k] - (sums[k] / step);
                }

                var model = LinearModel.FromDense(averaged, bits, labels, prune);
                var accuracy = dev is null ? 0 : Accuracy(model, dev, devClasses!, devGuesses);
                progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"{name} epoch {epoch}: dev {100 * accuracy:F2} rows {model.Rows}"));
                if (dev is null || accuracy > bestAccuracy)
                {
                    best = model;
                    bestEpoch = epoch;
                    bestAccuracy = accuracy;
                }
            }

            return (best!, bestEpoch);
        }

        private static double Accuracy(LinearModel model, Example[] dev, uint[][] classes, int[][]? guesses)
        {
            var correct = 0;
            var total = 0;
            for (var e = 0; e < dev.Length; e++)
            {
                var predicted = new int[dev[e].Gold.Length];
                PartOfSpeechTagger.Decode(model, dev[e].Hashes, classes[e], guesses is null ? [] : guesses[e], predicted);
                for (var i = 0; i < predicted.Length; i++)
                {
                    correct += predicted[i] == dev[e].Gold[i] ? 1 : 0;
                    total++;
                }
            }

            return (double)correct / total;
        }
    }
}
