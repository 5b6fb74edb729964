using Npgsql;

namespace GraphBuilder.Storage.Postgres;

/// <summary>
/// Builds and runs the store's parameterised statements. Sets of values travel as arrays (<c>= ANY(@keys)</c>,
/// <c>unnest</c>), so a statement's size never depends on how many values it carries.
/// </summary>
internal static class PgSql
{
    public static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
#pragma warning disable CA2100 // Every statement is a constant of the store; values always go in parameters.
        var command = new NpgsqlCommand(sql, connection, transaction);
#pragma warning restore CA2100
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter(name, value ?? DBNull.Value));
        }

        return command;
    }

    public static async Task<int> ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var command = Command(connection, transaction, sql, parameters);
        await using (command.ConfigureAwait(false))
        {
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Runs a query and reads each row with <paramref name="read"/>.</summary>
    public static async Task<List<T>> ReadAllAsync<T>(
        NpgsqlConnection connection,
        NpgsqlTransaction? transaction,
        string sql,
        Func<NpgsqlDataReader, T> read,
        CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        var rows = new List<T>();
        var command = Command(connection, transaction, sql, parameters);
        await using (command.ConfigureAwait(false))
        {
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    rows.Add(read(reader));
                }
            }
        }

        return rows;
    }

    /// <summary>Runs statements in one round trip, in order, in the caller's transaction; empty ones are left out.</summary>
    public static async Task ExecuteBatchAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken, params PgStatement?[] statements)
    {
        var batch = new NpgsqlBatch(connection, transaction);
        await using (batch.ConfigureAwait(false))
        {
            foreach (var statement in statements.OfType<PgStatement>())
            {
                batch.BatchCommands.Add(BatchCommand(statement));
            }

            if (batch.BatchCommands.Count > 0)
            {
                await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Runs queries in one round trip and hands each one's rows, in order, to its reader.</summary>
    public static async Task ReadBatchAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction? transaction,
        CancellationToken cancellationToken,
        params (PgStatement Statement, Action<NpgsqlDataReader> Row)[] queries)
    {
        var batch = new NpgsqlBatch(connection, transaction);
        await using (batch.ConfigureAwait(false))
        {
            foreach (var (statement, _) in queries)
            {
                batch.BatchCommands.Add(BatchCommand(statement));
            }

            var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                foreach (var (_, row) in queries)
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        row(reader);
                    }

                    await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    private static NpgsqlBatchCommand BatchCommand(PgStatement statement)
    {
#pragma warning disable CA2100 // Every statement is a constant of the store; values always go in parameters.
        var command = new NpgsqlBatchCommand(statement.Sql);
#pragma warning restore CA2100
        foreach (var (name, value) in statement.Parameters)
        {
            command.Parameters.Add(new NpgsqlParameter(name, value ?? DBNull.Value));
        }

        return command;
    }

    /// <summary>Makes the subquery of an <c>IN (…)</c> over one array parameter, for statements written as IN lists.</summary>
    public static (string InList, (string Name, object? Value)[] Parameters) InList(string name, IEnumerable<string> values) =>
        ($"SELECT unnest(@{name})", [(name, values.ToArray())]);

    public static object OrNull(string? value) => value is null ? DBNull.Value : value;
}
