using GraphBuilder.Graph.Storage.Relational;
using GraphBuilder.Graph.Storage;
using Microsoft.Data.Sqlite;

namespace GraphBuilder.Storage.Sqlite;

/// <summary>
/// Queues a change in the <c>outbox</c> table, for the writer (in an article's transaction) and for a full re-sync.
/// </summary>
internal static class OutboxRows
{
    public static Task InsertAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string articleId,
        GraphChangeSet changes,
        DateTimeOffset at,
        CancellationToken cancellationToken) =>
        SqliteSql.ExecuteAsync(
            connection,
            transaction,
            "INSERT INTO outbox (article_id, changes, enqueued_at) VALUES ($article, $changes, $at)",
            cancellationToken,
            ("$article", articleId),
            ("$changes", ChangeSetJson.Write(changes)),
            ("$at", StoreText.Time(at)));
}
