using GraphBuilder.Graph.Storage;
using GraphBuilder.Graph.Storage.Relational;
using Npgsql;

namespace GraphBuilder.Storage.Postgres;

/// <summary>
/// Writes and reads rows of the <c>ledger</c> table, for the ledger itself and for the writer, which records an
/// article's row in the transaction of its facts. An upsert is one statement, so two workers recording the same
/// location leave one row.
/// </summary>
internal static class LedgerRows
{
    public const string Columns = "location, source, status, article_id, url, content_hash, reason, duplicate_of, pipeline_version, first_seen_at, updated_at";

    public static PgStatement Upsert(LedgerEntry entry) => new(
        // first_seen_at keeps the first sighting; everything else describes the latest one.
        $"""
        INSERT INTO ledger ({Columns}) VALUES (@location, @source, @status, @article, @url, @hash, @reason, @duplicateOf, @version, @first, @updated)
        ON CONFLICT (location) DO UPDATE SET source = excluded.source, status = excluded.status, article_id = excluded.article_id,
            url = excluded.url, content_hash = excluded.content_hash, reason = excluded.reason, duplicate_of = excluded.duplicate_of,
            pipeline_version = excluded.pipeline_version, updated_at = excluded.updated_at
        """,
        ("location", entry.Location),
        ("source", entry.Source),
        ("status", StatusText(entry.Status)),
        ("article", entry.ArticleId),
        ("url", entry.Url),
        ("hash", entry.ContentHash),
        ("reason", entry.Reason),
        ("duplicateOf", entry.DuplicateOf),
        ("version", entry.PipelineVersion),
        ("first", StoreText.Time(entry.FirstSeenAt)),
        ("updated", StoreText.Time(entry.UpdatedAt)));

    public static LedgerEntry Read(NpgsqlDataReader reader) =>
        new(
            reader.GetString(0),
            reader.GetString(1),
            ParseStatus(reader.GetString(2)),
            StoreText.ParseTime(reader.GetString(9)),
            StoreText.ParseTime(reader.GetString(10)))
        {
            ArticleId = reader.IsDBNull(3) ? null : reader.GetString(3),
            Url = reader.IsDBNull(4) ? null : reader.GetString(4),
            ContentHash = reader.IsDBNull(5) ? null : reader.GetString(5),
            Reason = reader.IsDBNull(6) ? null : reader.GetString(6),
            DuplicateOf = reader.IsDBNull(7) ? null : reader.GetString(7),
            PipelineVersion = reader.IsDBNull(8) ? null : reader.GetString(8),
        };

    public static string StatusText(ArticleStatus status) => status switch
    {
        ArticleStatus.Ingested => "ingested",
        ArticleStatus.Duplicate => "duplicate",
        ArticleStatus.Failed => "failed",
        _ => "pending",
    };

    public static ArticleStatus ParseStatus(string text) => Enum.Parse<ArticleStatus>(text, ignoreCase: true);
}
