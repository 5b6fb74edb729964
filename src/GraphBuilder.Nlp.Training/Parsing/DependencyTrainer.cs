using System.Globalization;
using GraphBuilder.Nlp.Entities;
using GraphBuilder.Nlp.Learning;
using GraphBuilder.Nlp.Parsing;
using GraphBuilder.Nlp.Training.Corpora;
using GraphBuilder.Nlp.Training.Learning;

namespace GraphBuilder.Nlp.Training.Parsing;

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
    /// transition weights (default 21; the label weights take two fewer), <see cref="TrainingSettings.PruneThreshold"/>,
    /// <see cref="TrainingSettings.Seed"/>, and <see cref="TrainingSettings.TransformerLayer"/> (the MiniLM layer
    /// whose vectors the <c>accurate</c> model adds; 0 for the sparse model) with its
    /// <see cref="TrainingSettings.VectorCacheDirectory"/>; <see cref="TrainingSettings.DenseLearningRate"/> is the
    /// factor on the standardised vectors, which for a perceptron acts as the dense weights' learning rate.
    /// </param>
    /// <param name="progress">Receives one line per pass, if given.</param>
    /// <returns>The trained model.</returns>
    /// <exception cref="ArgumentException">A training sentence has no heads.</exception>
    public static DependencyModel Train(
        IReadOnlyList<ConlluSentence> train,
        IReadOnlyList<ConlluSentence>? dev,
        TrainingSettings settings,
        Action<string>? progress = null)
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
        var layer = settings.TransformerLayer;
        var labels = train.SelectMany(s => s.Relations)
            .Where(r => r != DependencyParser.RootLabel)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        var (mean, inverse, trainVectors, devVectors) = LoadVectors(train, dev, settings, progress);
        var examples = train.Select((s, i) => new Example(
            ParserWords.Build(s.Forms, s.UniversalTags),
            [.. s.Heads],
            [.. s.Relations.Select(r => labelIndex.GetValueOrDefault(r, -1))],
            trainVectors[i])).ToArray();
        var dense = layer > 0;
        var transitions = new Perceptron(bits, 3, dense ? ParserVectors.TransitionPositions : 0);
        var arcLabels = new Perceptron(labelBits, labels.Length, dense ? ParserVectors.LabelPositions : 0);
        var random = new Random(settings.Seed);
        var oracle = new OracleTrainer(transitions, arcLabels, new FeatureBuffer(bits), new FeatureBuffer(labelBits), labels.Length, dense, random);
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
                var (sentenceDecisions, sentenceErrors) = oracle.Train(examples[index], explore);
                decisions += sentenceDecisions;
                errors += sentenceErrors;
            }

            var (transitionModel, transitionDense) = transitions.Averaged(prune);
            var (labelModel, labelDense) = arcLabels.Averaged(prune);
            var model = new DependencyModel(
                labels,
                transitionModel,
                labelModel,
                dense ? new ParserVectors(layer, mean, inverse, transitionDense, labelDense) : null);
            if (dev is null)
            {
                progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"pass {epoch}: transition errors {100.0 * errors / Math.Max(1, decisions):F2}%"));
                best = model;
                continue;
            }

            var score = Score(model, dev, devVectors);
            progress?.Invoke(string.Create(
                CultureInfo.InvariantCulture,
                $"pass {epoch}: transition errors {100.0 * errors / Math.Max(1, decisions):F2}%, dev UAS {score.Uas:F2} LAS {score.Las:F2} "
                + $"(rows {model.Transitions.Rows} + {model.ArcLabels.Rows})"));
            if (score.Las > bestLas)
            {
                best = model;
                bestLas = score.Las;
            }
        }

        return best!;
    }

    /// <summary>
    /// For the accurate model, loads the corpora's MiniLM vectors and standardises them with the training moments,
    /// the inverse deviations multiplied by the dense scale; one slice per sentence. Empty slices for the sparse model.
    /// </summary>
    private static (float[] Mean, float[] Inverse, ReadOnlyMemory<float>[] Train, ReadOnlyMemory<float>[] Dev) LoadVectors(
        IReadOnlyList<ConlluSentence> train,
        IReadOnlyList<ConlluSentence>? dev,
        TrainingSettings settings,
        Action<string>? progress)
    {
        var layer = settings.TransformerLayer;
        var scale = settings.DenseLearningRate > 0 ? (float)settings.DenseLearningRate : ParserVectors.Scale;
        float[] mean = [], inverse = [];
        var trainVectors = new ReadOnlyMemory<float>[train.Count];
        var devVectors = new ReadOnlyMemory<float>[dev?.Count ?? 0];
        if (layer > 0)
        {
            var cache = settings.VectorCacheDirectory ?? Path.Combine(Path.GetTempPath(), "graphbuilder-minilm");
            var trainDocuments = TreebankDocuments.Build(train);
            var raw = ContextualVectors.Load([.. trainDocuments.Select(d => (d.Text, d.Spans, d.Sentences))], layer, cache, progress);
            (mean, inverse) = ContextualVectors.Moments(raw, ParserVectors.Dimensions);
            for (var d = 0; d < inverse.Length; d++)
            {
                inverse[d] *= scale;
            }

            Slice(trainDocuments, raw, mean, inverse, trainVectors);
            if (dev is not null)
            {
                var devDocuments = TreebankDocuments.Build(dev);
                var devRaw = ContextualVectors.Load([.. devDocuments.Select(d => (d.Text, d.Spans, d.Sentences))], layer, cache, progress);
                Slice(devDocuments, devRaw, mean, inverse, devVectors);
            }
        }

        return (mean, inverse, trainVectors, devVectors);
    }

    /// <summary>
    /// Computes each transition's cost under the dynamic oracle (<see cref="int.MaxValue"/> when not allowed) and
    /// returns the best-scoring transition of least cost.
    /// </summary>
    private static Transition LeastCostBest(ParserState state, int[] gold, ReadOnlySpan<float> scores, Span<int> costs, out int least)
    {
        least = int.MaxValue;
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

        return correct;
    }

    /// <summary>Scores a model on sentences whose standardised vectors are given (empty for a sparse model).</summary>
    private static DependencyScore Score(DependencyModel model, IReadOnlyList<ConlluSentence> sentences, ReadOnlyMemory<float>[] vectors)
    {
        var decoder = new DependencyParser.Decoder(model);
        var scorer = new DependencyScorer();
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var heads = new int[sentence.Forms.Count];
            var labels = new int[heads.Length];
            decoder.Parse(ParserWords.Build(sentence.Forms, sentence.UniversalTags), vectors[s].Span, heads, labels);
            scorer.Add(
                sentence,
                [.. heads.Select((h, i) => new Documents.DependencyArc(h, labels[i] < 0 ? DependencyParser.RootLabel : model.Labels[labels[i]]))]);
        }

        return scorer.Overall;
    }

    /// <summary>Standardises each document's raw vectors and cuts them into one slice per sentence.</summary>
    private static void Slice(
        List<(string Text, Documents.TextSpan[] Spans, (int Start, int Count)[] Sentences, int First)> documents,
        float[][] raw,
        float[] mean,
        float[] inverse,
        ReadOnlyMemory<float>[] result)
    {
        var dimensions = ParserVectors.Dimensions;
        for (var d = 0; d < documents.Count; d++)
        {
            ContextualFeatures.Standardize(raw[d], mean, inverse);
            var (_, _, sentences, first) = documents[d];
            for (var s = 0; s < sentences.Length; s++)
            {
                result[first + s] = raw[d].AsMemory(sentences[s].Start * dimensions, sentences[s].Count * dimensions);
            }
        }
    }

    private readonly record struct Example(ParserWord[] Words, int[] Heads, int[] Labels, ReadOnlyMemory<float> Vectors);

    /// <summary>
    /// Trains both perceptrons sentence by sentence with the dynamic oracle: the transition perceptron learns the best
    /// move of least cost whenever it predicted a costlier one, and, when exploring, the parser then follows its own
    /// prediction nine times in ten; an arc's label is learned when the arc is right.
    /// </summary>
    private sealed class OracleTrainer(
        Perceptron transitions,
        Perceptron arcLabels,
        FeatureBuffer features,
        FeatureBuffer labelFeatures,
        int labels,
        bool dense,
        Random random)
    {
        private readonly ParserState _state = new();
        private readonly float[] _scores = new float[3];
        private readonly float[] _labelScores = new float[labels];
        private readonly int[] _costs = new int[3];

        /// <summary>Parses one sentence while training; returns the transitions decided and those that were wrong.</summary>
        public (int Decisions, int Errors) Train(Example example, bool explore)
        {
            var (words, gold, goldLabels, memory) = example;
            var vectors = memory.Span;
            int decisions = 0, errors = 0;
            _state.Reset(words.Length);
            while (!_state.IsTerminal)
            {
                ParserFeatures.Transition(_state, words, features);
                int[] positions = dense ? ParserVectors.TransitionInput(_state) : [];
                transitions.Score(features.Buckets, positions, vectors, _scores);
                var predicted = DependencyParser.Best(_state, _scores);
                var correct = LeastCostBest(_state, gold, _scores, _costs, out var least);
                decisions++;
                if (_costs[(int)predicted] > least)
                {
                    errors++;
                    transitions.Update(features.Buckets, positions, vectors, (int)correct, (int)predicted);
                }

                transitions.Tick();
                var follow = explore && random.NextDouble() < ExplorationRate;
                var next = follow ? predicted : correct;
                var label = next != Transition.Shift ? Label(next, follow, words, gold, goldLabels, vectors) : -1;
                _state.Apply(next, label);
            }

            return (decisions, errors);
        }

        /// <summary>Labels the arc the transition makes, learning from it when the arc is right.</summary>
        private int Label(Transition next, bool follow, ParserWord[] words, int[] gold, int[] goldLabels, ReadOnlySpan<float> vectors)
        {
            var (head, dependent) = _state.ArcOf(next);
            ParserFeatures.Label(_state, words, head, dependent, labelFeatures);
            int[] arc = dense ? [dependent, head] : [];
            arcLabels.Score(labelFeatures.Buckets, arc, vectors, _labelScores);
            var label = Nlp.Tagging.PartOfSpeechTagger.ArgMax(_labelScores);
            if (gold[dependent] == head && goldLabels[dependent] >= 0)
            {
                if (label != goldLabels[dependent])
                {
                    arcLabels.Update(labelFeatures.Buckets, arc, vectors, goldLabels[dependent], label);
                }

                arcLabels.Tick();
                label = follow ? label : goldLabels[dependent];
            }

            return label;
        }
    }

    /// <summary>
    /// An averaged perceptron over hashed features and, optionally, the vectors of a few words (weights laid out
    /// <c>[class][position][dimension]</c>), averaged with the running-sum trick.
    /// </summary>
    private sealed class Perceptron(int bits, int labels, int positions)
    {
        private readonly float[] _weights = new float[(1 << bits) * labels];
        private readonly float[] _sums = new float[(1 << bits) * labels];
        private readonly float[] _dense = new float[labels * positions * ParserVectors.Dimensions];
        private readonly float[] _denseSums = new float[labels * positions * ParserVectors.Dimensions];
        private float _step = 1f;

        public void Score(ReadOnlySpan<int> buckets, ReadOnlySpan<int> words, ReadOnlySpan<float> vectors, Span<float> scores)
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

            if (positions > 0)
            {
                ParserVectors.AddScores(_dense, positions, words, vectors, scores);
            }
        }

        public void Update(ReadOnlySpan<int> buckets, ReadOnlySpan<int> words, ReadOnlySpan<float> vectors, int gold, int predicted)
        {
            foreach (var b in buckets)
            {
                _weights[(b * labels) + gold] += 1;
                _sums[(b * labels) + gold] += _step;
                _weights[(b * labels) + predicted] -= 1;
                _sums[(b * labels) + predicted] -= _step;
            }

            var dimensions = ParserVectors.Dimensions;
            for (var p = 0; p < positions; p++)
            {
                if (words[p] < 0)
                {
                    continue;
                }

                var vector = vectors.Slice(words[p] * dimensions, dimensions);
                var up = ((gold * positions) + p) * dimensions;
                var down = ((predicted * positions) + p) * dimensions;
                for (var d = 0; d < dimensions; d++)
                {
                    _dense[up + d] += vector[d];
                    _denseSums[up + d] += _step * vector[d];
                    _dense[down + d] -= vector[d];
                    _denseSums[down + d] -= _step * vector[d];
                }
            }
        }

        public void Tick() => _step++;

        public (LinearModel Sparse, float[] Dense) Averaged(float prune)
        {
            var averaged = new float[_weights.Length];
            for (var k = 0; k < averaged.Length; k++)
            {
                averaged[k] = _weights[k] - (_sums[k] / _step);
            }

            var dense = new float[_dense.Length];
            for (var k = 0; k < dense.Length; k++)
            {
                dense[k] = _dense[k] - (_denseSums[k] / _step);
            }

            return (LinearModel.FromDense(averaged, bits, labels, prune), dense);
        }
    }
}
