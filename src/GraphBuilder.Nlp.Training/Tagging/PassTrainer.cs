using System.Globalization;
using GraphBuilder.Nlp.Learning;
using GraphBuilder.Nlp.Tagging;

namespace GraphBuilder.Nlp.Training.Tagging;

/// <summary>Trains one averaged perceptron pass over the data, keeping the epoch best on the dev data.</summary>
internal sealed class PassTrainer(int bits, int labels, float prune, int seed)
{
    /// <summary>Trains from the seed for up to <paramref name="epochs"/> passes; returns the best pass's model and its number.</summary>
    public (LinearModel Model, int Epochs) Train(
        TaggingExample[] examples,
        uint[][] classes,
        int[][]? guesses,
        TaggingExample[]? dev,
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
                    Score(weights, features.Buckets, scores);
                    var tag = PartOfSpeechTagger.ArgMax(scores);
                    predicted[i] = tag;
                    if (tag != gold[i])
                    {
                        Update(weights, sums, features.Buckets, gold[i], tag, step);
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

    /// <summary>Sums the weight rows of the features into <paramref name="scores"/>.</summary>
    private void Score(float[] weights, ReadOnlySpan<int> buckets, float[] scores)
    {
        Array.Clear(scores);
        foreach (var b in buckets)
        {
            var row = weights.AsSpan(b * labels, labels);
            for (var l = 0; l < labels; l++)
            {
                scores[l] += row[l];
            }
        }
    }

    /// <summary>Moves the features' weights towards the gold tag and away from the predicted one, with the running sums.</summary>
    private void Update(float[] weights, float[] sums, ReadOnlySpan<int> buckets, int gold, int tag, float step)
    {
        foreach (var b in buckets)
        {
            weights[(b * labels) + gold] += 1;
            sums[(b * labels) + gold] += step;
            weights[(b * labels) + tag] -= 1;
            sums[(b * labels) + tag] -= step;
        }
    }

    private static double Accuracy(LinearModel model, TaggingExample[] dev, uint[][] classes, int[][]? guesses)
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
