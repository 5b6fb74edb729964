using GraphBuilder.Graph.Storage.Relational;
using System.Globalization;
using GraphBuilder.Graph.Similarity;
using GraphBuilder.Graph.Storage;

namespace GraphBuilder.Storage.Sqlite;

/// <summary>
/// Finds near-duplicates among the signatures in the <c>signatures</c> and <c>signature_bands</c> tables.
/// </summary>
internal sealed class SqliteNearDuplicates(SqliteDatabase database) : INearDuplicateIndex
{
    /// <inheritdoc/>
    public async Task<(string ArticleId, double Similarity)?> FindNearDuplicateAsync(
        IReadOnlyList<uint> signature,
        double minSimilarity,
        string excludeArticleId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var lease = await database.LeaseAsync(cancellationToken).ConfigureAwait(false);
        await using (lease.ConfigureAwait(false))
        {
            var connection = lease.Connection;
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
                reader => (Id: reader.GetString(0), Similarity: MinHash.Similarity(signature, SignatureBlob.Unpack((byte[])reader.GetValue(1)))),
                cancellationToken,
                parameters).ConfigureAwait(false);
            (string, double)? best = null;
            foreach (var (id, similarity) in candidates)
            {
                if (similarity >= minSimilarity
                    && (best is null
                        || similarity > best.Value.Item2
                        || (similarity == best.Value.Item2 && string.CompareOrdinal(id, best.Value.Item1) < 0)))
                {
                    best = (id, similarity);
                }
            }

            return best;
        }
    }
}
