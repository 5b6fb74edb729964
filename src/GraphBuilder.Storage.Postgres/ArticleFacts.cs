using GraphBuilder.Graph.Model;
using Npgsql;

namespace GraphBuilder.Storage.Postgres;

/// <summary>
/// Reads what articles' facts touch in the graph as resolution maps them now: their entities, typed relations and
/// co-mentions, in one round trip.
/// </summary>
internal static class ArticleFacts
{
    public static async Task<(HashSet<EntityId> Entities, HashSet<RelationKey> Relations, HashSet<(EntityId, EntityId)> CoMentions)> TouchedByAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        IReadOnlyCollection<string> articles,
        CancellationToken cancellationToken)
    {
        var entities = new HashSet<EntityId>();
        var relations = new HashSet<RelationKey>();
        var coMentions = new HashSet<(EntityId, EntityId)>();
        if (articles.Count == 0)
        {
            return (entities, relations, coMentions);
        }

        var ids = articles.Distinct(StringComparer.Ordinal).ToArray();
        await PgSql.ReadBatchAsync(
            connection,
            transaction,
            cancellationToken,
            (new PgStatement("SELECT DISTINCT entity_id FROM drafts WHERE entity_id IS NOT NULL AND article_id = ANY(@a)", ("a", ids)), r => entities.Add(new EntityId(r.GetString(0)))),
            (new PgStatement($"{PostgresJoins.RelationEnds} AND e.article_id = ANY(@a)", ("a", ids)), r =>
            {
                var (source, target) = (new EntityId(r.GetString(0)), new EntityId(r.GetString(1)));
                if (RelationSignature.TryConform(r.GetString(2), source, target, out var kind))
                {
                    relations.Add(new RelationKey(source, target, kind));
                }
            }),
            (new PgStatement($"{PostgresJoins.CoMentionEnds} AND c.article_id = ANY(@a)", ("a", ids)), r => coMentions.Add((new EntityId(r.GetString(0)), new EntityId(r.GetString(1)))))).ConfigureAwait(false);
        return (entities, relations, coMentions);
    }
}
