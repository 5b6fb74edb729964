using System.Numerics.Tensors;

namespace GraphBuilder.Nlp.Training.FineTuning;

/// <summary>
/// Adam with decoupled weight decay (Loshchilov and Hutter) over the trainable parameters, with the gradients'
/// global norm clipped first, as BERT is fine-tuned. Biases and layer-norm scales and shifts are not decayed.
/// </summary>
internal sealed class AdamW
{
    private readonly List<(Parameter Parameter, float[] First, float[] Second, bool Decay)> _slots = [];
    private readonly float _beta1;
    private readonly float _beta2;
    private readonly float _epsilon;
    private readonly float _weightDecay;
    private readonly float _clipNorm;
    private int _step;

    /// <summary>Initializes a new instance of the <see cref="AdamW"/> class.</summary>
    public AdamW(IEnumerable<Parameter> parameters, float weightDecay = 0.01f, float clipNorm = 1f, float beta1 = 0.9f, float beta2 = 0.999f, float epsilon = 1e-6f)
    {
        foreach (var p in parameters.Where(p => p.Trainable))
        {
            var decay = p.Shape.Length > 1;
            _slots.Add((p, new float[p.Value.Length], new float[p.Value.Length], decay));
        }

        _beta1 = beta1;
        _beta2 = beta2;
        _epsilon = epsilon;
        _weightDecay = weightDecay;
        _clipNorm = clipNorm;
    }

    /// <summary>Gets the number of steps taken.</summary>
    public int Steps => _step;

    /// <summary>Takes one step at the learning rate <paramref name="rate"/>; returns the gradients' global norm before clipping.</summary>
    public float Step(float rate)
    {
        _step++;
        var squares = 0.0;
        foreach (var (p, _, _, _) in _slots)
        {
            squares += TensorPrimitives.SumOfSquares(p.Gradient);
        }

        var norm = (float)Math.Sqrt(squares);
        var scale = _clipNorm > 0 && norm > _clipNorm ? _clipNorm / norm : 1f;
        var correction1 = 1 - MathF.Pow(_beta1, _step);
        var correction2 = 1 - MathF.Pow(_beta2, _step);
        var stepSize = rate / correction1;
        foreach (var (p, first, second, decay) in _slots)
        {
            var value = p.Value;
            var gradient = p.Gradient;
            var shrink = decay ? 1 - (rate * _weightDecay) : 1f;
            for (var i = 0; i < value.Length; i++)
            {
                var g = gradient[i] * scale;
                first[i] = (_beta1 * first[i]) + ((1 - _beta1) * g);
                second[i] = (_beta2 * second[i]) + ((1 - _beta2) * g * g);
                value[i] = (value[i] * shrink) - (stepSize * first[i] / (MathF.Sqrt(second[i] / correction2) + _epsilon));
            }
        }

        return norm;
    }
}
