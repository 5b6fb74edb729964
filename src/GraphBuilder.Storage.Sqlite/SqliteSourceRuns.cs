using GraphBuilder.Graph.Storage;
using GraphBuilder.Graph.Storage.Relational;

namespace GraphBuilder.Storage.Sqlite;

/// <summary>
/// The latest run of each scheduled source, in the <c>source_runs</c> table.
/// </summary>
internal sealed class SqliteSourceRuns(SqliteDatabase database) : ISourceRunLog
{
    /// <inheritdoc/>
    public async Task RecordSourceRunAsync(SourceRun run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await SqliteSql.ExecuteAsync(
                connection,
                null,
                "INSERT OR REPLACE INTO source_runs (source, started_at, finished_at, seen, ingested, duplicates, failed, error) "
                + "VALUES ($source, $started, $finished, $seen, $ingested, $duplicates, $failed, $error)",
                cancellationToken,
                ("$source", run.Source),
                ("$started", StoreText.Time(run.StartedAt)),
                ("$finished", StoreText.Time(run.FinishedAt)),
                ("$seen", run.Seen),
                ("$ingested", run.Ingested),
                ("$duplicates", run.Duplicates),
                ("$failed", run.Failed),
                ("$error", StoreText.OrNull(run.Error))).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<SourceRun>> ReadSourceRunsAsync(CancellationToken cancellationToken = default)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await SqliteSql.ReadAllAsync(
                connection,
                null,
                "SELECT source, started_at, finished_at, seen, ingested, duplicates, failed, error FROM source_runs ORDER BY source",
                reader => new SourceRun(
                    reader.GetString(0),
                    StoreText.ParseTime(reader.GetString(1)),
                    StoreText.ParseTime(reader.GetString(2)),
                    reader.GetInt32(3),
                    reader.GetInt32(4),
                    reader.GetInt32(5),
                    reader.GetInt32(6),
                    reader.IsDBNull(7) ? null : reader.GetString(7)),
                cancellationToken).ConfigureAwait(false);
        }
    }
}
