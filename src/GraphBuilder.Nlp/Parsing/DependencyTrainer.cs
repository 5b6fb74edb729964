using System.Globalization;
using GraphBuilder.Nlp.Corpora;
using GraphBuilder.Nlp.Learning;

namespace GraphBuilder.Nlp.Parsing;

/// <summary>
/// Trains the dependency parser: greedy arc-hybrid with two averaged perceptrons (transition, arc label), trained with
/// the dynamic oracle and exploration of Goldberg and Nivre (2012, 2013): from the second pass on, the parser follows
/// its own wrong transition nine times in ten, and learns the best move from the configuration it led to. The pass
/// with the best labelled attachment score on the dev data is kept. Deterministic for a seed.
/// </summary>
public static class DependencyTrainer
{
    private const double ExplorationRate = 0.9;
    private const int FirstExploringPass = 2;

    /// <summary>Trains a model on the UPOS tags the sentences carry (gold or, better, predicted ones).</summary>
    /// <param name="train">The training sentences, with heads and relations.</param>
    /// <param name="dev">The dev sentences that choose the number of passes, if any.</param>
    /// <param name="settings">
    /// The settings: <see cref="TrainingSettings.Epochs"/> (default 15), <see cref="TrainingSettings.Bits"/> of the
    /// transition weights (default 21; the label weights take two fewer), <see cref="TrainingSettings.PruneThreshold"/>
    /// and <see cref="TrainingSettings.Seed"/>.
    /// </param>
    /// <param name="progress">Receives one line per pass, if given.</param>
    /// <returns>The trained model.</returns>
    /// <exception cref="ArgumentException">A training sentence has no heads.</exception>
    public static DependencyModel Train(IReadOnlyList<ConlluSentence> train, IReadOnlyList<ConlluSentence>? dev, TrainingSettings settings, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(settings);
        if (train.Any(s => s.Heads.Count != s.Forms.Count))
        {
            throw new ArgumentException("Every training sentence needs heads and relations.", nameof(train));
        }

        var bits = settings.Bits > 0 ? settings.Bits : 21;
        var labelBits = bits - 2;
        var epochs = settings.Epochs > 0 ? settings.Epochs : 15;
        var prune = settings.PruneThreshold > 0 ? (float)settings.PruneThreshold : 1e-3f;
        var labels = train.SelectMany(s => s.Relations).Where(r => r != DependencyParser.RootLabel).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        var examples = train.Select(s => new Example(
            ParserWords.Build(s.Forms, s.UniversalTags),
            [.. s.Heads],
            [.. s.Relations.Select(r => labelIndex.GetValueOrDefault(r, -1))])).ToArray();

        var transitions = new Perceptron(bits, 3);
        var arcLabels = new Perceptron(labelBits, labels.Length);
        var state = new ParserState();
        var features = new FeatureBuffer(bits);
        var labelFeatures = new FeatureBuffer(labelBits);
        var scores = new float[3];
        var labelScores = new float[labels.Length];
        var costs = new int[3];
        var random = new Random(settings.Seed);
        var order = Enumerable.Range(0, examples.Length).ToArray();
        DependencyModel? best = null;
        var bestLas = -1.0;
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            var explore = epoch >= FirstExploringPass;
            long decisions = 0, errors = 0;
            foreach (var index in order)
            {
                var (words, gold, goldLabels) = examples[index];
                state.Reset(words.Length);
                while (!state.IsTerminal)
                {
                    ParserFeatures.Transition(state, words, features);
                    transitions.Score(features.Buckets, scores);
                    var predicted = DependencyParser.Best(state, scores);
                    var least = int.MaxValue;
                    for (var t = Transition.Shift; t <= Transition.Right; t++)
                    {
                        costs[(int)t] = state.IsAllowed(t) ? ArcHybridOracle.Cost(state, gold, t) : int.MaxValue;
                        least = Math.Min(least, costs[(int)t]);
                    }

                    var correct = Transition.Shift;
                    var correctScore = float.NegativeInfinity;
                    for (var t = Transition.Shift; t <= Transition.Right; t++)
                    {
                        if (costs[(int)t] == least && scores[(int)t] > correctScore)
                        {
                            correct = t;
                            correctScore = scores[(int)t];
                        }
                    }

                    decisions++;
                    if (costs[(int)predicted] > least)
                    {
                        errors++;
                        transitions.Update(features.Buckets, (int)correct, (int)predicted);
                    }

                    transitions.Tick();
                    var follow = explore && random.NextDouble() < ExplorationRate;
                    var next = follow ? predicted : correct;
                    var label = -1;
                    if (next != Transition.Shift)
                    {
                        var (head, dependent) = state.ArcOf(next);
                        ParserFeatures.Label(state, words, head, dependent, labelFeatures);
                        arcLabels.Score(labelFeatures.Buckets, labelScores);
                        label = Tagging.PartOfSpeechTagger.ArgMax(labelScores);
                        if (gold[dependent] == head && goldLabels[dependent] >= 0)
                        {
                            if (label != goldLabels[dependent])
                            {
                                arcLabels.Update(labelFeatures.Buckets, goldLabels[dependent], label);
                            }

                            arcLabels.Tick();
                            label = follow ? label : goldLabels[dependent];
                        }
                    }

                    state.Apply(next, label);
                }
            }

            var model = new DependencyModel(labels, transitions.Averaged(prune), arcLabels.Averaged(prune));
            if (dev is null)
            {
                progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"pass {epoch}: transition errors {100.0 * errors / Math.Max(1, decisions):F2}%"));
                best = model;
                continue;
            }

            var score = DependencyScorer.Score(new DependencyParser(model), dev);
            progress?.Invoke(string.Create(
                CultureInfo.InvariantCulture,
                $"pass {epoch}: transition errors {100.0 * errors / Math.Max(1, decisions):F2}%, dev UAS {score.Uas:F2} LAS {score.Las:F2} (rows {model.Transitions.Rows} + {model.ArcLabels.Rows})"));
            if (score.Las > bestLas)
            {
                best = model;
                bestLas = score.Las;
            }
        }

        return best!;
    }

    private readonly record struct Example(ParserWord[] Words, int[] Heads, int[] Labels);

    /// <summary>An averaged perceptron over dense weights, averaged with the running-sum trick.</summary>
    private sealed class Perceptron(int bits, int labels)
    {
        private readonly float[] _weights = new float[(1 << bits) * labels];
        private readonly float[] _sums = new float[(1 << bits) * labels];
        private float _step = 1f;

        public void Score(ReadOnlySpan<int> buckets, Span<float> scores)
        {
            scores.Clear();
            foreach (var b in buckets)
            {
                var row = _weights.AsSpan(b * labels, labels);
                for (var l = 0; l < labels; l++)
                {
                    scores[l] += row[l];
                }
            }
        }

        public void Update(ReadOnlySpan<int> buckets, int gold, int predicted)
        {
            foreach (var b in buckets)
            {
                _weights[(b * labels) + gold] += 1;
                _sums[(b * labels) + gold] += _step;
                _weights[(b * labels) + predicted] -= 1;
                _sums[(b * labels) + predicted] -= _step;
            }
        }

        public void Tick() => _step++;

        public LinearModel Averaged(float prune)
        {
            var averaged = new float[_weights.Length];
            for (var k = 0; k < averaged.Length; k++)
            {
                averaged[k] = _weights[k] - (_sums[k] / _step);
            }

            return LinearModel.FromDense(averaged, bits, labels, prune);
        }
    }
}
