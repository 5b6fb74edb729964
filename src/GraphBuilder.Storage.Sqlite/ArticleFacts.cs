using GraphBuilder.Graph.Model;
using Microsoft.Data.Sqlite;

namespace GraphBuilder.Storage.Sqlite;

/// <summary>
/// Reads what articles' facts touch in the graph as resolution maps them now: their entities, typed relations and
/// co-mentions.
/// </summary>
internal static class ArticleFacts
{
    public static async Task<(HashSet<EntityId> Entities, HashSet<RelationKey> Relations, HashSet<(EntityId, EntityId)> CoMentions)> TouchedByAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        IReadOnlyCollection<string> articles,
        CancellationToken cancellationToken)
    {
        var entities = new HashSet<EntityId>();
        var relations = new HashSet<RelationKey>();
        var coMentions = new HashSet<(EntityId, EntityId)>();
        if (articles.Count > 0)
        {
            const string list = "SELECT value FROM json_each($articles)";
            (string, object)[] parameters = [("$articles", JsonRows.Values(articles.Distinct(StringComparer.Ordinal)))];
#pragma warning disable CA2100 // The statements are constants; the articles go in parameters.
            entities.UnionWith(await SqliteSql.ReadAllAsync(connection, transaction, $"SELECT DISTINCT entity_id FROM drafts WHERE entity_id IS NOT NULL AND article_id IN ({list})", r => new EntityId(r.GetString(0)), cancellationToken, parameters).ConfigureAwait(false));
            var typed = await SqliteSql.ReadAllAsync(
                connection,
                transaction,
                $"{SqliteJoins.RelationEnds} AND e.article_id IN ({list})",
                r => (Source: r.GetString(0), Target: r.GetString(1), Type: r.GetString(2)),
                cancellationToken,
                parameters).ConfigureAwait(false);
            foreach (var (source, target, type) in typed)
            {
                if (RelationSignature.TryConform(type, new EntityId(source), new EntityId(target), out var kind))
                {
                    relations.Add(new RelationKey(new EntityId(source), new EntityId(target), kind));
                }
            }

            coMentions.UnionWith(await SqliteSql.ReadAllAsync(connection, transaction, $"{SqliteJoins.CoMentionEnds} AND c.article_id IN ({list})", r => (new EntityId(r.GetString(0)), new EntityId(r.GetString(1))), cancellationToken, parameters).ConfigureAwait(false));
#pragma warning restore CA2100
        }

        return (entities, relations, coMentions);
    }
}
