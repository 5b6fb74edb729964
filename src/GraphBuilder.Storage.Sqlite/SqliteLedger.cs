using GraphBuilder.Graph.Storage.Relational;
using GraphBuilder.Graph.Storage;

namespace GraphBuilder.Storage.Sqlite;

/// <summary>
/// The ledger of every input seen, in the <c>ledger</c> table.
/// </summary>
internal sealed class SqliteLedger(SqliteDatabase database) : IArticleLedger
{
    /// <inheritdoc/>
    public async Task RecordAsync(LedgerEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var lease = await database.LeaseAsync(cancellationToken).ConfigureAwait(false);
        await using (lease.ConfigureAwait(false))
        {
            var connection = lease.Connection;
            await LedgerRows.UpsertAsync(connection, null, entry, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public async Task<LedgerEntry?> FindLedgerEntryAsync(string location, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(location);
        var lease = await database.LeaseAsync(cancellationToken).ConfigureAwait(false);
        await using (lease.ConfigureAwait(false))
        {
            var connection = lease.Connection;
            var rows = await SqliteSql.ReadAllAsync(
                connection,
                null,
                $"SELECT {LedgerRecord.Columns} FROM ledger WHERE location = $location",
                LedgerRecord.Read,
                cancellationToken,
                ("$location", location)).ConfigureAwait(false);
            return rows.Count > 0 ? rows[0] : null;
        }
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<LedgerEntry>> ListLedgerAsync(ArticleStatus? status = null, CancellationToken cancellationToken = default)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var sql = $"SELECT {LedgerRecord.Columns} FROM ledger"
                + (status is null ? string.Empty : " WHERE status = $status")
                + " ORDER BY first_seen_at, location";
            return await SqliteSql.ReadAllAsync(
                connection,
                null,
                sql,
                LedgerRecord.Read,
                cancellationToken,
                status is { } s ? [("$status", LedgerRecord.StatusText(s))] : []).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<ArticleStatus, int>> CountByStatusAsync(CancellationToken cancellationToken = default)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await SqliteSql.ReadAllAsync(
                connection,
                null,
                "SELECT status, COUNT(*) FROM ledger GROUP BY status",
                r => (Status: r.GetString(0), Count: r.GetInt32(1)),
                cancellationToken).ConfigureAwait(false);
            return rows
                .Where(r => Enum.TryParse<ArticleStatus>(r.Status, ignoreCase: true, out _))
                .ToDictionary(r => LedgerRecord.ParseStatus(r.Status), r => r.Count);
        }
    }
}
