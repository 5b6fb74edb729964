using System.Globalization;

namespace GraphBuilder.Nlp.Training.Evaluation;

/// <summary>
/// Writes the details behind a graph score, one tab-separated line per item, for error analysis: every gold entity
/// with its outcome, its named mentions and the nodes its mentions went to; every cross-document identity; every
/// spurious mention.
/// </summary>
public static class GraphScoreReport
{
    /// <summary>Writes the report.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="score">The score.</param>
    /// <param name="documents">The scored documents.</param>
    /// <param name="describeNode">Describes a node (its name and type) for the reader.</param>
    public static void Write(TextWriter writer, GraphScore score, IReadOnlyList<GraphScoreDocument> documents, Func<string, string> describeNode)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(describeNode);
        var byName = documents.ToDictionary(d => d.Name, StringComparer.Ordinal);
        writer.WriteLine("# entity\tdocument\toutcome\tkey\ttype\tgold named mentions\tnodes <- predicted mentions counted for the entity\tmerged with");
        foreach (var entity in score.Entities)
        {
            var document = byName[entity.Document];
            var named = document.Gold.Where(g => g.IsNamed).ToList();
            var matched = document.Predicted
                .Select(p => (Mention: p, Gold: GraphScorer.Match(named, p)))
                .Where(m => m.Gold >= 0 && entity.Mentions.Contains(named[m.Gold]))
                .ToList();
            var nodes = entity.Nodes.Select(n => describeNode(n)
                + " <- "
                + string.Join(", ", matched.Where(m => m.Mention.Node == n).Select(m => Quote(document.Text, m.Mention.Start, m.Mention.End))));
            writer.WriteLine(string.Join(
                '\t',
                "entity",
                entity.Document,
                Outcome(entity),
                entity.Key,
                entity.Type,
                string.Join(", ", entity.Mentions.Select(m => Quote(document.Text, m.Start, m.End))),
                string.Join(" | ", nodes),
                string.Join(", ", entity.MergedWith)));
        }

        writer.WriteLine("# identity\tidentity\toutcome\tdocument: nodes, per document");
        foreach (var identity in score.Identities)
        {
            writer.WriteLine(string.Join(
                '\t',
                "identity",
                identity.Identity,
                identity.Consistent ? "consistent" : identity.Counted ? "inconsistent" : "found in fewer than two",
                string.Join(
                    " ; ",
                    identity.NodesByDocument
                        .OrderBy(p => p.Key, StringComparer.Ordinal)
                        .Select(p => p.Key + ": " + (p.Value.Count == 0 ? "(not found)" : string.Join(" | ", p.Value.Select(describeNode)))))));
        }

        writer.WriteLine("# spurious\tdocument\tmention\tnode");
        foreach (var (name, mention) in score.Spurious)
        {
            writer.WriteLine(string.Join('\t', "spurious", name, Quote(byName[name].Text, mention.Start, mention.End), describeNode(mention.Node)));
        }
    }

    private static string Outcome(GraphEntityResult entity) =>
        entity switch
        {
            { Found: false } => "missed",
            { Exact: true } => "exact",
            { Split: true, Merged: true } => "split+merged",
            { Split: true } => "split",
            _ => "merged",
        };

    private static string Quote(string text, int start, int end) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"\"{(start >= 0 && end <= text.Length && start <= end ? text[start..end].ReplaceLineEndings(" ") : "?")}\"@{start}");
}
