using System.Globalization;
using GraphBuilder.Graph.Model;
using GraphBuilder.Nlp.Training.Evaluation;

namespace GraphBuilder.Lab.Idioms;

/// <summary>
/// Scores the relations drawn from the news-idiom gold sentences at a confidence threshold: precision, recall and F1
/// per relation type and overall. A prediction is right when its type is the gold one and a name of each of its two
/// entities is the gold name (case, a leading "the" and a possessive aside); MET, COMPETED_WITH and RELATED_TO match
/// either way round. A WORKS_FOR between the pair of a gold LEADS or RESIGNED_FROM is neither credited nor counted
/// wrong: a head works for the body and who resigned from it worked there, but the gold set states only the more
/// specific relation.
/// </summary>
internal sealed class IdiomScorer(double threshold)
{
    private readonly Dictionary<RelationKind, (int Gold, int Predicted, int Correct)> _counts = [];
    private readonly List<(int Line, string Error)> _errors = [];

    /// <summary>Gets the scores per relation type, for the types with gold or predicted relations, in vocabulary order.</summary>
    public IReadOnlyList<(RelationKind Kind, Score Score)> ByKind =>
        [.. _counts.OrderBy(p => p.Key).Select(p => (p.Key, new Score(p.Value.Gold, p.Value.Predicted, p.Value.Correct)))];

    /// <summary>Gets the micro-averaged score over every type.</summary>
    public Score Overall => new(_counts.Values.Sum(c => c.Gold), _counts.Values.Sum(c => c.Predicted), _counts.Values.Sum(c => c.Correct));

    /// <summary>
    /// Gets one line per missed or spurious relation (outcome, gold line, relation, and for spurious ones the confidence
    /// and extractor), with the gold line it belongs to.
    /// </summary>
    public IReadOnlyList<(int Line, string Error)> Errors => _errors;

    /// <summary>Scores one sentence.</summary>
    /// <param name="sentence">The gold sentence.</param>
    /// <param name="predictions">Every relation drawn from it, at any confidence.</param>
    public void Add(IdiomSentence sentence, IEnumerable<IdiomPrediction> predictions)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(predictions);
        var matched = new bool[sentence.Expected.Count];
        foreach (var prediction in predictions.Where(p => p.Confidence >= threshold))
        {
            var index = Enumerable.Range(0, matched.Length).FirstOrDefault(i => !matched[i] && Matches(sentence.Expected[i], prediction), -1);
            if (index >= 0)
            {
                matched[index] = true;
                Count(prediction.Kind, predicted: 1, correct: 1);
            }
            else if (!(prediction.Kind == RelationKind.WorksFor
                && sentence.Expected.Any(g => g.Kind is RelationKind.Leads or RelationKind.ResignedFrom
                    && Matches(g with { Kind = RelationKind.WorksFor }, prediction))))
            {
                Count(prediction.Kind, predicted: 1, correct: 0);
                _errors.Add((sentence.Line, string.Create(
                    CultureInfo.InvariantCulture,
                    $"spurious line {sentence.Line} [{sentence.Split} {sentence.Tag}] {prediction} ({prediction.Confidence:F2} {prediction.Extractor}) | {sentence.Text}")));
            }
        }

        for (var i = 0; i < matched.Length; i++)
        {
            Count(sentence.Expected[i].Kind, gold: 1);
            if (!matched[i])
            {
                _errors.Add((sentence.Line, $"missed line {sentence.Line} [{sentence.Split} {sentence.Tag}] {sentence.Expected[i]} | {sentence.Text}"));
            }
        }
    }

    /// <summary>Whether a name of an entity is the gold name, ignoring case, a leading "the" and a trailing possessive.</summary>
    /// <param name="gold">The gold name.</param>
    /// <param name="names">The entity's names.</param>
    /// <returns>Whether one of them is the gold name.</returns>
    public static bool Names(string gold, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var wanted = Normalize(gold);
        return names.Any(n => string.Equals(Normalize(n), wanted, StringComparison.Ordinal));
    }

    private static bool Matches(IdiomTriple gold, IdiomPrediction prediction) =>
        gold.Kind == prediction.Kind
        && ((Names(gold.Subject, prediction.Subject) && Names(gold.Object, prediction.Object))
            || (IsSymmetric(gold.Kind) && Names(gold.Subject, prediction.Object) && Names(gold.Object, prediction.Subject)));

    private static bool IsSymmetric(RelationKind kind) => kind is RelationKind.Met or RelationKind.CompetedWith or RelationKind.RelatedTo;

    private static string Normalize(string name)
    {
        var text = name.Trim().ToLowerInvariant().Replace('’', '\'');
        if (text.StartsWith("the ", StringComparison.Ordinal))
        {
            text = text[4..];
        }

        return text.EndsWith("'s", StringComparison.Ordinal) ? text[..^2] : text.TrimEnd('\'');
    }

    private void Count(RelationKind kind, int gold = 0, int predicted = 0, int correct = 0)
    {
        var (g, p, c) = _counts.GetValueOrDefault(kind);
        _counts[kind] = (g + gold, p + predicted, c + correct);
    }
}
