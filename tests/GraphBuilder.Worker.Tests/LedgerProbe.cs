using System.Globalization;

namespace GraphBuilder.Worker.Tests;

/// <summary>
/// Reads ledger counts straight from a store file beside a running worker (WAL lets a reader in).
/// </summary>
internal sealed class LedgerProbe(string path)
{
    public int Count(string status)
    {
        if (!File.Exists(path))
        {
            return 0;
        }

        try
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM ledger WHERE status = $status";
            command.Parameters.AddWithValue("$status", status);
            return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            // The schema is not there yet.
            return 0;
        }
    }

    /// <summary>Whether a worker's log line reports one article ingested (the runner's per-article line).</summary>
    public static bool IngestedLine(string line) => line.Contains("] Ingested ", StringComparison.Ordinal);
}
