using System.Globalization;
using GraphBuilder.Nlp.Corpora;
using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Evaluation;
using GraphBuilder.Nlp.Learning;

namespace GraphBuilder.Nlp.Tagging;

/// <summary>
/// Trains the part-of-speech tagger: an averaged perceptron over hashed features, trained on its own greedy
/// predictions, with the pass that scores best on the dev data kept.
/// </summary>
public static class PartOfSpeechTrainer
{
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
        var tags = train.SelectMany(s => s.UniversalTags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var tagIndex = tags.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        var labels = tags.Length;
        var prune = settings.PruneThreshold > 0 ? (float)settings.PruneThreshold : 1e-3f;
        var examples = train.Select(s => (Hashes: Hash(s.Forms), Gold: s.UniversalTags.Select(t => tagIndex[t]).ToArray())).ToArray();
        var lexicon = TagLexicon.Build(examples.SelectMany(e => e.Hashes.Select((h, i) => (h.Lower, e.Gold[i]))), labels);
        var classes = JackknifedClasses(examples, labels);
        var learner = settings.LearningRate > 0 ? new AdaGradSoftmax(bits, labels, (float)settings.LearningRate) : null;
        var weights = new float[learner is null ? (1 << bits) * labels : 0];
        var sums = new float[weights.Length];
        var features = new FeatureBuffer(bits);
        var scores = new float[labels];
        var random = new Random(settings.Seed);
        var order = Enumerable.Range(0, examples.Length).ToArray();
        var step = 1f;
        PartOfSpeechModel? best = null;
        var bestAccuracy = -1.0;
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            var correct = 0;
            var total = 0;
            foreach (var index in order)
            {
                var (hashes, gold) = examples[index];
                var predicted = new int[gold.Length];
                for (var i = 0; i < gold.Length; i++)
                {
                    PartOfSpeechFeatures.Extract(hashes, classes[index], i, i > 0 ? predicted[i - 1] : -1, i > 1 ? predicted[i - 2] : -1, features);
                    if (learner is not null)
                    {
                        learner.Score(features.Buckets, scores);
                        learner.Update(features.Buckets, scores, gold[i]);
                        predicted[i] = PartOfSpeechTagger.ArgMax(scores);
                        total++;
                        correct += predicted[i] == gold[i] ? 1 : 0;
                        continue;
                    }

                    Array.Clear(scores);
                    foreach (var b in features.Buckets)
                    {
                        var row = weights.AsSpan(b * labels, labels);
                        for (var l = 0; l < labels; l++)
                        {
                            scores[l] += row[l];
                        }
                    }

                    var guess = PartOfSpeechTagger.ArgMax(scores);
                    predicted[i] = guess;
                    total++;
                    if (guess == gold[i])
                    {
                        correct++;
                    }
                    else
                    {
                        foreach (var b in features.Buckets)
                        {
                            weights[(b * labels) + gold[i]] += 1;
                            sums[(b * labels) + gold[i]] += step;
                            weights[(b * labels) + guess] -= 1;
                            sums[(b * labels) + guess] -= step;
                        }
                    }

                    step++;
                }
            }

            LinearModel weightsOfPass;
            if (learner is not null)
            {
                weightsOfPass = learner.Averaged(prune);
            }
            else
            {
                var averaged = new float[weights.Length];
                for (var k = 0; k < averaged.Length; k++)
                {
                    averaged[k] = weights[k] - (sums[k] / step);
                }

                weightsOfPass = LinearModel.FromDense(averaged, bits, labels, prune);
            }

            var model = new PartOfSpeechModel(tags, lexicon, weightsOfPass);
            var accuracy = dev is null ? 0 : PartOfSpeechScorer.Score(new PartOfSpeechTagger(model), dev).Recall;
            progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"epoch {epoch}: train {100.0 * correct / total:F2} dev {100 * accuracy:F2} rows {model.Weights.Rows}"));
            if (dev is null || accuracy > bestAccuracy)
            {
                best = model;
                bestAccuracy = accuracy;
            }
        }

        return best!;
    }

    /// <summary>
    /// Gives each training word the ambiguity class computed without its own tenth of the data, so that training sees
    /// classes as unreliable as those of unseen text (a class from all data would always contain the gold tag).
    /// </summary>
    private static uint[][] JackknifedClasses((TokenHashes[] Hashes, int[] Gold)[] examples, int labels)
    {
        const int Folds = 10;
        var totals = new Dictionary<ulong, int[]>();
        var byFold = new Dictionary<ulong, int[]>[Folds];
        for (var f = 0; f < Folds; f++)
        {
            byFold[f] = [];
        }

        for (var e = 0; e < examples.Length; e++)
        {
            var (hashes, gold) = examples[e];
            for (var i = 0; i < hashes.Length; i++)
            {
                Count(totals, hashes[i].Lower, labels)[gold[i]]++;
                Count(byFold[e % Folds], hashes[i].Lower, labels)[gold[i]]++;
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
                var own = byFold[e % Folds][hashes[i].Lower];
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
}
