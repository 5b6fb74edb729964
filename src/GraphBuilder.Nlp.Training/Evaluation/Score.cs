namespace GraphBuilder.Nlp.Training.Evaluation;

/// <summary>
/// Represents counts of gold, predicted and correct items, and the precision, recall and F1 they give.
/// </summary>
/// <param name="Gold">The number of gold items.</param>
/// <param name="Predicted">The number of predicted items.</param>
/// <param name="Correct">The number of predicted items that are gold.</param>
public readonly record struct Score(int Gold, int Predicted, int Correct)
{
    /// <summary>Gets the precision, in [0, 1].</summary>
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    /// <summary>Gets the recall, in [0, 1].</summary>
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    /// <summary>Gets the harmonic mean of precision and recall, in [0, 1].</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Adds two scores.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns>The sum of the counts.</returns>
    public static Score operator +(Score left, Score right) =>
        new(left.Gold + right.Gold, left.Predicted + right.Predicted, left.Correct + right.Correct);

    /// <summary>Adds two scores.</summary>
    /// <param name="other">The score to add.</param>
    /// <returns>The sum of the counts.</returns>
    public Score Add(Score other) => this + other;
}
