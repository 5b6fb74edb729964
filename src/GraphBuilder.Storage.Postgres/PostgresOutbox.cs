using GraphBuilder.Graph.Storage.Relational;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Storage;
using Npgsql;

namespace GraphBuilder.Storage.Postgres;

/// <summary>
/// The outbox of changes external sinks have not confirmed, in the <c>outbox</c> table, drained by any number of
/// workers: listing claims a batch for this process for a lease (<c>FOR UPDATE SKIP LOCKED</c>, so two workers never
/// take the same change), leaving out any change that touches an entity of an older change another worker holds, so
/// each entity's changes reach the sinks in order. A change is claimed until confirmed, failed or the lease ends.
/// </summary>
internal sealed class PostgresOutbox(PostgresDatabase database) : IChangeOutbox
{
    /// <summary>How long a listed change stays this worker's before another may take it.</summary>
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private const long ClaimLock = 0x4742_6f75_7462_6f78;

    private readonly Guid _owner = Guid.NewGuid();

    /// <inheritdoc/>
    public async Task<IReadOnlyList<PendingChange>> ListPendingAsync(int max, CancellationToken cancellationToken = default)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                // Claims are made one worker at a time, so that the check against older claims sees every claim made.
                await PgSql.ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(@lock)", cancellationToken, ("lock", ClaimLock)).ConfigureAwait(false);
                var claimed = await PgSql.ReadAllAsync(
                    connection,
                    transaction,
                    """
                    WITH next AS (
                        SELECT o.id FROM outbox o
                        WHERE (o.claimed_until IS NULL OR o.claimed_until < now() OR o.claimed_by = @me)
                          AND NOT EXISTS (
                              SELECT 1 FROM outbox p
                              WHERE p.id < o.id AND p.claimed_by <> @me AND p.claimed_until >= now() AND p.entities && o.entities)
                        ORDER BY o.id
                        LIMIT @max
                        FOR UPDATE SKIP LOCKED)
                    UPDATE outbox o SET claimed_by = @me, claimed_until = now() + @lease
                    FROM next WHERE o.id = next.id
                    RETURNING o.id, o.article_id, o.changes, o.attempts
                    """,
                    reader => new PendingChange(reader.GetInt64(0), reader.GetString(1), ChangeSetJson.Read(reader.GetString(2)), reader.GetInt32(3)),
                    cancellationToken,
                    ("me", _owner),
                    ("max", max),
                    ("lease", Lease)).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return [.. claimed.OrderBy(c => c.Id)];
            }
        }
    }

    /// <inheritdoc/>
    public async Task CompletePendingAsync(PendingChange change, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await PgSql.ExecuteBatchAsync(
                    connection,
                    transaction,
                    cancellationToken,
                    new PgStatement("DELETE FROM outbox WHERE id = @id", ("id", change.Id)),
                    new PgStatement(
                        "UPDATE ledger SET status = @ingested, updated_at = @at WHERE article_id = @article AND status = @pending AND NOT EXISTS (SELECT 1 FROM outbox WHERE article_id = @article)",
                        ("ingested", LedgerRecord.StatusText(ArticleStatus.Ingested)),
                        ("pending", LedgerRecord.StatusText(ArticleStatus.Pending)),
                        ("article", change.ArticleId),
                        ("at", StoreText.Time(at)))).ConfigureAwait(false);
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
            // The claim is kept: this worker retries it first, in order, until its lease ends.
            await PgSql.ExecuteAsync(connection, null, "UPDATE outbox SET attempts = attempts + 1, last_error = @error WHERE id = @id", cancellationToken, ("id", change.Id), ("error", error)).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public async Task<int> EnqueueAllAsync(DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var count = await EnqueueAllAsync(connection, transaction, at, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return count;
            }
        }
    }

    /// <summary>Queues each article's current facts, inside a transaction the caller holds.</summary>
    public static async Task<int> EnqueueAllAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var articles = await PgSql.ReadAllAsync(connection, transaction, "SELECT id FROM articles ORDER BY id", r => r.GetString(0), cancellationToken).ConfigureAwait(false);
        foreach (var article in articles)
        {
            var touched = await ArticleFacts.TouchedByAsync(connection, transaction, [article], cancellationToken).ConfigureAwait(false);

            // Ids that went (merged, renamed) into this article's entities are touched too, so a sink drops them.
            var gone = await PgSql.ReadAllAsync(
                connection,
                transaction,
                "SELECT r.old_id FROM redirects r JOIN drafts d ON d.entity_id = r.new_id WHERE d.article_id = @article",
                r => new EntityId(r.GetString(0)),
                cancellationToken,
                ("article", article)).ConfigureAwait(false);
            touched.Entities.UnionWith(gone);
            var changes = new GraphChangeSet([article], [.. touched.Entities.Order()], [.. touched.Relations], [.. touched.CoMentions]);
            await PgSql.ExecuteBatchAsync(connection, transaction, cancellationToken, OutboxRows.Insert(article, changes, at)).ConfigureAwait(false);
        }

        return articles.Count;
    }
}
