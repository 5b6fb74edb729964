using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Storage.Relational;

/// <summary>
/// Turns evidence rows into relations the way the graph reader does: one sentence of one article is one piece of
/// evidence (the most confident stands), and a relation's confidence is <c>1 - Π(1 - p)</c> over its pieces.
/// </summary>
internal static class EvidenceAggregation
{
    /// <summary>Groups rows into relations, keeping at most <paramref name="maxEvidence"/> pieces each, most confident first.</summary>
    public static List<RelationEdge> Relations(IEnumerable<EvidenceRow> rows, int maxEvidence)
    {
        var edges = new List<RelationEdge>();
        foreach (var group in rows.GroupBy(r => (r.Source, r.Target, r.Type)))
        {
            if (!GraphVocabulary.TryParseRelationType(group.Key.Type, out var kind))
            {
                continue;
            }

            var pieces = group
                .GroupBy(r => (r.Evidence.Article, r.Evidence.Start))
                .Select(g => g.Aggregate((best, next) => next.Evidence.Confidence > best.Evidence.Confidence ? next : best))
                .ToList();
            var evidence = pieces
                .OrderByDescending(p => p.Evidence.Confidence).ThenBy(p => p.Evidence.Article, StringComparer.Ordinal).ThenBy(p => p.Evidence.Start)
                .Take(maxEvidence)
                .Select(p => p.Evidence)
                .ToList();
            edges.Add(new RelationEdge(
                new EntityId(group.Key.Source),
                new EntityId(group.Key.Target),
                kind,
                Confidence(pieces.Select(p => p.Evidence.Confidence)),
                pieces.Count,
                [.. pieces.Select(p => p.Evidence.Article).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                evidence,
                pieces.Min(p => p.Seen),
                pieces.Max(p => p.Seen)));
        }

        return edges;
    }

    public static double Confidence(IEnumerable<double> pieces) =>
        Math.Clamp(1 - pieces.Aggregate(1.0, (product, p) => product * (1 - p)), 0, 1);
}
