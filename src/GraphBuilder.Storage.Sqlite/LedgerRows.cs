using GraphBuilder.Graph.Storage;
using GraphBuilder.Graph.Storage.Relational;
using Microsoft.Data.Sqlite;

namespace GraphBuilder.Storage.Sqlite;

/// <summary>
/// Writes rows of the <c>ledger</c> table (<see cref="LedgerRecord"/> reads them), for the ledger itself and for the writer, which records an
/// article's row in the transaction of its facts.
/// </summary>
internal static class LedgerRows
{
    public static async Task UpsertAsync(SqliteConnection connection, SqliteTransaction? transaction, LedgerEntry entry, CancellationToken cancellationToken)
    {
        // first_seen_at keeps the first sighting; everything else describes the latest one.
        await SqliteSql.ExecuteAsync(
            connection,
            transaction,
            $"""
            INSERT INTO ledger ({LedgerRecord.Columns}) VALUES ($location, $source, $status, $article, $url, $hash, $reason, $duplicateOf, $version, $first, $updated)
            ON CONFLICT (location) DO UPDATE SET source = excluded.source, status = excluded.status, article_id = excluded.article_id,
                url = excluded.url, content_hash = excluded.content_hash, reason = excluded.reason, duplicate_of = excluded.duplicate_of,
                pipeline_version = excluded.pipeline_version, updated_at = excluded.updated_at
            """,
            cancellationToken,
            ("$location", entry.Location),
            ("$source", entry.Source),
            ("$status", LedgerRecord.StatusText(entry.Status)),
            ("$article", StoreText.OrNull(entry.ArticleId)),
            ("$url", StoreText.OrNull(entry.Url)),
            ("$hash", StoreText.OrNull(entry.ContentHash)),
            ("$reason", StoreText.OrNull(entry.Reason)),
            ("$duplicateOf", StoreText.OrNull(entry.DuplicateOf)),
            ("$version", StoreText.OrNull(entry.PipelineVersion)),
            ("$first", StoreText.Time(entry.FirstSeenAt)),
            ("$updated", StoreText.Time(entry.UpdatedAt))).ConfigureAwait(false);
    }
}
