using GraphBuilder.Graph.Storage.Relational;
using GraphBuilder.Graph.Storage;

namespace GraphBuilder.Storage.Postgres;

/// <summary>
/// Queues a change in the <c>outbox</c> table, for the writer (in an article's transaction) and for a full re-sync.
/// The entities it touches are kept beside it, so that workers draining the outbox keep each entity's order.
/// </summary>
internal static class OutboxRows
{
    public static PgStatement Insert(string articleId, GraphChangeSet changes, DateTimeOffset at) => new(
        "INSERT INTO outbox (article_id, changes, entities, enqueued_at) VALUES (@article, @changes, @entities, @at)",
        ("article", articleId),
        ("changes", ChangeSetJson.Write(changes)),
        ("entities", changes.Entities.Select(e => e.Value).ToArray()),
        ("at", StoreText.Time(at)));
}
