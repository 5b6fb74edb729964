using GraphBuilder.Graph.Resolution;
using GraphBuilder.Graph.Storage;

namespace GraphBuilder.Storage.Postgres;

/// <content>Re-resolves the whole store from the articles' drafts.</content>
internal sealed partial class PostgresResolution
{
    /// <summary>
    /// Rebuilds every name group from the drafts and resolves every block: what a store built from scratch from the
    /// same articles would hold, whatever order they came in. Ids that go become redirects. The caller holds the
    /// store's lock exclusively, so no commit runs meanwhile.
    /// </summary>
    /// <param name="cancellationToken">A token that cancels the work.</param>
    /// <returns>What changed.</returns>
    public async Task<ResolutionSummary> RebuildAsync(CancellationToken cancellationToken)
    {
        const string Placements = "SELECT article_id, draft, entity_id FROM drafts";
        var before = await PgSql.ReadAllAsync(connection, transaction, Placements, r => (Article: r.GetString(0), Draft: r.GetInt32(1), Entity: r.IsDBNull(2) ? null : r.GetString(2)), cancellationToken).ConfigureAwait(false);
        await ExecuteAsync("TRUNCATE name_groups, group_forms, group_acronyms, group_neighbours, group_sources, group_keys, resolution", cancellationToken).ConfigureAwait(false);
        foreach (var article in await PgSql.ReadAllAsync(connection, transaction, "SELECT id FROM articles ORDER BY id", r => r.GetString(0), cancellationToken).ConfigureAwait(false))
        {
            await AddDraftsAsync(await DraftsOfAsync(article, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }

        var anchors = await PgSql.ReadAllAsync(connection, transaction, "SELECT anchor FROM name_groups ORDER BY anchor", r => r.GetString(0), cancellationToken).ConfigureAwait(false);
        await RefreshGroupsAsync(anchors, cancellationToken).ConfigureAwait(false);
        var redirects = 0;
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var anchor in anchors)
        {
            if (done.Contains(anchor))
            {
                continue;
            }

            var (block, resolution) = await BlockResolution.ResolveAsync(this, [anchor], cancellationToken).ConfigureAwait(false);
            var outcome = await ApplyAsync(await PlanAsync(block, resolution, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            redirects += outcome.Redirects.Count;
            done.UnionWith(block);
        }

        await ExecuteAsync("DELETE FROM entities WHERE id NOT IN (SELECT entity_id FROM drafts WHERE entity_id IS NOT NULL)", cancellationToken).ConfigureAwait(false);
        var after = (await PgSql.ReadAllAsync(connection, transaction, Placements, r => (Article: r.GetString(0), Draft: r.GetInt32(1), Entity: r.IsDBNull(2) ? null : r.GetString(2)), cancellationToken).ConfigureAwait(false))
            .ToDictionary(d => (d.Article, d.Draft), d => d.Entity);
        var pairs = before.Where(b => b.Entity is not null && after.GetValueOrDefault((b.Article, b.Draft)) is not null).Select(b => (From: b.Entity!, To: after[(b.Article, b.Draft)]!)).ToList();
        var merges = pairs.GroupBy(p => p.To).Count(g => g.Select(p => p.From).Distinct().Count() > 1);
        var splits = pairs.GroupBy(p => p.From).Count(g => g.Select(p => p.To).Distinct().Count() > 1);
        var entities = await PgSql.ReadAllAsync(connection, transaction, "SELECT COUNT(*)::int FROM entities", r => r.GetInt32(0), cancellationToken).ConfigureAwait(false);
        return new ResolutionSummary(anchors.Count, entities[0], merges, splits, redirects);
    }
}
