namespace GraphBuilder.Nlp.Learning;

/// <summary>
/// Trains a dense bucket-by-label softmax with AdaGrad and keeps the running average of its weights, which is what
/// the trained model uses (averaging smooths the last noisy steps, as in the averaged perceptron).
/// </summary>
internal sealed class AdaGradSoftmax
{
    private readonly float[] _weights;
    private readonly float[] _squares;
    private readonly float[] _sums;
    private readonly float[] _gradient;
    private readonly float _rate;
    private float _step = 1f;

    public AdaGradSoftmax(int bits, int labels, float rate)
    {
        Bits = bits;
        Labels = labels;
        _rate = rate;
        _weights = new float[(1 << bits) * labels];
        _squares = new float[_weights.Length];
        _sums = new float[_weights.Length];
        _gradient = new float[labels];
    }

    public int Bits { get; }

    public int Labels { get; }

    /// <summary>Computes each label's score under the current (not averaged) weights.</summary>
    public void Score(ReadOnlySpan<int> features, Span<float> scores)
    {
        scores[..Labels].Clear();
        foreach (var feature in features)
        {
            var row = _weights.AsSpan(feature * Labels, Labels);
            for (var l = 0; l < row.Length; l++)
            {
                scores[l] += row[l];
            }
        }
    }

    /// <summary>Takes one AdaGrad step on the cross-entropy of the gold label; returns the example's loss.</summary>
    public float Update(ReadOnlySpan<int> features, ReadOnlySpan<float> scores, int gold)
    {
        var labels = Labels;
        var max = float.NegativeInfinity;
        for (var l = 0; l < labels; l++)
        {
            max = Math.Max(max, scores[l]);
        }

        var sum = 0f;
        for (var l = 0; l < labels; l++)
        {
            sum += MathF.Exp(scores[l] - max);
        }

        for (var l = 0; l < labels; l++)
        {
            _gradient[l] = (MathF.Exp(scores[l] - max) / sum) - (l == gold ? 1f : 0f);
        }

        foreach (var feature in features)
        {
            var offset = feature * labels;
            for (var l = 0; l < labels; l++)
            {
                var g = _gradient[l];
                if (g is > -1e-6f and < 1e-6f)
                {
                    continue;
                }

                var s = _squares[offset + l] += g * g;
                var delta = -_rate * g / MathF.Sqrt(s);
                _weights[offset + l] += delta;
                _sums[offset + l] += _step * delta;
            }
        }

        _step++;
        return -(scores[gold] - max - MathF.Log(sum));
    }

    /// <summary>Compacts the averaged weights into a model.</summary>
    public LinearModel Averaged(float threshold)
    {
        var averaged = new float[_weights.Length];
        for (var k = 0; k < averaged.Length; k++)
        {
            averaged[k] = _weights[k] - (_sums[k] / _step);
        }

        return LinearModel.FromDense(averaged, Bits, Labels, threshold);
    }
}
