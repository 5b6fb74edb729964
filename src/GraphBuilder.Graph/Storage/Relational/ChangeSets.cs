using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Storage.Relational;

/// <summary>
/// Names what a write touched from what the articles' facts touched before and after it: the union, in a stable order,
/// so that the outbox row is the same whichever store wrote it.
/// </summary>
internal static class ChangeSets
{
    public static GraphChangeSet Union(
        IEnumerable<string> articles,
        IEnumerable<EntityId> entities,
        params (HashSet<EntityId> Entities, HashSet<RelationKey> Relations, HashSet<(EntityId, EntityId)> CoMentions)[] facts)
    {
        var allEntities = new HashSet<EntityId>(entities);
        var relations = new HashSet<RelationKey>();
        var coMentions = new HashSet<(EntityId, EntityId)>();
        foreach (var (touchedEntities, touchedRelations, touchedCoMentions) in facts)
        {
            allEntities.UnionWith(touchedEntities);
            relations.UnionWith(touchedRelations);
            coMentions.UnionWith(touchedCoMentions);
        }

        return new GraphChangeSet(
            [.. articles.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            [.. allEntities.Order()],
            [.. relations.OrderBy(r => r.Source).ThenBy(r => r.Target).ThenBy(r => r.Type)],
            [.. coMentions.OrderBy(c => c.Item1).ThenBy(c => c.Item2)]);
    }
}
