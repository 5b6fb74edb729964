using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Similarity;
using GraphBuilder.Graph.Storage.Relational;
using Microsoft.Data.Sqlite;

namespace GraphBuilder.Storage.Sqlite;

/// <summary>
/// Writes an article's own rows: one statement per table, which reads the rows from <c>json_each</c>; evidence, whose
/// confidences are doubles, goes a row at a time so that they are stored exactly as computed.
/// </summary>
internal static class ArticleRows
{
    public static async Task InsertSignatureAsync(SqliteConnection connection, SqliteTransaction transaction, string articleId, IReadOnlyList<uint> signature, CancellationToken cancellationToken)
    {
        await SqliteSql.ExecuteAsync(connection, transaction, "INSERT INTO signatures (article_id, minhash) VALUES ($article, $minhash)", cancellationToken, ("$article", articleId), ("$minhash", SignatureBlob.Pack(signature))).ConfigureAwait(false);
        await SqliteSql.InsertJsonRowsAsync(
            connection,
            transaction,
            "INSERT OR IGNORE INTO signature_bands (band, value, article_id) SELECT key, value ->> 0, $article FROM json_each($rows)",
            Bands(signature),
            static (writer, value) => writer.WriteNumberValue(value),
            cancellationToken,
            ("$article", articleId)).ConfigureAwait(false);
    }

    /// <summary>The signature's band values, in band order (a band's number is its index in the JSON array).</summary>
    private static long[] Bands(IReadOnlyList<uint> signature)
    {
        var bands = new long[MinHash.Bands];
        for (var band = 0; band < bands.Length; band++)
        {
            bands[band] = MinHash.Band(signature, band);
        }

        return bands;
    }

    /// <summary>Inserts an article's row and its own facts: drafts, mentions, sentences, evidence, co-mentions, coreference.</summary>
    /// <returns>The rows of the article's drafts, as written.</returns>
    public static async Task<List<StoredDraft>> InsertAsync(SqliteConnection connection, SqliteTransaction transaction, ArticleDraft draft, CancellationToken cancellationToken)
    {
        var article = draft.Article;
        var id = article.Id;
        await SqliteSql.ExecuteAsync(
            connection,
            transaction,
            "INSERT INTO articles (id, url, title, source, published_at, content_hash, ingested_at, pipeline_version) VALUES ($id, $url, $title, $source, $published, $hash, $ingested, $version)",
            cancellationToken,
            ("$id", id),
            ("$url", StoreText.OrNull(article.Url)),
            ("$title", StoreText.OrNull(article.Title)),
            ("$source", StoreText.OrNull(article.Source)),
            ("$published", StoreText.TimeOrNull(article.PublishedAt)),
            ("$hash", article.ContentHash),
            ("$ingested", StoreText.Time(article.IngestedAt)),
            ("$version", draft.PipelineVersion)).ConfigureAwait(false);
        var drafts = StoredDraft.Of(draft);
        await InsertDraftsAsync(connection, transaction, article, drafts, cancellationToken).ConfigureAwait(false);
        await InsertMentionsAsync(connection, transaction, draft, cancellationToken).ConfigureAwait(false);
        await InsertRelationsAsync(connection, transaction, draft, cancellationToken).ConfigureAwait(false);
        return drafts;
    }

    private static async Task InsertDraftsAsync(SqliteConnection connection, SqliteTransaction transaction, Article article, List<StoredDraft> drafts, CancellationToken cancellationToken)
    {
        var id = article.Id;
        await SqliteSql.InsertJsonRowsAsync(
            connection,
            transaction,
            "INSERT INTO drafts (article_id, draft, anchor, name, kind, forms, kinds, acronyms, aliases, context, source) "
            + "SELECT $article, key, value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6, value ->> 7, $source FROM json_each($rows)",
            drafts,
            static (writer, row) =>
            {
                writer.WriteStringValue(row.Anchor);
                writer.WriteStringValue(row.Name);
                writer.WriteStringValue(row.Kind);
                writer.WriteStringValue(row.Forms);
                writer.WriteStringValue(row.Kinds);
                writer.WriteStringValue(row.Acronyms);
                writer.WriteStringValue(row.Aliases);
                writer.WriteStringValue(row.Context);
            },
            cancellationToken,
            ("$article", id),
            ("$source", StoreText.OrNull(article.Source))).ConfigureAwait(false);
    }

