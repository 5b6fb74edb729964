using GraphBuilder.Graph.Storage.Relational;
using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Resolution;
using GraphBuilder.Graph.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace GraphBuilder.Storage.Sqlite;

/// <summary>
/// Writes each article in one transaction with its resolution, its ledger row and its outbox row, so a process killed
/// at any moment leaves either all of it or none of it. An article's new version replaces its own facts and nothing
/// else; the block of names it touches is resolved again, so the graph never depends on the order articles came in.
/// </summary>
internal sealed class SqliteGraphWriter(SqliteDatabase database, ILogger logger) : IGraphWriter
{
    /// <inheritdoc/>
    public async Task<ArticleCommit> CommitArticleAsync(ArticleDraft draft, LedgerEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(entry);
        return (await CommitArticlesAsync([new ArticleWrite(draft, entry)], cancellationToken).ConfigureAwait(false))[0];
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Each article's facts go in as they would alone; the union of the blocks they touch is resolved once, at the end,
    /// which gives the graph one-by-one writes give because resolution depends only on the drafts in the store.
    /// </remarks>
    public async Task<IReadOnlyList<ArticleCommit>> CommitArticlesAsync(IReadOnlyList<ArticleWrite> writes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writes);
        var lease = await database.LeaseAsync(cancellationToken).ConfigureAwait(false);
        await using (lease.ConfigureAwait(false))
        {
            var connection = lease.Connection;
            var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var outcomes = new CommitOutcome[writes.Count];
                var written = new List<ArticleDraft>();
                var resolution = new SqliteResolution(connection, transaction);
                var touched = new HashSet<string>(StringComparer.Ordinal);
                var uncounted = new List<StoredDraft>();
                var ids = writes.Select(w => w.Draft.Article.Id).ToList();
                var before = await ArticleFacts.TouchedByAsync(connection, transaction, ids, cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < writes.Count; i++)
                {
                    var (draft, entry) = writes[i];
                    var article = draft.Article;
                    var existing = await SqliteSql.ReadAllAsync(
                        connection,
                        transaction,
                        "SELECT content_hash, pipeline_version FROM articles WHERE id = $id",
                        r => (Hash: r.GetString(0), Version: r.GetString(1)),
                        cancellationToken,
                        ("$id", article.Id)).ConfigureAwait(false);
                    if (existing is [var same] && same.Hash == article.ContentHash && same.Version == draft.PipelineVersion)
                    {
                        outcomes[i] = CommitOutcome.Unchanged;
                        continue;
                    }

                    outcomes[i] = existing.Count == 0 ? CommitOutcome.Created : CommitOutcome.Replaced;
                    await ReplaceFactsAsync(connection, transaction, resolution, draft, existing.Count > 0, touched, uncounted, cancellationToken).ConfigureAwait(false);
                    written.Add(draft);
                }

                await CountAsync(resolution, uncounted, touched, cancellationToken).ConfigureAwait(false);

                var changes = written.Count == 0
                    ? GraphChangeSet.None
                    : await ResolveAsync(connection, transaction, resolution, [.. written.Select(d => d.Article.Id)], touched, before, cancellationToken)
                        .ConfigureAwait(false);
                var commits = new ArticleCommit[writes.Count];
                var reported = false;
                for (var i = 0; i < writes.Count; i++)
                {
                    var (draft, entry) = writes[i];
                    await LedgerRows.UpsertAsync(connection, transaction, entry, cancellationToken).ConfigureAwait(false);
                    var own = outcomes[i] == CommitOutcome.Unchanged || reported ? GraphChangeSet.None : changes;
                    if (outcomes[i] != CommitOutcome.Unchanged && entry.Status == ArticleStatus.Pending)
                    {
                        // The batch's changes ride on the first pending article's row; the sinks apply rows in order and
                        // stop at a failure, so no later article of the batch leaves pending before they are written.
                        await OutboxRows.InsertAsync(connection, transaction, draft.Article.Id, own, entry.UpdatedAt, cancellationToken).ConfigureAwait(false);
                        reported = true;
                    }

                    commits[i] = new ArticleCommit(outcomes[i], own);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                foreach (var draft in written)
                {
                    Log.ArticleCommitted(logger, draft.Article.Id, draft.Entities.Count, draft.Relations.Count);
                }

                return commits;
            }
        }
    }

    /// <inheritdoc/>
    public async Task<ResolutionSummary> ResolveAllAsync(DateTimeOffset at, bool enqueue, CancellationToken cancellationToken = default)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var summary = await new SqliteResolution(connection, transaction).RebuildAsync(cancellationToken).ConfigureAwait(false);
                if (enqueue)
                {
                    await SqliteOutbox.EnqueueAllAsync(connection, transaction, at, cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return summary;
            }
        }
    }

    /// <summary>
    /// Replaces an article's own facts and adds its drafts to <paramref name="uncounted"/>, the drafts whose groups count
    /// them once for the whole batch (<see cref="CountAsync"/>); resolution comes after.
    /// </summary>
    private static async Task ReplaceFactsAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        SqliteResolution resolution,
        ArticleDraft draft,
        bool replacing,
        HashSet<string> touched,
        List<StoredDraft> uncounted,
        CancellationToken cancellationToken)
    {
        var article = draft.Article;
        if (replacing)
        {
            // Counts are sums, so the batch's drafts can wait; but a removal drops the rows whose count reaches zero, so
            // the drafts waiting (perhaps this article's first version) are counted before.
            await CountAsync(resolution, uncounted, touched, cancellationToken).ConfigureAwait(false);
            touched.UnionWith(await resolution.RemoveDraftsAsync(article.Id, cancellationToken).ConfigureAwait(false));
            await SqliteSql.ExecuteAsync(connection, transaction, "DELETE FROM articles WHERE id = $id", cancellationToken, ("$id", article.Id))
                .ConfigureAwait(false);
        }

        uncounted.AddRange(await ArticleRows.InsertAsync(connection, transaction, draft, cancellationToken).ConfigureAwait(false));
        if (draft.Signature is { } signature)
        {
            await ArticleRows.InsertSignatureAsync(connection, transaction, article.Id, signature, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Counts the drafts waiting in their name groups, in one statement a table.</summary>
    private static async Task CountAsync(SqliteResolution resolution, List<StoredDraft> uncounted, HashSet<string> touched, CancellationToken cancellationToken)
    {
        if (uncounted.Count > 0)
        {
            touched.UnionWith(await resolution.AddDraftsAsync(uncounted, cancellationToken).ConfigureAwait(false));
            uncounted.Clear();
        }
    }

    /// <summary>Resolves the blocks the written articles touched and names what changed, for the outbox.</summary>
    private static async Task<GraphChangeSet> ResolveAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        SqliteResolution resolution,
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
