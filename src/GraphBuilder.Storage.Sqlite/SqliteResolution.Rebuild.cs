using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Resolution;
using GraphBuilder.Graph.Storage;
using GraphBuilder.Graph.Storage.Relational;

namespace GraphBuilder.Storage.Sqlite;

/// <content>Re-resolves the whole store from the articles' drafts, and upgrades drafts of schema 2.</content>
internal sealed partial class SqliteResolution
{
    /// <summary>
    /// Rebuilds every name group from the drafts and resolves every block: what a store built from scratch from the
    /// same articles would hold, whatever order they came in. Ids that go become redirects.
    /// </summary>
    /// <param name="cancellationToken">A token that cancels the work.</param>
    /// <returns>What changed.</returns>
    public async Task<ResolutionSummary> RebuildAsync(CancellationToken cancellationToken)
    {
        var before = await SqliteSql.ReadAllAsync(connection, transaction, "SELECT article_id, draft, entity_id FROM drafts", r => (Article: r.GetString(0), Draft: r.GetInt32(1), Entity: r.IsDBNull(2) ? null : r.GetString(2)), cancellationToken).ConfigureAwait(false);
        foreach (var table in (string[])["name_groups", "group_forms", "group_acronyms", "group_neighbours", "group_sources", "group_keys", "resolution"])
        {
#pragma warning disable CA2100 // The table names are constants of this method.
            await ExecuteAsync($"DELETE FROM {table}", cancellationToken).ConfigureAwait(false);
#pragma warning restore CA2100
        }

        foreach (var article in await SqliteSql.ReadAllAsync(connection, transaction, "SELECT id FROM articles ORDER BY id", r => r.GetString(0), cancellationToken).ConfigureAwait(false))
        {
            await AddDraftsAsync(await DraftsOfAsync(article, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }

        var anchors = await SqliteSql.ReadAllAsync(connection, transaction, "SELECT anchor FROM name_groups ORDER BY anchor", r => r.GetString(0), cancellationToken).ConfigureAwait(false);
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
        var after = (await SqliteSql.ReadAllAsync(connection, transaction, "SELECT article_id, draft, entity_id FROM drafts", r => (Article: r.GetString(0), Draft: r.GetInt32(1), Entity: r.IsDBNull(2) ? null : r.GetString(2)), cancellationToken).ConfigureAwait(false))
            .ToDictionary(d => (d.Article, d.Draft), d => d.Entity);
        var pairs = before.Where(b => b.Entity is not null && after.GetValueOrDefault((b.Article, b.Draft)) is not null).Select(b => (From: b.Entity!, To: after[(b.Article, b.Draft)]!)).ToList();
        var merges = pairs.GroupBy(p => p.To).Count(g => g.Select(p => p.From).Distinct().Count() > 1);
        var splits = pairs.GroupBy(p => p.From).Count(g => g.Select(p => p.To).Distinct().Count() > 1);
        var entities = await SqliteSql.ReadAllAsync(connection, transaction, "SELECT COUNT(*) FROM entities", r => r.GetInt32(0), cancellationToken).ConfigureAwait(false);
        return new ResolutionSummary(anchors.Count, entities[0], merges, splits, redirects);
    }

    /// <summary>
    /// Fills the drafts that the upgrade from schema 2 carried over (one per entity an article named): their anchor,
    /// forms, type weights and context from the name, aliases, type and mentions schema 2 kept.
    /// </summary>
    /// <param name="cancellationToken">A token that cancels the work.</param>
    /// <returns>A task that completes when the drafts are filled.</returns>
    public async Task UpgradeSchema2DraftsAsync(CancellationToken cancellationToken)
    {
        var drafts = await SqliteSql.ReadAllAsync(
            connection,
            transaction,
            "SELECT d.article_id, d.draft, d.name, d.kind, d.aliases, (SELECT COUNT(*) FROM mentions m WHERE m.article_id = d.article_id AND m.draft = d.draft) FROM drafts d WHERE d.anchor = '' ORDER BY d.article_id, d.draft",
            r => (Article: r.GetString(0), Draft: r.GetInt32(1), Name: r.GetString(2), Kind: GraphVocabulary.TryParseLabel(r.GetString(3), out var kind) ? kind : EntityKind.Other, Aliases: StoreText.ParseList(r.GetString(4)), Mentions: Math.Max(1, r.GetInt32(5))),
            cancellationToken).ConfigureAwait(false);
        // Schema 2 also kept initials it invented ("SEC" for a committee no article called that): an alias stays only
        // when one of the draft's mentions writes it.
        var written = (await SqliteSql.ReadAllAsync(
            connection,
            transaction,
            "SELECT m.article_id, m.draft, m.text, d.kind FROM mentions m JOIN drafts d ON d.article_id = m.article_id AND d.draft = m.draft WHERE d.anchor = ''",
            r => (Article: r.GetString(0), Draft: r.GetInt32(1), Anchor: NameAnchor.Of(r.GetString(2), GraphVocabulary.TryParseLabel(r.GetString(3), out var kind) ? kind : EntityKind.Other)),
            cancellationToken).ConfigureAwait(false)).ToHashSet();
        foreach (var article in drafts.GroupBy(d => d.Article, StringComparer.Ordinal))
        {
            var anchors = article.ToDictionary(d => d.Draft, d => NameAnchor.Of(d.Name, d.Kind));
            foreach (var draft in article)
            {
                var forms = draft.Aliases
                    .Where(a => a != draft.Name && written.Contains((draft.Article, draft.Draft, NameAnchor.Of(a, draft.Kind))))
                    .Distinct(StringComparer.Ordinal)
                    .ToDictionary(a => a, _ => 1, StringComparer.Ordinal);
                var acronyms = NameKeys.IsAcronym(draft.Name) ? [] : forms.Keys.Where(NameKeys.IsAcronym).Order(StringComparer.Ordinal).ToList();
                foreach (var acronym in acronyms)
                {
                    forms.Remove(acronym);
                }

                forms[draft.Name] = draft.Mentions;
                await ExecuteAsync(
                    "UPDATE drafts SET anchor = $anchor, forms = $forms, kinds = $kinds, acronyms = $acronyms, context = $context WHERE article_id = $a AND draft = $d",
                    cancellationToken,
                    ("$anchor", anchors[draft.Draft]),
                    ("$forms", StoreText.Counts(forms)),
                    ("$kinds", StoreText.Weights([KeyValuePair.Create(draft.Kind, 1000L * draft.Mentions)])),
                    ("$acronyms", StoreText.List(acronyms)),
                    ("$context", StoreText.List(anchors.Where(a => a.Key != draft.Draft).Select(a => a.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))),
                    ("$a", draft.Article),
                    ("$d", draft.Draft)).ConfigureAwait(false);
            }
        }
    }
}
