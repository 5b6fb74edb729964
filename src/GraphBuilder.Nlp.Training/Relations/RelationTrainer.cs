using System.Globalization;
using GraphBuilder.Nlp.Entities;
using GraphBuilder.Nlp.Learning;
using GraphBuilder.Nlp.Relations;
using GraphBuilder.Nlp.Training.Evaluation;
using GraphBuilder.Nlp.Training.Learning;

namespace GraphBuilder.Nlp.Training.Relations;

/// <summary>
/// Trains the relation classifier: a softmax over the admissible labels of every ordered pair of gold arguments,
/// learned with AdaGrad and averaged, the number of passes chosen by strict micro F1 on the dev sentences.
/// Deterministic for a seed.
/// </summary>
public static class RelationTrainer
{
    /// <summary>Trains a model.</summary>
    /// <param name="train">The training sentences.</param>
    /// <param name="dev">The dev sentences that choose the number of passes.</param>
    /// <param name="settings">
    /// Seed, passes (default 15), hashing bits (default 18), learning rate (default 0.1) and the number of members
    /// whose weights are averaged (<see cref="TrainingSettings.Ensemble"/>, seeds <c>Seed</c>, <c>Seed + 1</c>, ...).
    /// </param>
    /// <param name="progress">Receives one line per pass.</param>
    /// <returns>The model of the best pass, uncalibrated.</returns>
    public static RelationModel Train(
        IReadOnlyList<RelationExample> train,
        IReadOnlyList<RelationExample> dev,
        TrainingSettings settings,
        Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(dev);
        ArgumentNullException.ThrowIfNull(settings);
        var bits = settings.Bits > 0 ? settings.Bits : 18;
        var epochs = settings.Epochs > 0 ? settings.Epochs : 15;
        var rate = settings.LearningRate > 0 ? (float)settings.LearningRate : 0.1f;
        var labels = RelationSchema.Labels.Count;
        var layer = settings.TransformerLayer;
        RelationDense? moments = null;
        if (layer > 0)
        {
            (train, dev, moments) = AddVectors(train, dev, layer, settings.VectorCacheDirectory, progress);
        }

        var dimensions = layer > 0 ? PairVector.Dimensions : 0;

        // Every admissible ordered pair becomes one instance with its hashed features and gold label.
        var instances = new List<(int[] Features, float[] Pair, int Gold, string Head, string Tail)>();
        var buffer = new FeatureBuffer(bits);
        foreach (var example in train)
        {
            var gold = Gold(example);
            var extractor = new RelationFeatures(example.Sentence);
            var entities = example.Sentence.Entities;
            for (var head = 0; head < entities.Count; head++)
            {
                for (var tail = 0; tail < entities.Count; tail++)
                {
                    if (head == tail || !RelationSchema.AdmitsAny(entities[head].Type, entities[tail].Type))
                    {
                        continue;
                    }

                    extractor.Extract(head, tail, buffer);
                    var pair = new float[dimensions];
                    if (dimensions > 0)
                    {
                        PairVector.Build(example.Sentence.Vectors, entities[head], entities[tail], pair);
                    }

                    instances.Add((buffer.Buckets.ToArray(), pair, gold.GetValueOrDefault((head, tail)), entities[head].Type, entities[tail].Type));
                }
            }
        }

        var denseRate = settings.DenseLearningRate > 0 ? (float)settings.DenseLearningRate : 0.01f;
        var threshold = settings.PruneThreshold > 0 ? (float)settings.PruneThreshold : 1e-4f;
        var members = Math.Max(1, settings.Ensemble);

        // Several members trained from different seeds, their weights averaged (for a linear model, the mean of
        // their scores): the order of the examples moves a single model's dev F1 by a point or more.
        float[]? sparseSum = null;
        float[]? denseSum = null;
        for (var member = 0; member < members; member++)
        {
            var (sparse, dense) = TrainMember(
                instances, dev, bits, labels, rate, dimensions, denseRate, threshold, epochs, settings.Seed + member, layer, moments, progress);
            sparseSum = Add(sparseSum, sparse);
            denseSum = dense is null ? null : Add(denseSum, dense);
        }

        Scale(sparseSum!, 1f / members);
        if (denseSum is not null)
        {
            Scale(denseSum, 1f / members);
        }

        var contextualAverage = moments is null ? null : new RelationDense(layer, moments.Mean, moments.InverseDeviation, denseSum!);
        var averaged = new RelationModel(LinearModel.FromDense(sparseSum, bits, labels, threshold), RelationCalibration.Identity, contextualAverage);
        var score = Evaluate(averaged, dev).Micro;
        progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"average of {members} members: dev strict micro-F1 (gold entities) {100 * score.F1:F2}"));
        return averaged;
    }

    private static (float[] Sparse, float[]? Dense) TrainMember(
        List<(int[] Features, float[] Pair, int Gold, string Head, string Tail)> instances,
        IReadOnlyList<RelationExample> dev,
        int bits,
        int labels,
        float rate,
        int dimensions,
        float denseRate,
        float threshold,
        int epochs,
        int seed,
        int layer,
        RelationDense? moments,
        Action<string>? progress)
    {
        var learner = new AdaGradSoftmax(bits, labels, rate, dimensions, denseRate);
        var order = Enumerable.Range(0, instances.Count).ToArray();
        var random = new Random(seed);
        var scores = new float[labels];
        (float[] Sparse, float[]? Dense) best = ([], null);
        var bestF1 = -1.0;
        var bestEpoch = 0;
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            var loss = 0.0;
            foreach (var k in order)
            {
                var (features, pair, gold, head, tail) = instances[k];
                learner.Score(features, scores);
                if (dimensions > 0)
                {
                    learner.ScoreDense(pair, scores);
                }

                for (var l = 0; l < labels; l++)
                {
                    if (!RelationSchema.Admits(l, head, tail))
                    {
                        scores[l] = -1e4f;
                    }
                }

                loss += learner.Update(features, scores, gold);
                if (dimensions > 0)
                {
                    learner.UpdateDense(pair);
                }
            }

            var denseWeights = moments is null ? null : learner.AveragedDense();
            var contextual = moments is null ? null : new RelationDense(layer, moments.Mean, moments.InverseDeviation, denseWeights!);
            var model = new RelationModel(learner.Averaged(threshold), RelationCalibration.Identity, contextual);
            var score = Evaluate(model, dev).Micro;
            progress?.Invoke(string.Create(
                CultureInfo.InvariantCulture,
                $"seed {seed} epoch {epoch}: loss {loss:F0} dev strict micro-F1 (gold entities) {100 * score.F1:F2}"));
            if (score.F1 > bestF1)
            {
                (best, bestF1, bestEpoch) = ((learner.AveragedWeights(), denseWeights), score.F1, epoch);
            }
        }

        progress?.Invoke(string.Create(
            CultureInfo.InvariantCulture,
            $"seed {seed}: best pass {bestEpoch}, dev strict micro-F1 (gold entities) {100 * bestF1:F2}"));
        return best;
    }

    private static float[] Add(float[]? sum, float[] values)
    {
        sum ??= new float[values.Length];
        for (var k = 0; k < values.Length; k++)
        {
            sum[k] += values[k];
        }

        return sum;
    }

    private static void Scale(float[] values, float factor)
    {
        for (var k = 0; k < values.Length; k++)
        {
            values[k] *= factor;
        }
    }

    /// <summary>Scores a model on sentences whose arguments are the gold entities (the classifier alone).</summary>
    /// <param name="model">The model.</param>
    /// <param name="examples">The sentences.</param>
    /// <returns>The strict relation scores.</returns>
    public static RelationScorer Evaluate(RelationModel model, IReadOnlyList<RelationExample> examples)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(examples);
        var scorer = new RelationScorer();
        foreach (var example in examples)
        {
            var predicted = model.Predict(example.Sentence);
            scorer.AddRelations(
                [.. example.Relations.Select(r => Key(example.Sentence, r.Head, r.Tail, r.Type))],
                [.. predicted.Select(r => Key(example.Sentence, r.Head, r.Tail, r.Type))]);
        }

        return scorer;
    }

    /// <summary>The strict identity of a relation: both argument spans and types and the relation type.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="head">The head argument.</param>
    /// <param name="tail">The tail argument.</param>
    /// <param name="type">The relation type.</param>
    /// <returns>The key.</returns>
    public static StrictRelation Key(RelationSentence sentence, int head, int tail, string type)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var a = sentence.Entities[head];
        var b = sentence.Entities[tail];
        return new StrictRelation(a.Start, a.End, a.Type, b.Start, b.End, b.Type, type);
    }

    private static (IReadOnlyList<RelationExample> Train, IReadOnlyList<RelationExample> Dev, RelationDense Moments) AddVectors(
        IReadOnlyList<RelationExample> train, IReadOnlyList<RelationExample> dev, int layer, string? cache, Action<string>? progress)
    {
        var trainVectors = SentenceVectors.Encode([.. train.Select(e => e.Sentence.Tokens)], layer, cache, progress);
        var devVectors = SentenceVectors.Encode([.. dev.Select(e => e.Sentence.Tokens)], layer, cache, progress);
        var (mean, inverse) = ContextualVectors.Moments(trainVectors, Transformers.MiniLmEncoder.Dimensions);
        foreach (var v in trainVectors.Concat(devVectors))
        {
            ContextualFeatures.Standardize(v, mean, inverse);
        }

        return (
            [.. train.Select((e, i) => e with { Sentence = e.Sentence with { Vectors = trainVectors[i] } })],
            [.. dev.Select((e, i) => e with { Sentence = e.Sentence with { Vectors = devVectors[i] } })],
            new RelationDense(layer, mean, inverse, []));
    }

    private static Dictionary<(int, int), int> Gold(RelationExample example)
    {
        var gold = new Dictionary<(int, int), int>();
        foreach (var (head, tail, type) in example.Relations)
        {
            var label = RelationSchema.LabelOf(type);
            if (label > 0)
            {
                gold[(head, tail)] = label;
            }
        }

        return gold;
    }
}
