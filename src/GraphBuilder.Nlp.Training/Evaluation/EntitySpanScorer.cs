namespace GraphBuilder.Nlp.Training.Evaluation;

/// <summary>
/// Scores entity spans the way <c>conlleval</c> does: an entity counts when its span and its type are both exact;
/// precision, recall and F1 per type and micro-averaged over all types. Tags are IOB2 (an <c>I-</c> tag that does not
/// continue an entity of its type starts one, as in <c>conlleval</c>).
/// </summary>
public sealed class EntitySpanScorer
{
    private readonly SortedDictionary<string, Score> _byType = new(StringComparer.Ordinal);

    /// <summary>Gets the score of each entity type.</summary>
    public IReadOnlyDictionary<string, Score> ByType => _byType;

    /// <summary>Gets the micro-averaged score over all types.</summary>
    public Score Overall { get; private set; }

    /// <summary>Adds one sentence.</summary>
    /// <param name="gold">The gold IOB2 tags.</param>
    /// <param name="predicted">The predicted IOB2 tags.</param>
    /// <exception cref="ArgumentException">The tag lists differ in length.</exception>
    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException("Gold and predicted tags differ in length.", nameof(predicted));
        }

        var goldChunks = Chunks(gold);
        var predictedChunks = Chunks(predicted);
        foreach (var chunk in goldChunks)
        {
            Count(chunk.Type, new Score(1, 0, predictedChunks.Contains(chunk) ? 1 : 0));
        }

        foreach (var chunk in predictedChunks)
        {
            Count(chunk.Type, new Score(0, 1, 0));
        }
    }

    /// <summary>Extracts the entity chunks of a tag sequence.</summary>
    /// <param name="tags">IOB2 tags.</param>
    /// <returns>The chunks as (start, end exclusive, type).</returns>
    public static HashSet<(int Start, int End, string Type)> Chunks(IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var chunks = new HashSet<(int, int, string)>();
        var start = -1;
        string? type = null;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : "O";
            var prefix = tag.Length > 1 ? tag[0] : 'O';
            var tagType = tag.Length > 2 ? tag[2..] : null;
            var continues = prefix == 'I' && type is not null && string.Equals(tagType, type, StringComparison.Ordinal);
            if (type is not null && !continues)
            {
                chunks.Add((start, i, type));
                type = null;
            }

            if ((prefix is 'B' or 'I') && !continues)
            {
                start = i;
                type = tagType;
            }
        }

        return chunks;
    }

    private void Count(string type, Score score)
    {
        _byType[type] = _byType.GetValueOrDefault(type) + score;
        Overall += score;
    }
}
