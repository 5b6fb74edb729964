using GraphBuilder.Graph.Storage.Relational;
using GraphBuilder.Graph.Similarity;
using GraphBuilder.Graph.Storage;

namespace GraphBuilder.Storage.Postgres;

/// <summary>
/// Finds near-duplicates among the signatures in the <c>signatures</c> and <c>signature_bands</c> tables.
/// </summary>
/// <remarks>
/// Keeps no order of recording: a sequence's values are taken at insert but committed in any order by concurrent
/// workers, so no value marks "everything before"; searches are always whole.
/// </remarks>
internal sealed class PostgresNearDuplicates(PostgresDatabase database) : INearDuplicateIndex
{
    /// <inheritdoc/>
    public Task<long?> MarkAsync(CancellationToken cancellationToken = default) => Task.FromResult<long?>(null);

    /// <inheritdoc/>
    public async Task<(string ArticleId, double Similarity)?> FindNearDuplicateAsync(
        IReadOnlyList<uint> signature,
        double minSimilarity,
        string excludeArticleId,
        long? since = null,
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
            return NearDuplicateChoice.Best(candidates, minSimilarity);
        }
    }
}
