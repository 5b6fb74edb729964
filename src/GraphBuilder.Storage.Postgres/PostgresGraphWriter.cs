using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Resolution;
using GraphBuilder.Graph.Storage;
using GraphBuilder.Graph.Storage.Relational;
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
    private readonly LockMemory _locks = new();

    /// <inheritdoc/>
    public async Task<ArticleCommit> CommitArticleAsync(ArticleDraft draft, LedgerEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(entry);
        return (await CommitArticlesAsync([new ArticleWrite(draft, entry)], cancellationToken).ConfigureAwait(false))[0];
    }

    /// <inheritdoc/>
    /// <remarks>
    /// The batch's articles go in as they would alone and the union of the blocks they touch is resolved once, under the
    /// locks of all of them; the graph is the one single commits give, since resolution depends only on the drafts.
    /// </remarks>
    public async Task<IReadOnlyList<ArticleCommit>> CommitArticlesAsync(IReadOnlyList<ArticleWrite> writes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writes);
        IReadOnlyCollection<string> first =
        [
            .. writes.Select(w => PostgresLocks.Article(w.Draft.Article.Id)),
            .. writes.SelectMany(w => w.Draft.Entities.Select(e => PostgresLocks.Anchor(e.Anchor))),
        ];
        var known = first;
        first = _locks.Expand(known);
        var label = writes.Count == 1 ? writes[0].Draft.Article.Id : $"{writes[0].Draft.Article.Id} (+{writes.Count - 1})";
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
                        await locks.AcquireAsync(first.Distinct(StringComparer.Ordinal), exclusive: false, cancellationToken).ConfigureAwait(false);
                        var commits = await CommitAsync(connection, transaction, locks, writes, cancellationToken).ConfigureAwait(false);
                        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                        _locks.Remember([.. known, .. locks.Reached]);
                        for (var i = 0; i < writes.Count; i++)
                        {
                            if (commits[i].Outcome != CommitOutcome.Unchanged)
                            {
                                var draft = writes[i].Draft;
                                Log.ArticleCommitted(logger, draft.Article.Id, draft.Entities.Count, draft.Relations.Count);
                            }
                        }

                        return commits;
                    }
                    catch (Exception exception) when (attempt < database.MaxCommitAttempts && IsContention(exception))
                    {
                        await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                        first = [.. locks.Names];
                        Log.CommitRetried(logger, label, exception is PostgresException pg ? pg.SqlState : "lock taken", attempt + 1, first.Count);
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

    /// <summary>Counts the drafts waiting in their name groups, in one statement a table.</summary>
    private static async Task CountAsync(PostgresResolution resolution, List<StoredDraft> uncounted, HashSet<string> touched, CancellationToken cancellationToken)
    {
        if (uncounted.Count > 0)
        {
            touched.UnionWith(await resolution.AddDraftsAsync(uncounted, cancellationToken).ConfigureAwait(false));
            uncounted.Clear();
        }
    }

    private static bool IsContention(Exception exception) => exception switch
    {
        LockContendedException => true,
        PostgresException pg => pg.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    private static async Task<ArticleCommit[]> CommitAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        PostgresLocks locks,
        IReadOnlyList<ArticleWrite> writes,
        CancellationToken cancellationToken)
    {
        var resolution = new PostgresResolution(connection, transaction, locks);
        var ids = writes.Select(w => w.Draft.Article.Id).ToList();
        var before = await ArticleFacts.TouchedByAsync(connection, transaction, ids, cancellationToken).ConfigureAwait(false);
        var touched = new HashSet<string>(StringComparer.Ordinal);
        var outcomes = new CommitOutcome[writes.Count];
        var written = new List<string>();
        var uncounted = new List<StoredDraft>();

        // What the store holds of the batch's articles, in one round trip; an article met twice sees its first write.
        var existing = (await PgSql.ReadAllAsync(
            connection,
            transaction,
            "SELECT id, content_hash, pipeline_version FROM articles WHERE id = ANY(@ids)",
            r => (Id: r.GetString(0), Hash: r.GetString(1), Version: r.GetString(2)),
            cancellationToken,
            ("ids", ids.Distinct(StringComparer.Ordinal).ToArray())).ConfigureAwait(false)).ToDictionary(a => a.Id, a => (a.Hash, a.Version), StringComparer.Ordinal);
        for (var i = 0; i < writes.Count; i++)
        {
            var draft = writes[i].Draft;
            var article = draft.Article;
            var stored = existing.TryGetValue(article.Id, out var same);
            if (stored && same.Hash == article.ContentHash && same.Version == draft.PipelineVersion)
            {
                outcomes[i] = CommitOutcome.Unchanged;
                continue;
            }

            outcomes[i] = stored ? CommitOutcome.Replaced : CommitOutcome.Created;
            if (stored)
            {
                // Counts are sums, so the batch's drafts are counted once at the end; but a removal drops the rows whose
                // count reaches zero, so the drafts waiting (perhaps this article's first version) are counted before.
                await CountAsync(resolution, uncounted, touched, cancellationToken).ConfigureAwait(false);
                touched.UnionWith(await resolution.RemoveDraftsAsync(article.Id, cancellationToken).ConfigureAwait(false));
                await PgSql.ExecuteAsync(connection, transaction, "DELETE FROM articles WHERE id = @id", cancellationToken, ("id", article.Id))
                    .ConfigureAwait(false);
            }

            var drafts = StoredDraft.Of(draft);
            await PgSql.ExecuteBatchAsync(connection, transaction, cancellationToken, [.. ArticleRows.Insert(draft, drafts)]).ConfigureAwait(false);
            uncounted.AddRange(drafts);
            existing[article.Id] = (article.ContentHash, draft.PipelineVersion);
            written.Add(article.Id);
        }

        await CountAsync(resolution, uncounted, touched, cancellationToken).ConfigureAwait(false);

        var changes = written.Count == 0
            ? GraphChangeSet.None
            : await ResolveAsync(connection, transaction, resolution, written, touched, before, cancellationToken).ConfigureAwait(false);

        // The ledger rows last: their row locks are the ones two workers with the same input could meet. The batch's
        // changes ride on the first pending article's outbox row; the sinks apply rows in order and stop at a failure.
        var statements = new List<PgStatement?>();
        var commits = new ArticleCommit[writes.Count];
        var reported = false;
        for (var i = 0; i < writes.Count; i++)
        {
            var (draft, entry) = writes[i];
            var own = outcomes[i] == CommitOutcome.Unchanged || reported ? GraphChangeSet.None : changes;
            if (outcomes[i] != CommitOutcome.Unchanged && entry.Status == ArticleStatus.Pending)
            {
                statements.Add(OutboxRows.Insert(draft.Article.Id, own, entry.UpdatedAt));
                reported = true;
            }

            statements.Add(LedgerRows.Upsert(entry));
            commits[i] = new ArticleCommit(outcomes[i], own);
        }

        await PgSql.ExecuteBatchAsync(connection, transaction, cancellationToken, [.. statements]).ConfigureAwait(false);
        return commits;
    }

    private static async Task<GraphChangeSet> ResolveAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        PostgresResolution resolution,
        IReadOnlyList<string> articles,
        HashSet<string> touched,
        (HashSet<EntityId> Entities, HashSet<RelationKey> Relations, HashSet<(EntityId, EntityId)> CoMentions) before,
        CancellationToken cancellationToken)
    {
        await resolution.RefreshGroupsAsync(touched, cancellationToken).ConfigureAwait(false);
        var (block, resolved) = await BlockResolution.ResolveAsync(resolution, touched, cancellationToken).ConfigureAwait(false);
        var plan = await resolution.PlanAsync(block, resolved, cancellationToken).ConfigureAwait(false);
        var own = articles.ToHashSet(StringComparer.Ordinal);
        var others = plan.Articles.Where(a => !own.Contains(a)).ToList();
        var othersBefore = await ArticleFacts.TouchedByAsync(connection, transaction, others, cancellationToken).ConfigureAwait(false);
        var outcome = await resolution.ApplyAsync(plan, cancellationToken).ConfigureAwait(false);
        var after = await ArticleFacts.TouchedByAsync(connection, transaction, [.. articles, .. outcome.Articles], cancellationToken).ConfigureAwait(false);

        return ChangeSets.Union(outcome.Articles.Concat(articles), outcome.Entities, before, othersBefore, after);
    }
}
