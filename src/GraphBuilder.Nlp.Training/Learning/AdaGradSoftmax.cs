using GraphBuilder.Nlp.Learning;

namespace GraphBuilder.Nlp.Training.Learning;

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
    private readonly float[] _dense;
    private readonly float[] _denseSquares;
    private readonly float[] _denseSums;
    private readonly float _denseRate;
    private float _step = 1f;

    public AdaGradSoftmax(int bits, int labels, float rate, int dimensions = 0, float denseRate = 0)
    {
        Dimensions = dimensions;
        _denseRate = denseRate;
        _dense = new float[dimensions * labels];
        _denseSquares = new float[_dense.Length];
        _denseSums = new float[_dense.Length];
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

    /// <summary>Gets the number of dense input dimensions (0 when the model is sparse only).</summary>
    public int Dimensions { get; }

    /// <summary>Adds the dense scores of a token's vector under the current weights.</summary>
    public void ScoreDense(ReadOnlySpan<float> vector, Span<float> scores) =>
        Nlp.Entities.ContextualFeatures.AddScores(_dense, Dimensions, vector, scores[..Labels]);

    /// <summary>Takes the AdaGrad step of the dense weights for the gradient of the last <see cref="Update"/> (call it before).</summary>
    public void UpdateDense(ReadOnlySpan<float> vector)
    {
        var dimensions = Dimensions;
        var step = _step - 1f; // Update has already advanced the step.
        var rate = new System.Numerics.Vector<float>(_denseRate);
        var width = System.Numerics.Vector<float>.Count;
        for (var l = 0; l < Labels; l++)
        {
            var g = _gradient[l];
            if (g is > -1e-6f and < 1e-6f)
            {
                continue;
            }

            var weights = _dense.AsSpan(l * dimensions, dimensions);
            var squares = _denseSquares.AsSpan(l * dimensions, dimensions);
            var sums = _denseSums.AsSpan(l * dimensions, dimensions);
            var gv = new System.Numerics.Vector<float>(g);
            var sv = new System.Numerics.Vector<float>(step);
            var d = 0;
            for (; d + width <= dimensions; d += width)
            {
                var grad = gv * new System.Numerics.Vector<float>(vector.Slice(d, width));
                var sq = new System.Numerics.Vector<float>(squares.Slice(d, width)) + (grad * grad);
                sq.CopyTo(squares.Slice(d, width));
                var delta = -rate * grad / System.Numerics.Vector.SquareRoot(sq + new System.Numerics.Vector<float>(1e-12f));
                (new System.Numerics.Vector<float>(weights.Slice(d, width)) + delta).CopyTo(weights.Slice(d, width));
                (new System.Numerics.Vector<float>(sums.Slice(d, width)) + (sv * delta)).CopyTo(sums.Slice(d, width));
            }

            for (; d < dimensions; d++)
            {
                var grad = g * vector[d];
                var sq = squares[d] += grad * grad;
                var delta = -_denseRate * grad / MathF.Sqrt(sq + 1e-12f);
                weights[d] += delta;
                sums[d] += step * delta;
            }
        }
    }

    /// <summary>
    /// Adds the gradient of the last <see cref="Update"/>'s loss with respect to the dense input vector,
    /// <c>Σₗ (pₗ − yₗ)·Wₗ</c> under the current weights (call it after <see cref="Update"/> and before <see cref="UpdateDense"/>).
    /// </summary>
    public void AddDenseInputGradient(Span<float> gradient)
    {
        for (var l = 0; l < Labels; l++)
        {
            System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(_dense.AsSpan(l * Dimensions, Dimensions), _gradient[l], gradient, gradient);
        }
    }

    /// <summary>Gets a copy of the current (not averaged) dense weights, label-major.</summary>
    public float[] CurrentDense() => (float[])_dense.Clone();

    /// <summary>Gets the averaged dense weights, label-major.</summary>
    public float[] AveragedDense()
    {
        var averaged = new float[_dense.Length];
        for (var k = 0; k < averaged.Length; k++)
        {
            averaged[k] = _dense[k] - (_denseSums[k] / _step);
        }

        return averaged;
    }

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
    /// <summary>The averaged sparse weights, unquantised (for averaging several models).</summary>
    public float[] AveragedWeights()
    {
        var averaged = new float[_weights.Length];
        for (var k = 0; k < averaged.Length; k++)
        {
            averaged[k] = _weights[k] - (_sums[k] / _step);
        }

        return averaged;
    }

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