    private static async Task InsertMentionsAsync(SqliteConnection connection, SqliteTransaction transaction, ArticleDraft draft, CancellationToken cancellationToken)
    {
        var id = draft.Article.Id;
        await SqliteSql.InsertJsonRowsAsync(
            connection,
            transaction,
            "INSERT OR IGNORE INTO mentions (article_id, draft, start, \"end\", sentence, text) "
            + "SELECT $article, value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4 FROM json_each($rows)",
            [.. draft.Entities.SelectMany((e, index) => e.Spans.Select(span => (Index: index, Span: span)))],
            static (writer, m) =>
            {
                writer.WriteNumberValue(m.Index);
                writer.WriteNumberValue(m.Span.Start);
                writer.WriteNumberValue(m.Span.End);
                writer.WriteNumberValue(m.Span.Sentence);
                writer.WriteStringValue(m.Span.Text);
            },
            cancellationToken,
            ("$article", id)).ConfigureAwait(false);
        await SqliteSql.InsertJsonRowsAsync(
            connection,
            transaction,
            "INSERT OR IGNORE INTO sentences (article_id, sentence, start, \"end\", text) "
            + "SELECT $article, value ->> 0, value ->> 1, value ->> 2, value ->> 3 FROM json_each($rows)",
            draft.Sentences,
            static (writer, sentence) =>
            {
                writer.WriteNumberValue(sentence.Index);
                writer.WriteNumberValue(sentence.Start);
                writer.WriteNumberValue(sentence.End);
                writer.WriteStringValue(sentence.Text);
            },
            cancellationToken,
            ("$article", id)).ConfigureAwait(false);
    }

    private static async Task InsertRelationsAsync(SqliteConnection connection, SqliteTransaction transaction, ArticleDraft draft, CancellationToken cancellationToken)
    {
        var id = draft.Article.Id;
        await SqliteSql.InsertRowsAsync(
            connection,
            transaction,
            "INSERT OR REPLACE INTO evidence (article_id, source_draft, target_draft, type, start, \"end\", sentence, confidence, extractor, date) VALUES ($article, $source, $target, $type, $start, $end, $sentence, $confidence, $extractor, $date)",
            Evidence(draft),
            r => [
                ("$article", id), ("$source", r.Source), ("$target", r.Target), ("$type", GraphVocabulary.RelationType(r.Type)),
                ("$start", r.Evidence.Start), ("$end", r.Evidence.End), ("$sentence", r.Evidence.Sentence), ("$confidence", r.Evidence.Confidence),
                ("$extractor", r.Evidence.Extractor), ("$date", StoreText.OrNull(r.Evidence.Date)),
            ],
            cancellationToken).ConfigureAwait(false);
        await SqliteSql.InsertJsonRowsAsync(
            connection,
            transaction,
            "INSERT OR REPLACE INTO co_mentions (article_id, source_draft, target_draft, count) SELECT $article, value ->> 0, value ->> 1, value ->> 2 FROM json_each($rows)",
            draft.CoMentions,
            static (writer, pair) =>
            {
                writer.WriteNumberValue(pair.First);
                writer.WriteNumberValue(pair.Second);
                writer.WriteNumberValue(pair.Count);
            },
            cancellationToken,
            ("$article", id)).ConfigureAwait(false);
        await SqliteSql.InsertJsonRowsAsync(
            connection,
            transaction,
            "INSERT INTO coreference (article_id, seq, draft, name, detail) SELECT $article, key, value ->> 0, value ->> 1, value ->> 2 FROM json_each($rows)",
            [.. draft.CoreferenceReasons],
            (writer, reason) =>
            {
                writer.WriteNumberValue(reason.Entity);
                writer.WriteStringValue(draft.Entities[reason.Entity].Name);
                writer.WriteStringValue(reason.Reason);
            },
            cancellationToken,
            ("$article", id)).ConfigureAwait(false);
    }

    private static IEnumerable<DraftRelation> Evidence(ArticleDraft draft) =>
        // One sentence is one piece of evidence for a relation, however many extractors found it: the most confident
        // (the first of equals) stands.
        draft.Relations
            .Where(r => r.Source != r.Target)
            .GroupBy(r => (r.Source, r.Target, r.Type, r.Evidence.Start))
            .Select(g => g.Aggregate((best, next) => next.Evidence.Confidence > best.Evidence.Confidence ? next : best));
}
