namespace GraphBuilder.Graph.Storage.Relational;

/// <summary>
/// Chooses a near-duplicate among the candidates a store's band search returned, the same way in every store.
/// </summary>
internal static class NearDuplicateChoice
{
    /// <summary>The most similar candidate at or above the threshold; ties go to the ordinally first identifier.</summary>
    public static (string ArticleId, double Similarity)? Best(IEnumerable<(string Id, double Similarity)> candidates, double minSimilarity)
    {
        (string, double)? best = null;
        foreach (var (id, similarity) in candidates)
        {
            if (similarity >= minSimilarity
                && (best is null
                    || similarity > best.Value.Item2
                    || (similarity == best.Value.Item2 && string.CompareOrdinal(id, best.Value.Item1) < 0)))
            {
                best = (id, similarity);
            }
        }

        return best;
    }
}
