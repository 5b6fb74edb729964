using GraphBuilder.Graph.Export;
using GraphBuilder.Graph.Storage;

namespace GraphBuilder.Neo4j;

/// <summary>
/// Turns a change into the ordered statements and row batches that write it: articles, entities by label, the
/// articles' mentions (stale ones deleted first), typed relations by type, co-mentions, then deletions.
/// </summary>
internal static class Neo4jBatches
{
    public static List<(string Statement, List<Dictionary<string, object?>> Rows)> For(GraphChange change, int batchSize)
    {
        var batches = new List<(string, List<Dictionary<string, object?>>)>();
        void Add(string statement, IEnumerable<Dictionary<string, object?>> rows)
        {
            foreach (var chunk in rows.Chunk(batchSize))
            {
                batches.Add((statement, [.. chunk]));
            }
        }

        var upserts = change.Upserts;
        Add(Neo4jStatements.MergeArticles, upserts.Articles.Select(a => CypherMapping.Row(a, CypherMapping.ArticleProperties, ("id", a.Id))));

        foreach (var group in upserts.Entities.GroupBy(e => e.Type).OrderBy(g => g.Key))
        {
            Add(Neo4jStatements.MergeEntities(group.Key), group.Select(e => CypherMapping.Row(e, CypherMapping.EntityProperties, ("id", e.Id.Value))));
        }

        Add(Neo4jStatements.ReplaceMentions, upserts.Articles.Select(a => new Dictionary<string, object?>
        {
            ["article"] = a.Id,
            ["entities"] = upserts.Mentions.Where(m => m.Article == a.Id).Select(m => m.Entity.Value).ToList(),
        }));
        Add(
            Neo4jStatements.MergeMentions,
            upserts.Mentions.Select(m => CypherMapping.Row(m, CypherMapping.MentionProperties, ("article", m.Article), ("entity", m.Entity.Value))));

        foreach (var group in upserts.Relations.GroupBy(r => r.Type).OrderBy(g => g.Key))
        {
            Add(
                Neo4jStatements.MergeRelations(group.Key),
                group.Select(r => CypherMapping.Row(r, CypherMapping.RelationProperties, ("source", r.Source.Value), ("target", r.Target.Value))));
        }

        Add(
            Neo4jStatements.MergeCoMentions,
            upserts.CoMentions.Select(c => CypherMapping.Row(c, CypherMapping.CoMentionProperties, ("source", c.Source.Value), ("target", c.Target.Value))));

        foreach (var group in change.DeletedRelations.GroupBy(r => r.Type).OrderBy(g => g.Key))
        {
            Add(
                Neo4jStatements.DeleteRelations(group.Key),
                group.Select(r => new Dictionary<string, object?> { ["source"] = r.Source.Value, ["target"] = r.Target.Value }));
        }

        Add(
            Neo4jStatements.DeleteCoMentions,
            change.DeletedCoMentions.Select(c => new Dictionary<string, object?> { ["source"] = c.Source.Value, ["target"] = c.Target.Value }));
        Add(Neo4jStatements.DeleteEntities, change.DeletedEntities.Select(e => new Dictionary<string, object?> { ["id"] = e.Value }));
        return batches;
    }
}
