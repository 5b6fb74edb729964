using GraphBuilder.Graph.Storage.Relational;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Storage;
using Microsoft.Data.Sqlite;

namespace GraphBuilder.Storage.Sqlite;

/// <summary>
/// The outbox of changes external sinks have not confirmed, in the <c>outbox</c> table; an article's ledger row leaves
/// <c>pending</c> when the last of its changes is confirmed.
/// </summary>
internal sealed class SqliteOutbox(SqliteDatabase database) : IChangeOutbox
{
    /// <inheritdoc/>
    public async Task<IReadOnlyList<PendingChange>> ListPendingAsync(int max, CancellationToken cancellationToken = default)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await SqliteSql.ReadAllAsync(
                connection,
                null,
                "SELECT id, article_id, changes, attempts FROM outbox ORDER BY id LIMIT $max",
                reader => new PendingChange(reader.GetInt64(0), reader.GetString(1), ChangeSetJson.Read(reader.GetString(2)), reader.GetInt32(3)),
                cancellationToken,
                ("$max", max)).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public async Task CompletePendingAsync(PendingChange change, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await SqliteSql.ExecuteAsync(connection, transaction, "DELETE FROM outbox WHERE id = $id", cancellationToken, ("$id", change.Id)).ConfigureAwait(false);
                await SqliteSql.ExecuteAsync(
                    connection,
                    transaction,
                    "UPDATE ledger SET status = $ingested, updated_at = $at WHERE article_id = $article AND status = $pending AND NOT EXISTS (SELECT 1 FROM outbox WHERE article_id = $article)",
                    cancellationToken,
                    ("$ingested", LedgerRecord.StatusText(ArticleStatus.Ingested)),
                    ("$pending", LedgerRecord.StatusText(ArticleStatus.Pending)),
                    ("$article", change.ArticleId),
                    ("$at", StoreText.Time(at))).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc/>
    public async Task FailPendingAsync(PendingChange change, string error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await SqliteSql.ExecuteAsync(connection, null, "UPDATE outbox SET attempts = attempts + 1, last_error = $error WHERE id = $id", cancellationToken, ("$id", change.Id), ("$error", error)).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public async Task<int> EnqueueAllAsync(DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var count = await EnqueueAllAsync(connection, transaction, at, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return count;
            }
        }
    }

    /// <summary>Queues each article's current facts, inside a transaction the caller holds.</summary>
    public static async Task<int> EnqueueAllAsync(SqliteConnection connection, SqliteTransaction transaction, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var articles = await SqliteSql.ReadAllAsync(connection, transaction, "SELECT id FROM articles ORDER BY id", r => r.GetString(0), cancellationToken).ConfigureAwait(false);
        foreach (var article in articles)
        {
            var touched = await ArticleFacts.TouchedByAsync(connection, transaction, [article], cancellationToken).ConfigureAwait(false);

            // Ids that went (merged, renamed) into this article's entities are touched too, so a sink drops them.
            var gone = await SqliteSql.ReadAllAsync(
                connection,
                transaction,
                "SELECT r.old_id FROM redirects r JOIN drafts d ON d.entity_id = r.new_id WHERE d.article_id = $article",
                r => new EntityId(r.GetString(0)),
                cancellationToken,
                ("$article", article)).ConfigureAwait(false);
            touched.Entities.UnionWith(gone);
            var changes = new GraphChangeSet([article], [.. touched.Entities.Order()], [.. touched.Relations], [.. touched.CoMentions]);
            await OutboxRows.InsertAsync(connection, transaction, article, changes, at, cancellationToken).ConfigureAwait(false);
        }

        return articles.Count;
    }
}
