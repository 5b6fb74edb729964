using GraphBuilder.Graph.Storage.Relational;
using GraphBuilder.Graph.Similarity;
using GraphBuilder.Graph.Storage;

namespace GraphBuilder.Storage.Postgres;

/// <summary>
/// Finds near-duplicates among the signatures in the <c>signatures</c> and <c>signature_bands</c> tables.
/// </summary>
internal sealed class PostgresNearDuplicates(PostgresDatabase database) : INearDuplicateIndex
{
    /// <inheritdoc/>
    public async Task<(string ArticleId, double Similarity)?> FindNearDuplicateAsync(
        IReadOnlyList<uint> signature,
        double minSimilarity,
        string excludeArticleId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // Blocking by bands (locality-sensitive hashing): only articles sharing a whole band are compared.
            var bands = Enumerable.Range(0, MinHash.Bands).ToArray();
            var values = bands.Select(b => MinHash.Band(signature, b)).ToArray();
            var candidates = await PgSql.ReadAllAsync(
                connection,
                null,
                """
                SELECT DISTINCT s.article_id, s.minhash FROM unnest(@bands, @values) AS q(band, value)
                JOIN signature_bands b ON b.band = q.band AND b.value = q.value
                JOIN signatures s ON s.article_id = b.article_id
                WHERE b.article_id <> @exclude
                """,
                reader => (Id: reader.GetString(0), Similarity: MinHash.Similarity(signature, SignatureBlob.Unpack((byte[])reader.GetValue(1)))),
                cancellationToken,
                ("bands", bands),
                ("values", values),
                ("exclude", excludeArticleId)).ConfigureAwait(false);
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
