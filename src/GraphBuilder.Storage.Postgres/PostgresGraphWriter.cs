using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Resolution;
using GraphBuilder.Graph.Storage;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GraphBuilder.Storage.Postgres;

/// <summary>
/// Writes each article in one transaction with its resolution, its ledger row and its outbox row, so a worker killed
/// at any moment leaves either all of it or none of it. Resolution runs under advisory locks on the article, the
/// anchors, keys and entity ids of the block it touches (<see cref="PostgresLocks"/>); a commit that meets another
/// worker's (a lock taken, a deadlock, a serialisation failure) is rolled back and tried again, up to
/// <see cref="PostgresStoreOptions.MaxCommitAttempts"/> times.
/// </summary>
internal sealed class PostgresGraphWriter(PostgresDatabase database, ILogger logger) : IGraphWriter
{
    /// <inheritdoc/>
    public async Task<ArticleCommit> CommitArticleAsync(ArticleDraft draft, LedgerEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(entry);
        var article = draft.Article;
        IReadOnlyCollection<string> first = [PostgresLocks.Article(article.Id), .. draft.Entities.Select(e => PostgresLocks.Anchor(e.Anchor))];
        for (var attempt = 1; ; attempt++)
        {
            var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    var locks = new PostgresLocks(connection, transaction);
                    try
                    {
                        await locks.AcquireAsync(first, exclusive: false, cancellationToken).ConfigureAwait(false);
                        var commit = await CommitAsync(connection, transaction, locks, draft, entry, cancellationToken).ConfigureAwait(false);
                        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                        if (commit.Outcome != CommitOutcome.Unchanged)
                        {
                            Log.ArticleCommitted(logger, article.Id, draft.Entities.Count, draft.Relations.Count);
                        }

                        return commit;
                    }
                    catch (Exception exception) when (attempt < database.MaxCommitAttempts && IsContention(exception))
                    {
                        await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                        first = [.. locks.Names];
                        Log.CommitRetried(logger, article.Id, exception is PostgresException pg ? pg.SqlState : "lock taken", attempt + 1, first.Count);
                    }
                }
            }
        }
    }

    /// <inheritdoc/>
    public async Task<ResolutionSummary> ResolveAllAsync(DateTimeOffset at, bool enqueue, CancellationToken cancellationToken = default)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var locks = new PostgresLocks(connection, transaction);
                await locks.AcquireAsync([], exclusive: true, cancellationToken).ConfigureAwait(false);
                var summary = await new PostgresResolution(connection, transaction, locks).RebuildAsync(cancellationToken).ConfigureAwait(false);
                if (enqueue)
                {
                    await PostgresOutbox.EnqueueAllAsync(connection, transaction, at, cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return summary;
            }
        }
    }

    private static bool IsContention(Exception exception) => exception switch
    {
        LockContendedException => true,
        PostgresException pg => pg.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    private static async Task<ArticleCommit> CommitAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, PostgresLocks locks, ArticleDraft draft, LedgerEntry entry, CancellationToken cancellationToken)
    {
        var article = draft.Article;
        var existing = await PgSql.ReadAllAsync(connection, transaction, "SELECT content_hash, pipeline_version FROM articles WHERE id = @id", r => (Hash: r.GetString(0), Version: r.GetString(1)), cancellationToken, ("id", article.Id)).ConfigureAwait(false);
        var ledger = LedgerRows.Upsert(entry);
        if (existing is [var same] && same.Hash == article.ContentHash && same.Version == draft.PipelineVersion)
        {
            await PgSql.ExecuteBatchAsync(connection, transaction, cancellationToken, ledger).ConfigureAwait(false);
            return new ArticleCommit(CommitOutcome.Unchanged, GraphChangeSet.None);
        }

        var changes = await ReplaceArticleAsync(connection, transaction, locks, draft, existing.Count > 0, cancellationToken).ConfigureAwait(false);

        // The ledger row last: its row lock is the one two workers with the same input could meet.
        await PgSql.ExecuteBatchAsync(
            connection,
            transaction,
            cancellationToken,
            entry.Status == ArticleStatus.Pending ? OutboxRows.Insert(article.Id, changes, entry.UpdatedAt) : null,
            ledger).ConfigureAwait(false);
        return new ArticleCommit(existing.Count == 0 ? CommitOutcome.Created : CommitOutcome.Replaced, changes);
    }

    private static async Task<GraphChangeSet> ReplaceArticleAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, PostgresLocks locks, ArticleDraft draft, bool replacing, CancellationToken cancellationToken)
    {
        var article = draft.Article;
        var resolution = new PostgresResolution(connection, transaction, locks);
        var before = await ArticleFacts.TouchedByAsync(connection, transaction, [article.Id], cancellationToken).ConfigureAwait(false);
        var touched = new HashSet<string>(StringComparer.Ordinal);
        if (replacing)
        {
            touched.UnionWith(await resolution.RemoveDraftsAsync(article.Id, cancellationToken).ConfigureAwait(false));
            await PgSql.ExecuteAsync(connection, transaction, "DELETE FROM articles WHERE id = @id", cancellationToken, ("id", article.Id)).ConfigureAwait(false);
        }

        await PgSql.ExecuteBatchAsync(connection, transaction, cancellationToken, [.. ArticleRows.Insert(draft)]).ConfigureAwait(false);
        touched.UnionWith(await resolution.AddDraftsAsync(article.Id, cancellationToken).ConfigureAwait(false));
        await resolution.RefreshGroupsAsync(touched, cancellationToken).ConfigureAwait(false);
        var (block, resolved) = await BlockResolution.ResolveAsync(resolution, touched, cancellationToken).ConfigureAwait(false);
        var plan = await resolution.PlanAsync(block, resolved, cancellationToken).ConfigureAwait(false);
        var othersBefore = await ArticleFacts.TouchedByAsync(connection, transaction, [.. plan.Articles.Where(a => a != article.Id)], cancellationToken).ConfigureAwait(false);
        var outcome = await resolution.ApplyAsync(plan, cancellationToken).ConfigureAwait(false);
        var after = await ArticleFacts.TouchedByAsync(connection, transaction, [article.Id, .. outcome.Articles], cancellationToken).ConfigureAwait(false);

        var entities = new HashSet<EntityId>(before.Entities);
        entities.UnionWith(othersBefore.Entities);
        entities.UnionWith(after.Entities);
        entities.UnionWith(outcome.Entities);
        var relations = new HashSet<RelationKey>(before.Relations);
        relations.UnionWith(othersBefore.Relations);
        relations.UnionWith(after.Relations);
        var coMentions = new HashSet<(EntityId, EntityId)>(before.CoMentions);
        coMentions.UnionWith(othersBefore.CoMentions);
        coMentions.UnionWith(after.CoMentions);
        return new GraphChangeSet(
            [.. outcome.Articles.Append(article.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            [.. entities.Order()],
            [.. relations.OrderBy(r => r.Source).ThenBy(r => r.Target).ThenBy(r => r.Type)],
            [.. coMentions.OrderBy(c => c.Item1).ThenBy(c => c.Item2)]);
    }
}
