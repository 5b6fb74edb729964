using GraphBuilder.Graph.Storage;
using GraphBuilder.Graph.Storage.Relational;

namespace GraphBuilder.Storage.Sqlite;

/// <summary>
/// The workers' heartbeats, in the <c>workers</c> table.
/// </summary>
internal sealed class SqliteWorkers(SqliteDatabase database) : IWorkerRegistry
{
    /// <inheritdoc/>
    public async Task RecordHeartbeatAsync(WorkerHeartbeat heartbeat, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(heartbeat);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await SqliteSql.ExecuteAsync(
                connection,
                null,
                "INSERT OR REPLACE INTO workers (worker_id, host, started_at, last_seen_at, processed) VALUES ($id, $host, $started, $seen, $processed)",
                cancellationToken,
                ("$id", heartbeat.WorkerId),
                ("$host", heartbeat.Host),
                ("$started", StoreText.Time(heartbeat.StartedAt)),
                ("$seen", StoreText.Time(heartbeat.LastSeenAt)),
                ("$processed", heartbeat.Processed)).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<WorkerHeartbeat>> ListWorkersAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var all = await SqliteSql.ReadAllAsync(
                connection,
                null,
                "SELECT worker_id, host, started_at, last_seen_at, processed FROM workers",
                reader => new WorkerHeartbeat(
                    reader.GetString(0),
                    reader.GetString(1),
                    StoreText.ParseTime(reader.GetString(2)),
                    StoreText.ParseTime(reader.GetString(3)),
                    reader.GetInt64(4)),
                cancellationToken).ConfigureAwait(false);

            // Compared as times, not as text, so the stored format's offset never matters.
            return [.. all.Where(w => w.LastSeenAt >= since).OrderByDescending(w => w.LastSeenAt).ThenBy(w => w.WorkerId, StringComparer.Ordinal)];
        }
    }
}
