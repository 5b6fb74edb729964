using GraphBuilder.Graph.Storage;
using Microsoft.Data.Sqlite;

namespace GraphBuilder.Storage.Sqlite;

/// <content>The ledger of every input seen, and the outbox of changes external sinks have not confirmed.</content>
public sealed partial class SqliteGraphStore
{
    private const string LedgerColumns = "location, source, status, article_id, url, content_hash, reason, duplicate_of, pipeline_version, first_seen_at, updated_at";

    /// <inheritdoc/>
    public async Task RecordAsync(LedgerEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await UpsertLedgerAsync(connection, null, entry, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public async Task<LedgerEntry?> FindLedgerEntryAsync(string location, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(location);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = Command(connection, null, $"SELECT {LedgerColumns} FROM ledger WHERE location = $location", ("$location", location));
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadLedgerEntry(reader) : null;
            }
        }
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<LedgerEntry>> ListLedgerAsync(ArticleStatus? status = null, CancellationToken cancellationToken = default)
    {
        var entries = new List<LedgerEntry>();
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var sql = $"SELECT {LedgerColumns} FROM ledger" + (status is null ? string.Empty : " WHERE status = $status") + " ORDER BY first_seen_at, location";
            using var command = Command(connection, null, sql, status is { } s ? [("$status", StatusText(s))] : []);
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    entries.Add(ReadLedgerEntry(reader));
                }
            }
        }

        return entries;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<PendingChange>> ListPendingAsync(int max, CancellationToken cancellationToken = default)
    {
        var pending = new List<PendingChange>();
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = Command(connection, null, "SELECT id, article_id, changes, attempts FROM outbox ORDER BY id LIMIT $max", ("$max", max));
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    pending.Add(new PendingChange(reader.GetInt64(0), reader.GetString(1), ChangeSetJson.Read(reader.GetString(2)), reader.GetInt32(3)));
                }
            }
        }

        return pending;
    }

    /// <inheritdoc/>
    public async Task CompletePendingAsync(PendingChange change, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await ExecuteAsync(connection, transaction, "DELETE FROM outbox WHERE id = $id", cancellationToken, ("$id", change.Id)).ConfigureAwait(false);
                await ExecuteAsync(
                    connection,
                    transaction,
                    "UPDATE ledger SET status = $ingested, updated_at = $at WHERE article_id = $article AND status = $pending AND NOT EXISTS (SELECT 1 FROM outbox WHERE article_id = $article)",
                    cancellationToken,
                    ("$ingested", StatusText(ArticleStatus.Ingested)),
                    ("$pending", StatusText(ArticleStatus.Pending)),
                    ("$article", change.ArticleId),
                    ("$at", StoreText.Time(at))).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc/>
    public async Task FailPendingAsync(PendingChange change, string error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await ExecuteAsync(connection, null, "UPDATE outbox SET attempts = attempts + 1, last_error = $error WHERE id = $id", cancellationToken, ("$id", change.Id), ("$error", error)).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public async Task<int> EnqueueAllAsync(DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var articles = new List<string>();
                using (var command = Command(connection, transaction, "SELECT id FROM articles ORDER BY id"))
                {
                    var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                    await using (reader.ConfigureAwait(false))
                    {
                        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                        {
                            articles.Add(reader.GetString(0));
                        }
                    }
                }

                foreach (var article in articles)
                {
                    var touched = await TouchedByAsync(connection, transaction, article, cancellationToken).ConfigureAwait(false);
                    var changes = new GraphChangeSet([article], [.. touched.Entities.Order()], [.. touched.Relations], [.. touched.CoMentions]);
                    await ExecuteAsync(
                        connection,
                        transaction,
                        "INSERT INTO outbox (article_id, changes, enqueued_at) VALUES ($article, $changes, $at)",
                        cancellationToken,
                        ("$article", article),
                        ("$changes", ChangeSetJson.Write(changes)),
                        ("$at", StoreText.Time(at))).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return articles.Count;
            }
        }
    }

    /// <inheritdoc/>
    public async Task RecordSourceRunAsync(SourceRun run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await ExecuteAsync(
                connection,
                null,
                "INSERT OR REPLACE INTO source_runs (source, started_at, finished_at, seen, ingested, duplicates, failed, error) VALUES ($source, $started, $finished, $seen, $ingested, $duplicates, $failed, $error)",
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
        var runs = new List<SourceRun>();
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = Command(connection, null, "SELECT source, started_at, finished_at, seen, ingested, duplicates, failed, error FROM source_runs ORDER BY source");
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    runs.Add(new SourceRun(
                        reader.GetString(0),
                        StoreText.ParseTime(reader.GetString(1)),
                        StoreText.ParseTime(reader.GetString(2)),
                        reader.GetInt32(3),
                        reader.GetInt32(4),
                        reader.GetInt32(5),
                        reader.GetInt32(6),
                        reader.IsDBNull(7) ? null : reader.GetString(7)));
                }
            }
        }

        return runs;
    }

    private static async Task UpsertLedgerAsync(SqliteConnection connection, SqliteTransaction? transaction, LedgerEntry entry, CancellationToken cancellationToken)
    {
        // first_seen_at keeps the first sighting; everything else describes the latest one.
        await ExecuteAsync(
            connection,
            transaction,
            $"""
            INSERT INTO ledger ({LedgerColumns}) VALUES ($location, $source, $status, $article, $url, $hash, $reason, $duplicateOf, $version, $first, $updated)
            ON CONFLICT (location) DO UPDATE SET source = excluded.source, status = excluded.status, article_id = excluded.article_id,
                url = excluded.url, content_hash = excluded.content_hash, reason = excluded.reason, duplicate_of = excluded.duplicate_of,
                pipeline_version = excluded.pipeline_version, updated_at = excluded.updated_at
            """,
            cancellationToken,
            ("$location", entry.Location),
            ("$source", entry.Source),
            ("$status", StatusText(entry.Status)),
            ("$article", StoreText.OrNull(entry.ArticleId)),
            ("$url", StoreText.OrNull(entry.Url)),
            ("$hash", StoreText.OrNull(entry.ContentHash)),
            ("$reason", StoreText.OrNull(entry.Reason)),
            ("$duplicateOf", StoreText.OrNull(entry.DuplicateOf)),
            ("$version", StoreText.OrNull(entry.PipelineVersion)),
            ("$first", StoreText.Time(entry.FirstSeenAt)),
            ("$updated", StoreText.Time(entry.UpdatedAt))).ConfigureAwait(false);
    }

    private static LedgerEntry ReadLedgerEntry(SqliteDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), Enum.Parse<ArticleStatus>(reader.GetString(2), ignoreCase: true), StoreText.ParseTime(reader.GetString(9)), StoreText.ParseTime(reader.GetString(10)))
        {
            ArticleId = reader.IsDBNull(3) ? null : reader.GetString(3),
            Url = reader.IsDBNull(4) ? null : reader.GetString(4),
            ContentHash = reader.IsDBNull(5) ? null : reader.GetString(5),
            Reason = reader.IsDBNull(6) ? null : reader.GetString(6),
            DuplicateOf = reader.IsDBNull(7) ? null : reader.GetString(7),
            PipelineVersion = reader.IsDBNull(8) ? null : reader.GetString(8),
        };

    private static string StatusText(ArticleStatus status) => status switch
    {
        ArticleStatus.Ingested => "ingested",
        ArticleStatus.Duplicate => "duplicate",
        ArticleStatus.Failed => "failed",
        _ => "pending",
    };
}
