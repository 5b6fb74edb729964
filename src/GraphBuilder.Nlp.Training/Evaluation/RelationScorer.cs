namespace GraphBuilder.Nlp.Training.Evaluation;

/// <summary>
/// Scores entities and relations the way joint entity and relation extraction is scored on CoNLL04: an entity counts
/// when its span and type are exact; a relation counts ("strict") only when both argument spans, both argument
/// types and the relation type are exact. Micro and macro (mean of the per-type F1) averages over relation types.
/// </summary>
public sealed class RelationScorer
{
    private readonly SortedDictionary<string, Score> _entities = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, Score> _relations = new(StringComparer.Ordinal);

    /// <summary>Entity scores by type.</summary>
    public IReadOnlyDictionary<string, Score> EntitiesByType => _entities;

    /// <summary>Entity scores over all types.</summary>
    public Score Entities => _entities.Values.Aggregate(default(Score), (sum, s) => sum + s);

    /// <summary>Strict relation scores by type.</summary>
    public IReadOnlyDictionary<string, Score> RelationsByType => _relations;

    /// <summary>Strict relation scores over all types.</summary>
    public Score Micro => _relations.Values.Aggregate(default(Score), (sum, s) => sum + s);

    /// <summary>The mean of the per-type strict F1 (over the types seen in gold or predictions).</summary>
    public double MacroF1 => _relations.Count == 0 ? 0 : _relations.Values.Average(s => s.F1);

    /// <summary>Adds one sentence's entities.</summary>
    /// <param name="gold">The gold entities.</param>
    /// <param name="predicted">The predicted entities.</param>
    public void AddEntities(IReadOnlyCollection<(int Start, int End, string Type)> gold, IReadOnlyCollection<(int Start, int End, string Type)> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        Add(_entities, gold, predicted, e => e.Type);
    }

    /// <summary>Adds one sentence's relations.</summary>
    /// <param name="gold">The gold relations.</param>
    /// <param name="predicted">The predicted relations.</param>
    public void AddRelations(IReadOnlyCollection<StrictRelation> gold, IReadOnlyCollection<StrictRelation> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        Add(_relations, gold, predicted, r => r.Type);
    }

    private static void Add<T>(SortedDictionary<string, Score> scores, IReadOnlyCollection<T> gold, IReadOnlyCollection<T> predicted, Func<T, string> type)
    {
        var goldSet = gold.ToHashSet();
        var predictedSet = predicted.ToHashSet();
        foreach (var item in goldSet)
        {
            scores[type(item)] = scores.GetValueOrDefault(type(item)) + new Score(1, 0, predictedSet.Contains(item) ? 1 : 0);
        }

        foreach (var item in predictedSet)
        {
            scores[type(item)] = scores.GetValueOrDefault(type(item)) + new Score(0, 1, 0);
        }
    }
}
