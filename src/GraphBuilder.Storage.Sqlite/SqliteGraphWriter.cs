using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Resolution;
using GraphBuilder.Graph.Similarity;
using GraphBuilder.Graph.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace GraphBuilder.Storage.Sqlite;

/// <summary>
/// Writes each article in one transaction with its ledger row (and outbox row), so a process killed at any moment
/// leaves either all of it or none of it. An article's new version replaces its own facts and nothing else.
/// </summary>
internal sealed class SqliteGraphWriter(SqliteDatabase database, ILogger logger) : IGraphWriter
{
    /// <inheritdoc/>
    public async Task<ArticleCommit> CommitArticleAsync(ArticleGraph graph, LedgerEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(entry);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var article = graph.Article;
                var existing = await SqliteSql.ReadAllAsync(
                    connection,
                    transaction,
                    "SELECT content_hash, pipeline_version FROM articles WHERE id = $id",
                    r => (Hash: r.GetString(0), Version: r.GetString(1)),
                    cancellationToken,
                    ("$id", article.Id)).ConfigureAwait(false);
                if (existing is [var same] && same.Hash == article.ContentHash && same.Version == graph.PipelineVersion)
                {
                    await LedgerRows.UpsertAsync(connection, transaction, entry, cancellationToken).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    return new ArticleCommit(CommitOutcome.Unchanged, GraphChangeSet.None);
                }

                var changes = await ReplaceArticleAsync(connection, transaction, graph, cancellationToken).ConfigureAwait(false);
                await LedgerRows.UpsertAsync(connection, transaction, entry, cancellationToken).ConfigureAwait(false);
                if (entry.Status == ArticleStatus.Pending)
                {
                    await OutboxRows.InsertAsync(connection, transaction, article.Id, changes, entry.UpdatedAt, cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                Log.ArticleCommitted(logger, article.Id, graph.Entities.Count, graph.Relations.Count);
                return new ArticleCommit(existing.Count == 0 ? CommitOutcome.Created : CommitOutcome.Replaced, changes);
            }
        }
    }

