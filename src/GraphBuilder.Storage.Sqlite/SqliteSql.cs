using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace GraphBuilder.Storage.Sqlite;

/// <summary>
/// Builds and runs the store's parameterised statements. On a connection the store keeps open
/// (<see cref="KeepStatements"/>), each statement text is prepared once and run again with new parameters.
/// </summary>
internal static class SqliteSql
{
    /// <summary>How many statements a kept connection holds prepared; texts beyond these are prepared per use.</summary>
    private const int KeptStatementsPerConnection = 128;

    private static readonly ConditionalWeakTable<SqliteConnection, Dictionary<string, SqliteCommand>> Kept = [];

    public static SqliteCommand Command(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        string sql,
        params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // Every statement is a constant of the store; values always go in parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        AddParameters(command, parameters);
        return command;
    }

    /// <summary>
    /// Makes the statements run through this class on <paramref name="connection"/> stay prepared until it closes; the
    /// connection must be used by one caller at a time.
    /// </summary>
    public static void KeepStatements(SqliteConnection connection) => Kept.AddOrUpdate(connection, new Dictionary<string, SqliteCommand>(StringComparer.Ordinal));

    public static async Task ExecuteAsync(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        string sql,
        CancellationToken cancellationToken,
        params (string Name, object Value)[] parameters)
    {
        var command = Rent(connection, transaction, sql, parameters);
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Return(connection, command);
        }
    }

    /// <summary>
    /// Runs one set-based statement for all <paramref name="rows"/>, which it reads from <c>json_each($rows)</c>; one
    /// statement costs far less than a statement per row. Nothing runs when there are no rows.
    /// </summary>
    public static Task InsertJsonRowsAsync<T>(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string sql,
        IReadOnlyCollection<T> rows,
        Action<Utf8JsonWriter, T> writeValues,
        CancellationToken cancellationToken,
        params (string Name, object Value)[] parameters) =>
        rows.Count == 0
            ? Task.CompletedTask
            : ExecuteAsync(connection, transaction, sql, cancellationToken, [.. parameters, ("$rows", JsonRows.Of(rows, writeValues))]);

    public static (string InList, (string Name, object Value)[] Parameters) InList(string prefix, IEnumerable<string> values)
    {
        var parameters = values.Select((value, index) => (string.Create(CultureInfo.InvariantCulture, $"{prefix}{index}"), (object)value)).ToArray();
        return (string.Join(", ", parameters.Select(p => p.Item1)), parameters);
    }

    /// <summary>Runs a query and reads each row with <paramref name="read"/>.</summary>
    public static async Task<List<T>> ReadAllAsync<T>(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        string sql,
        Func<SqliteDataReader, T> read,
        CancellationToken cancellationToken,
        params (string Name, object Value)[] parameters)
    {
        var rows = new List<T>();
        var command = Rent(connection, transaction, sql, parameters);
        try
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
        finally
        {
            Return(connection, command);
        }

        return rows;
    }

    /// <summary>Runs one prepared statement for each row, setting its parameters from <paramref name="values"/>.</summary>
    public static async Task InsertRowsAsync<T>(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string sql,
        IEnumerable<T> rows,
        Func<T, (string Name, object Value)[]> values,
        CancellationToken cancellationToken)
    {
        var command = Rent(connection, transaction, sql, []);
        try
        {
            foreach (var row in rows)
            {
                foreach (var (name, value) in values(row))
                {
                    if (command.Parameters.Contains(name))
                    {
                        command.Parameters[name].Value = value;
                    }
                    else
                    {
                        command.Parameters.AddWithValue(name, value);
                    }
                }

                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            Return(connection, command);
        }
    }

    private static void AddParameters(SqliteCommand command, (string Name, object Value)[] parameters)
    {
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
    }

    /// <summary>The connection's prepared command for <paramref name="sql"/> when it keeps statements, else a new one.</summary>
    internal static SqliteCommand Rent(SqliteConnection connection, SqliteTransaction? transaction, string sql, (string Name, object Value)[] parameters)
    {
        if (!Kept.TryGetValue(connection, out var statements))
        {
            return Command(connection, transaction, sql, parameters);
        }

        if (!statements.TryGetValue(sql, out var command))
        {
            if (statements.Count >= KeptStatementsPerConnection)
            {
                return Command(connection, transaction, sql, parameters);
            }

            command = Command(connection, transaction, sql);
            statements.Add(sql, command);
        }

        command.Transaction = transaction;
        command.Parameters.Clear();
        AddParameters(command, parameters);
        return command;
    }

    internal static void Return(SqliteConnection connection, SqliteCommand command)
    {
        if (Kept.TryGetValue(connection, out var statements)
            && statements.TryGetValue(command.CommandText, out var kept)
            && ReferenceEquals(kept, command))
        {
            // Kept prepared for the next use; the connection's close finalizes it.
            command.Transaction = null;
            return;
        }

        command.Dispose();
    }
}
