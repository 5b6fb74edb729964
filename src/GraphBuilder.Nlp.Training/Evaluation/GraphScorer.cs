namespace GraphBuilder.Nlp.Training.Evaluation;

/// <summary>
/// Scores the entities of a graph built from annotated documents under the protocol of
/// <c>../shared/data/gum-news/README.md</c>: named gold entities found, held exactly (neither split nor merged),
/// Wikipedia identities held by one node across documents, and spurious mentions.
/// </summary>
/// <remarks>
/// A gold entity is, within one document, the named mentions (<see cref="GraphGoldMention.IsNamed"/>) of one Wikipedia
/// identity or, without one, of one coreference chain. A predicted mention counts for the tightest (shortest, then
/// first) gold named mention whose head word it contains: a predicted <c>Medical Journal of Australia</c> that contains
/// the heads of both gold <c>the Medical Journal of Australia</c> and gold <c>Australia</c> counts for <c>Australia</c>.
/// An identity enters the cross-document figure when its mentions are matched in two or more documents (the protocol's
/// published figures count so); <see cref="GraphScore.Identities"/> also lists those named in two or more documents
/// but found in fewer.
/// </remarks>
public static class GraphScorer
{
    /// <summary>Scores documents whose mentions were all recorded in one graph.</summary>
    /// <param name="documents">The documents; names must be distinct.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentException">Two documents have the same name.</exception>
    public static GraphScore Score(IReadOnlyList<GraphScoreDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Select(d => d.Name).Distinct(StringComparer.Ordinal).Count() != documents.Count)
        {
            throw new ArgumentException("Document names must be distinct.", nameof(documents));
        }

        var entities = new List<GraphEntityResult>();
        var spurious = new List<(string, GraphPredictedMention)>();
        var predicted = 0;
        foreach (var document in documents)
        {
            predicted += document.Predicted.Count;
            entities.AddRange(ScoreDocument(document));
            spurious.AddRange(document.Predicted
                .Where(p => !document.Gold.Any(g => g.Start < p.End && p.Start < g.End))
                .Select(p => (document.Name, p)));
        }

        var identities = entities
            .Where(e => e.Identity is not null)
            .GroupBy(e => e.Identity!, StringComparer.Ordinal)
            .Where(g => g.Count() >= 2)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new GraphIdentityResult(g.Key, g.ToDictionary(e => e.Document, e => e.Nodes, StringComparer.Ordinal)))
            .ToList();
        return new GraphScore(entities, identities, predicted, spurious);
    }

    /// <summary>Finds the gold named mention a predicted mention counts for.</summary>
    /// <param name="named">The document's gold named mentions.</param>
    /// <param name="mention">The predicted mention.</param>
    /// <returns>The index of the gold mention in <paramref name="named"/>, or -1 when the mention contains no named mention's head.</returns>
    public static int Match(IReadOnlyList<GraphGoldMention> named, GraphPredictedMention mention)
    {
        ArgumentNullException.ThrowIfNull(named);
        ArgumentNullException.ThrowIfNull(mention);
        var best = -1;
        for (var i = 0; i < named.Count; i++)
        {
            var gold = named[i];
            if (mention.Start <= gold.HeadStart && gold.HeadEnd <= mention.End
                && (best < 0 || gold.End - gold.Start < named[best].End - named[best].Start))
            {
                best = i;
            }
        }

        return best;
    }

    private static IEnumerable<GraphEntityResult> ScoreDocument(GraphScoreDocument document)
    {
        var named = document.Gold.Where(g => g.IsNamed).ToList();
        var keyOf = named.Select(g => g.Identity ?? "#" + g.Chain).ToList();
        var keys = keyOf.Distinct(StringComparer.Ordinal).ToList();
        var nodesOf = keys.ToDictionary(k => k, _ => new SortedSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var mention in document.Predicted)
        {
            if (Match(named, mention) is var index and >= 0)
            {
                nodesOf[keyOf[index]].Add(mention.Node);
            }
        }

        foreach (var key in keys)
        {
            var mentions = named.Where((_, i) => keyOf[i] == key).ToList();
            var nodes = nodesOf[key];
            var mergedWith = keys.Where(k => k != key && nodesOf[k].Overlaps(nodes)).Order(StringComparer.Ordinal).ToList();
            yield return new GraphEntityResult(document.Name, key, mentions[0].Identity, mentions[0].Type, mentions, [.. nodes], mergedWith);
        }
    }
}
