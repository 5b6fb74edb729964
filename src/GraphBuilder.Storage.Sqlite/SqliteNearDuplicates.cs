using GraphBuilder.Graph.Storage.Relational;
using System.Globalization;
using GraphBuilder.Graph.Similarity;
using GraphBuilder.Graph.Storage;
using Microsoft.Data.Sqlite;

namespace GraphBuilder.Storage.Sqlite;

/// <summary>
/// Finds near-duplicates among the signatures in the <c>signatures</c> and <c>signature_bands</c> tables.
/// </summary>
/// <remarks>
/// A signature's <c>seq</c> is an <c>AUTOINCREMENT</c> key, never reused even after deletes, so the largest one is a
/// mark: every signature recorded later has a larger one.
/// </remarks>
internal sealed class SqliteNearDuplicates(SqliteDatabase database) : INearDuplicateIndex
{
    /// <inheritdoc/>
    public async Task<long?> MarkAsync(CancellationToken cancellationToken = default)
    {
        var lease = await database.LeaseAsync(cancellationToken).ConfigureAwait(false);
        await using (lease.ConfigureAwait(false))
        {
            var marks = await SqliteSql.ReadAllAsync(lease.Connection, null, "SELECT COALESCE(MAX(seq), 0) FROM signatures", reader => reader.GetInt64(0), cancellationToken).ConfigureAwait(false);
            return marks[0];
        }
    }

    /// <inheritdoc/>
    public async Task<(string ArticleId, double Similarity)?> FindNearDuplicateAsync(
        IReadOnlyList<uint> signature,
        double minSimilarity,
        string excludeArticleId,
        long? since = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var lease = await database.LeaseAsync(cancellationToken).ConfigureAwait(false);
        await using (lease.ConfigureAwait(false))
        {
            var connection = lease.Connection;
            (string Id, double Similarity) Candidate(SqliteDataReader reader) =>
                (reader.GetString(0), MinHash.Similarity(signature, SignatureBlob.Unpack((byte[])reader.GetValue(1))));

            if (since is { } mark)
            {
                // The few signatures recorded since the mark (those written while the article was on its way) are compared
                // directly: a range of the table's own key, with no band look-ups.
                var recent = await SqliteSql.ReadAllAsync(
                    connection,
                    null,
                    "SELECT article_id, minhash FROM signatures WHERE seq > $mark AND article_id <> $exclude",
                    Candidate,
                    cancellationToken,
                    ("$mark", mark),
                    ("$exclude", excludeArticleId)).ConfigureAwait(false);
                return NearDuplicateChoice.Best(recent, minSimilarity);
            }

            // Blocking by bands (locality-sensitive hashing): only articles sharing a whole band are compared.
            var tuples = string.Join(", ", Enumerable.Range(0, MinHash.Bands).Select(b => string.Create(CultureInfo.InvariantCulture, $"({b}, $v{b})")));
            var parameters = Enumerable.Range(0, MinHash.Bands)
                .Select(b => (string.Create(CultureInfo.InvariantCulture, $"$v{b}"), (object)MinHash.Band(signature, b)))
                .Append(("$exclude", excludeArticleId))
                .ToArray();
            var candidates = await SqliteSql.ReadAllAsync(
                connection,
                null,
                // The bands drive the join (CROSS JOIN keeps that order), each a primary-key search: a row-value IN list
                // made SQLite scan every band of every article instead.
                $"WITH wanted (band, value) AS (VALUES {tuples}) "
                + "SELECT DISTINCT s.article_id, s.minhash FROM wanted w CROSS JOIN signature_bands b ON b.band = w.band AND b.value = w.value "
                + "JOIN signatures s ON s.article_id = b.article_id WHERE b.article_id <> $exclude",
                Candidate,
                cancellationToken,
                parameters).ConfigureAwait(false);
            return NearDuplicateChoice.Best(candidates, minSimilarity);
        }
    }
}
