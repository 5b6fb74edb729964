using System.Data.Common;

namespace GraphBuilder.Graph.Storage.Relational;

/// <summary>
/// The <c>ledger</c> table's columns and their text, as both relational stores hold them: a row read with
/// <see cref="Columns"/> in that order becomes a <see cref="LedgerEntry"/>.
/// </summary>
internal static class LedgerRecord
{
    /// <summary>The columns <see cref="Read"/> reads, in its order.</summary>
    public const string Columns = "location, source, status, article_id, url, content_hash, reason, duplicate_of, pipeline_version, first_seen_at, updated_at";

    /// <summary>Reads a row selected with <see cref="Columns"/>.</summary>
    public static LedgerEntry Read(DbDataReader reader) =>
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

    /// <summary>The stored text of a status.</summary>
    public static string StatusText(ArticleStatus status) => status switch
    {
        ArticleStatus.Ingested => "ingested",
        ArticleStatus.Duplicate => "duplicate",
        ArticleStatus.Failed => "failed",
        _ => "pending",
    };

    /// <summary>The status of its stored text.</summary>
    public static ArticleStatus ParseStatus(string text) => Enum.Parse<ArticleStatus>(text, ignoreCase: true);
}
