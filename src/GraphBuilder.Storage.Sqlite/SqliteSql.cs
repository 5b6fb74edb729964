using System.Globalization;
using Microsoft.Data.Sqlite;

namespace GraphBuilder.Storage.Sqlite;

/// <summary>
/// Builds and runs the store's parameterised statements.
/// </summary>
internal static class SqliteSql
{
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
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    public static async Task ExecuteAsync(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        string sql,
        CancellationToken cancellationToken,
        params (string Name, object Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

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
        using var command = Command(connection, transaction, sql, parameters);
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(read(reader));
            }
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
        using var command = Command(connection, transaction, sql);
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
}
