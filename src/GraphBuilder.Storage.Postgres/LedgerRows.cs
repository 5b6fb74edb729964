using GraphBuilder.Graph.Storage;
using GraphBuilder.Graph.Storage.Relational;

namespace GraphBuilder.Storage.Postgres;

/// <summary>
/// Writes rows of the <c>ledger</c> table (<see cref="LedgerRecord"/> reads them), for the ledger itself and for the writer, which records an
/// article's row in the transaction of its facts. An upsert is one statement, so two workers recording the same
/// location leave one row.
/// </summary>
internal static class LedgerRows
{
    public static PgStatement Upsert(LedgerEntry entry) => new(
        // first_seen_at keeps the first sighting; everything else describes the latest one.
        $"""
        INSERT INTO ledger ({LedgerRecord.Columns}) VALUES (@location, @source, @status, @article, @url, @hash, @reason, @duplicateOf, @version, @first, @updated)
        ON CONFLICT (location) DO UPDATE SET source = excluded.source, status = excluded.status, article_id = excluded.article_id,
            url = excluded.url, content_hash = excluded.content_hash, reason = excluded.reason, duplicate_of = excluded.duplicate_of,
            pipeline_version = excluded.pipeline_version, updated_at = excluded.updated_at
        """,
        ("location", entry.Location),
        ("source", entry.Source),
        ("status", LedgerRecord.StatusText(entry.Status)),
        ("article", entry.ArticleId),
        ("url", entry.Url),
        ("hash", entry.ContentHash),
        ("reason", entry.Reason),
        ("duplicateOf", entry.DuplicateOf),
        ("version", entry.PipelineVersion),
        ("first", StoreText.Time(entry.FirstSeenAt)),
        ("updated", StoreText.Time(entry.UpdatedAt)));
}