    private static async Task<GraphChangeSet> ReplaceArticleAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        ArticleGraph graph,
        CancellationToken cancellationToken)
    {
        var article = graph.Article;
        var touched = await ArticleFacts.TouchedByAsync(connection, transaction, article.Id, cancellationToken).ConfigureAwait(false);
        await SqliteSql.ExecuteAsync(connection, transaction, "DELETE FROM articles WHERE id = $id", cancellationToken, ("$id", article.Id))
            .ConfigureAwait(false);
        await InsertArticleAsync(connection, transaction, graph, cancellationToken).ConfigureAwait(false);

        // Entities the article's old version mentioned may have lost names, so their keys are rebuilt; the
        // others only gain this article's names, which is cheap whatever the number of articles naming them.
        var rebuild = new HashSet<EntityId>(touched.Entities);
        touched.Entities.UnionWith(graph.Entities.Select(e => e.Id));
        touched.Relations.UnionWith(graph.Relations.Select(r => new RelationKey(r.Source, r.Target, r.Type)));
        touched.CoMentions.UnionWith(graph.CoMentions.Select(c => (c.Source, c.Target)));
        await RefreshEntitiesAsync(connection, transaction, rebuild, cancellationToken).ConfigureAwait(false);
        await AddEntityKeysAsync(connection, transaction, graph.Entities.Where(e => !rebuild.Contains(e.Id)), cancellationToken).ConfigureAwait(false);
        if (graph.Signature is { } signature)
        {
            await InsertSignatureAsync(connection, transaction, article.Id, signature, cancellationToken).ConfigureAwait(false);
        }

        return new GraphChangeSet(
            [article.Id],
            [.. touched.Entities.Order()],
            [.. touched.Relations.OrderBy(r => r.Source).ThenBy(r => r.Target).ThenBy(r => r.Type)],
            [.. touched.CoMentions.OrderBy(c => c.Item1).ThenBy(c => c.Item2)]);
    }

    private static async Task InsertSignatureAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string articleId,
        IReadOnlyList<uint> signature,
        CancellationToken cancellationToken)
    {
        await SqliteSql.ExecuteAsync(
            connection,
            transaction,
            "INSERT INTO signatures (article_id, minhash) VALUES ($article, $minhash)",
            cancellationToken,
            ("$article", articleId),
            ("$minhash", SignatureBlob.Pack(signature))).ConfigureAwait(false);
        await SqliteSql.InsertRowsAsync(
            connection,
            transaction,
            "INSERT OR IGNORE INTO signature_bands (band, value, article_id) VALUES ($band, $value, $article)",
            Enumerable.Range(0, MinHash.Bands),
            band => [("$band", band), ("$value", MinHash.Band(signature, band)), ("$article", articleId)],
            cancellationToken).ConfigureAwait(false);
    }

    private static async Task InsertArticleAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        ArticleGraph graph,
        CancellationToken cancellationToken)
    {
        var article = graph.Article;
        var id = article.Id;
        await SqliteSql.ExecuteAsync(
            connection,
            transaction,
            "INSERT INTO articles (id, url, title, source, published_at, content_hash, ingested_at, pipeline_version) "
            + "VALUES ($id, $url, $title, $source, $published, $hash, $ingested, $version)",
            cancellationToken,
            ("$id", id),
            ("$url", StoreText.OrNull(article.Url)),
            ("$title", StoreText.OrNull(article.Title)),
            ("$source", StoreText.OrNull(article.Source)),
            ("$published", StoreText.TimeOrNull(article.PublishedAt)),
            ("$hash", article.ContentHash),
            ("$ingested", StoreText.Time(article.IngestedAt)),
            ("$version", graph.PipelineVersion)).ConfigureAwait(false);
        await InsertEntitiesAsync(connection, transaction, graph, cancellationToken).ConfigureAwait(false);
        await SqliteSql.InsertRowsAsync(
            connection,
            transaction,
            "INSERT OR IGNORE INTO sentences (article_id, sentence, start, \"end\", text) VALUES ($article, $sentence, $start, $end, $text)",
            graph.Sentences,
            s => [("$article", id), ("$sentence", s.Index), ("$start", s.Start), ("$end", s.End), ("$text", s.Text)],
            cancellationToken).ConfigureAwait(false);
        await SqliteSql.InsertRowsAsync(
            connection,
            transaction,
            "INSERT OR REPLACE INTO evidence (article_id, source_id, target_id, type, start, \"end\", sentence, confidence, extractor, date) "
            + "VALUES ($article, $source, $target, $type, $start, $end, $sentence, $confidence, $extractor, $date)",
            graph.Relations.SelectMany(r => r.Evidence.Select(evidence => (Relation: r, Evidence: evidence))),
            r => [
                ("$article", id), ("$source", r.Relation.Source.Value), ("$target", r.Relation.Target.Value),
                ("$type", GraphVocabulary.RelationType(r.Relation.Type)), ("$start", r.Evidence.Start), ("$end", r.Evidence.End),
                ("$sentence", r.Evidence.Sentence), ("$confidence", r.Evidence.Confidence), ("$extractor", r.Evidence.Extractor),
                ("$date", StoreText.OrNull(r.Evidence.Date)),
            ],
            cancellationToken).ConfigureAwait(false);
        await SqliteSql.InsertRowsAsync(
            connection,
            transaction,
            "INSERT INTO co_mentions (article_id, source_id, target_id, count) VALUES ($article, $source, $target, $count)",
            graph.CoMentions,
            c => [("$article", id), ("$source", c.Source.Value), ("$target", c.Target.Value), ("$count", c.Count)],
            cancellationToken).ConfigureAwait(false);
        await SqliteSql.InsertRowsAsync(
            connection,
            transaction,
            "INSERT INTO decisions (article_id, seq, entity_id, name, rule, detail) VALUES ($article, $seq, $entity, $name, $rule, $detail)",
            graph.Decisions.Select((decision, seq) => (Decision: decision, Seq: seq)),
            d => [
                ("$article", id), ("$seq", d.Seq), ("$entity", d.Decision.Entity.Value), ("$name", d.Decision.Name),
                ("$rule", d.Decision.Rule), ("$detail", d.Decision.Detail),
            ],
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Inserts the article's entities (new ones only), its names for them and their mentions.</summary>
    private static async Task InsertEntitiesAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        ArticleGraph graph,
        CancellationToken cancellationToken)
    {
        var id = graph.Article.Id;
        await SqliteSql.InsertRowsAsync(
            connection,
            transaction,
            "INSERT INTO entities (id, name, type) VALUES ($id, $name, $type) ON CONFLICT (id) DO NOTHING",
            graph.Entities,
            e => [("$id", e.Id.Value), ("$name", e.Name), ("$type", GraphVocabulary.Label(e.Type))],
            cancellationToken).ConfigureAwait(false);
        await SqliteSql.InsertRowsAsync(
            connection,
            transaction,
            "INSERT INTO article_entities (article_id, entity_id, name, aliases) VALUES ($article, $entity, $name, $aliases)",
            graph.Entities,
            e => [("$article", id), ("$entity", e.Id.Value), ("$name", e.Name), ("$aliases", StoreText.List(e.Aliases))],
            cancellationToken).ConfigureAwait(false);
        await SqliteSql.InsertRowsAsync(
            connection,
            transaction,
            "INSERT OR IGNORE INTO mentions (article_id, entity_id, start, \"end\", sentence, text) "
            + "VALUES ($article, $entity, $start, $end, $sentence, $text)",
            graph.Entities.SelectMany(e => e.Spans.Select(span => (e.Id, Span: span))),
            m => [
                ("$article", id), ("$entity", m.Id.Value), ("$start", m.Span.Start), ("$end", m.Span.End),
                ("$sentence", m.Span.Sentence), ("$text", m.Span.Text),
            ],
            cancellationToken).ConfigureAwait(false);
    }

    private static async Task AddEntityKeysAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        IEnumerable<ArticleEntity> entities,
        CancellationToken cancellationToken)
    {
        using var readType = SqliteSql.Command(connection, transaction, "SELECT type FROM entities WHERE id = $id", ("$id", string.Empty));
        foreach (var entity in entities)
        {
            // The stored type decides the keys, as in a rebuild: the first article to name the entity set it.
            readType.Parameters["$id"].Value = entity.Id.Value;
            if (await readType.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string type
                && GraphVocabulary.TryParseLabel(type, out var kind))
            {
                await InsertKeysAsync(
                    connection,
                    transaction,
                    entity.Id,
                    entity.Aliases.Prepend(entity.Name).SelectMany(n => NameKeys.For(n, kind)),
                    cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task RefreshEntitiesAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        IEnumerable<EntityId> entities,
        CancellationToken cancellationToken)
    {
        foreach (var id in entities)
        {
            // An entity no article mentions any more is gone; otherwise its keys are rebuilt from its current names.
            var rows = await SqliteSql.ReadAllAsync(
                connection,
                transaction,
                "SELECT e.name, e.type, ae.name, ae.aliases FROM entities e LEFT JOIN article_entities ae ON ae.entity_id = e.id WHERE e.id = $id",
                r => (
                    Name: r.GetString(0),
                    Type: r.GetString(1),
                    ArticleName: r.IsDBNull(2) ? null : r.GetString(2),
                    Aliases: r.IsDBNull(2) ? [] : StoreText.ParseList(r.GetString(3))),
                cancellationToken,
                ("$id", id.Value)).ConfigureAwait(false);
            if (rows.Count == 0)
            {
                continue;
            }

            var names = rows.Where(r => r.ArticleName is not null).SelectMany(r => r.Aliases.Prepend(r.ArticleName!)).ToList();
            await SqliteSql.ExecuteAsync(connection, transaction, "DELETE FROM entity_keys WHERE entity_id = $id", cancellationToken, ("$id", id.Value))
                .ConfigureAwait(false);
            if (names.Count == 0 || !GraphVocabulary.TryParseLabel(rows[^1].Type, out var kind))
            {
                await SqliteSql.ExecuteAsync(connection, transaction, "DELETE FROM entities WHERE id = $id", cancellationToken, ("$id", id.Value))
                    .ConfigureAwait(false);
                continue;
            }

            names.Add(rows[^1].Name);
            await InsertKeysAsync(connection, transaction, id, names.SelectMany(n => NameKeys.For(n, kind)), cancellationToken).ConfigureAwait(false);
        }
    }

    private static Task InsertKeysAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        EntityId id,
        IEnumerable<string> keys,
        CancellationToken cancellationToken) =>
        SqliteSql.InsertRowsAsync(
            connection,
            transaction,
            "INSERT OR IGNORE INTO entity_keys (key, entity_id) VALUES ($key, $id)",
            keys.ToHashSet(StringComparer.Ordinal),
            key => [("$key", key), ("$id", id.Value)],
            cancellationToken);
}
