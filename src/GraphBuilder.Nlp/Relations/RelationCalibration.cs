namespace GraphBuilder.Nlp.Relations;

/// <summary>
/// Platt scaling of a relation's probability (Platt 1999): <c>sigmoid(a * logit(p) + b * log(c) + bias)</c>, where
/// <c>c</c> is the lower of the two arguments' entity confidences, so that a relation between shaky entities is
/// trusted less. Fitted on held-out predictions.
/// </summary>
/// <param name="Slope">The weight of the classifier's logit.</param>
/// <param name="EntityWeight">The weight of the log entity confidence.</param>
/// <param name="Bias">The bias.</param>
public readonly record struct RelationCalibration(double Slope, double EntityWeight, double Bias)
{
    /// <summary>The identity: confidence equals probability.</summary>
    public static RelationCalibration Identity => new(1, 0, 0);

    /// <summary>The calibrated confidence.</summary>
    /// <param name="probability">The classifier's probability.</param>
    /// <param name="entityConfidence">The lower of the arguments' entity confidences.</param>
    /// <returns>The confidence, in (0, 1).</returns>
    public double Apply(double probability, double entityConfidence)
    {
        var (x, y) = Inputs(probability, entityConfidence);
        return 1 / (1 + Math.Exp(-((Slope * x) + (EntityWeight * y) + Bias)));
    }

    /// <summary>Fits the scaling by Newton's method on the log-loss of held-out outcomes (deterministic).</summary>
    /// <param name="samples">The probability, the entity confidence and whether the relation was right.</param>
    /// <returns>The fitted scaling, or <see cref="Identity"/> when there are too few samples of either outcome.</returns>
    public static RelationCalibration Fit(IReadOnlyList<(double Probability, double EntityConfidence, bool Correct)> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var positives = samples.Count(s => s.Correct);
        if (positives < 5 || samples.Count - positives < 5)
        {
            return Identity;
        }

        // Platt's targets keep the fit finite when the classes separate.
        var high = (positives + 1.0) / (positives + 2.0);
        var low = 1.0 / (samples.Count - positives + 2.0);
        // Damped Newton steps with a small ridge towards the identity, so that a sample that separates cleanly
        // cannot send the weights to infinity.
        var w = new double[] { 1, 0, 0 };
        var loss = Loss(samples, w, high, low);
        for (var iteration = 0; iteration < 100; iteration++)
        {
            var gradient = new double[3];
            var hessian = new double[3, 3];
            foreach (var (p, c, correct) in samples)
            {
                var (x, y) = Inputs(p, c);
                var inputs = new[] { x, y, 1.0 };
                var q = Sigmoid((w[0] * x) + (w[1] * y) + w[2]);
                var target = correct ? high : low;
                for (var i = 0; i < 3; i++)
                {
                    gradient[i] += (q - target) * inputs[i];
                    for (var j = 0; j < 3; j++)
                    {
                        hessian[i, j] += q * (1 - q) * inputs[i] * inputs[j];
                    }
                }
            }

            for (var i = 0; i < 3; i++)
            {
                gradient[i] += Ridge * (w[i] - (i == 0 ? 1 : 0));
                hessian[i, i] += Ridge;
            }

            var step = Solve(hessian, gradient);
            var scale = 1.0;
            double[] next;
            double nextLoss;
            do
            {
                next = [w[0] - (scale * step[0]), w[1] - (scale * step[1]), w[2] - (scale * step[2])];
                nextLoss = Loss(samples, next, high, low);
                scale /= 2;
            }
            while (nextLoss > loss && scale > 1e-6);

            if (nextLoss > loss)
            {
                break;
            }

            var change = loss - nextLoss;
            (w, loss) = (next, nextLoss);
            if (change < 1e-10)
            {
                break;
            }
        }

        return new RelationCalibration(w[0], w[1], w[2]);
    }

    private const double Ridge = 1.0;

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    private static double Loss(IReadOnlyList<(double Probability, double EntityConfidence, bool Correct)> samples, double[] w, double high, double low)
    {
        var loss = 0.5 * Ridge * (((w[0] - 1) * (w[0] - 1)) + (w[1] * w[1]) + (w[2] * w[2]));
        foreach (var (p, c, correct) in samples)
        {
            var (x, y) = Inputs(p, c);
            var q = Math.Clamp(Sigmoid((w[0] * x) + (w[1] * y) + w[2]), 1e-12, 1 - 1e-12);
            var target = correct ? high : low;
            loss -= (target * Math.Log(q)) + ((1 - target) * Math.Log(1 - q));
        }

        return loss;
    }

    private static (double Logit, double LogEntity) Inputs(double probability, double entityConfidence)
    {
        var p = Math.Clamp(probability, 1e-6, 1 - 1e-6);
        return (Math.Log(p / (1 - p)), Math.Log(Math.Clamp(entityConfidence, 1e-6, 1)));
    }

    private static double[] Solve(double[,] a, double[] b)
    {
        // Gaussian elimination with partial pivoting on a 3x3 system.
        var n = b.Length;
        var m = new double[n, n + 1];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                m[i, j] = a[i, j];
            }

            m[i, n] = b[i];
        }

        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var row = col + 1; row < n; row++)
            {
                if (Math.Abs(m[row, col]) > Math.Abs(m[pivot, col]))
                {
                    pivot = row;
                }
            }

            for (var j = 0; j <= n; j++)
            {
                (m[col, j], m[pivot, j]) = (m[pivot, j], m[col, j]);
            }

            for (var row = 0; row < n; row++)
            {
                if (row == col || m[col, col] == 0)
                {
                    continue;
                }

                var factor = m[row, col] / m[col, col];
                for (var j = col; j <= n; j++)
                {
                    m[row, j] -= factor * m[col, j];
                }
            }
        }

        var x = new double[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = m[i, i] == 0 ? 0 : m[i, n] / m[i, i];
        }

        return x;
    }
}
