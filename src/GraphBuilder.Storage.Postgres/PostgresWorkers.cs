using GraphBuilder.Graph.Storage;

namespace GraphBuilder.Storage.Postgres;

/// <summary>
/// The workers' heartbeats, in the <c>workers</c> table.
/// </summary>
internal sealed class PostgresWorkers(PostgresDatabase database) : IWorkerRegistry
{
    /// <inheritdoc/>
    public async Task RecordHeartbeatAsync(WorkerHeartbeat heartbeat, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(heartbeat);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await PgSql.ExecuteAsync(
                connection,
                null,
                """
                INSERT INTO workers (worker_id, host, started_at, last_seen_at, processed) VALUES (@id, @host, @started, @seen, @processed)
                ON CONFLICT (worker_id) DO UPDATE SET host = excluded.host, started_at = excluded.started_at,
                    last_seen_at = excluded.last_seen_at, processed = excluded.processed
                """,
                cancellationToken,
                ("id", heartbeat.WorkerId),
                ("host", heartbeat.Host),
                ("started", heartbeat.StartedAt.ToUniversalTime()),
                ("seen", heartbeat.LastSeenAt.ToUniversalTime()),
                ("processed", heartbeat.Processed)).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<WorkerHeartbeat>> ListWorkersAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await PgSql.ReadAllAsync(
                connection,
                null,
                "SELECT worker_id, host, started_at, last_seen_at, processed FROM workers WHERE last_seen_at >= @since ORDER BY last_seen_at DESC, worker_id",
                reader => new WorkerHeartbeat(
                    reader.GetString(0),
                    reader.GetString(1),
                    reader.GetFieldValue<DateTimeOffset>(2),
                    reader.GetFieldValue<DateTimeOffset>(3),
                    reader.GetInt64(4)),
                cancellationToken,
                ("since", since.ToUniversalTime())).ConfigureAwait(false);
        }
    }
}
