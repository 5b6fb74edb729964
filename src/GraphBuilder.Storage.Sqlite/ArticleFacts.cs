using GraphBuilder.Graph.Model;
using Microsoft.Data.Sqlite;

namespace GraphBuilder.Storage.Sqlite;

/// <summary>
/// Reads what an article's stored facts touch: its entities, relations and co-mentions.
/// </summary>
internal static class ArticleFacts
{
    public static async Task<(HashSet<EntityId> Entities, HashSet<RelationKey> Relations, HashSet<(EntityId, EntityId)> CoMentions)> TouchedByAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string articleId,
        CancellationToken cancellationToken)
    {
        var entities = await SqliteSql.ReadAllAsync(
            connection,
            transaction,
            "SELECT entity_id FROM article_entities WHERE article_id = $id",
            r => new EntityId(r.GetString(0)),
            cancellationToken,
            ("$id", articleId)).ConfigureAwait(false);
        var relations = await SqliteSql.ReadAllAsync(
            connection,
            transaction,
            "SELECT DISTINCT source_id, target_id, type FROM evidence WHERE article_id = $id",
            r => GraphVocabulary.TryParseRelationType(r.GetString(2), out var kind)
                ? new RelationKey(new EntityId(r.GetString(0)), new EntityId(r.GetString(1)), kind)
                : (RelationKey?)null,
            cancellationToken,
            ("$id", articleId)).ConfigureAwait(false);
        var coMentions = await SqliteSql.ReadAllAsync(
            connection,
            transaction,
            "SELECT source_id, target_id FROM co_mentions WHERE article_id = $id",
            r => (new EntityId(r.GetString(0)), new EntityId(r.GetString(1))),
            cancellationToken,
            ("$id", articleId)).ConfigureAwait(false);
        return ([.. entities], [.. relations.OfType<RelationKey>()], [.. coMentions]);
    }
}
