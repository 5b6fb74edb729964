namespace GraphBuilder.Hosting.CommandLine;

/// <summary>
/// Writes the command line's one-line errors and names its exit codes.
/// </summary>
public static class CliErrors
{
    /// <summary>The exit code of a command that did what it was asked.</summary>
    public const int Ok = 0;

    /// <summary>The exit code of a command that failed.</summary>
    public const int Failed = 1;

    /// <summary>The exit code of a command given bad input: a missing file, an unknown option, a missing store.</summary>
    public const int BadInput = 2;

    /// <summary>The exit code of an ingestion that completed but could not read some of its inputs.</summary>
    public const int CompletedWithFailures = 3;

    /// <summary>Writes <c>error: message</c> on standard error.</summary>
    /// <param name="message">The one-line message.</param>
    /// <param name="exitCode">The exit code to return.</param>
    /// <returns><paramref name="exitCode"/>.</returns>
    public static int Report(string message, int exitCode = Failed)
    {
        Console.Error.WriteLine("error: " + SecretRedaction.Redact(message, CliHost.Configuration()));
        return exitCode;
    }

    /// <summary>Reports a usage error (an unknown verb or option, a missing or bad argument) in at most three lines.</summary>
    /// <param name="errors">The parser's messages; the first two are shown, each on one line.</param>
    /// <param name="verb">The verb whose help to point at, if any.</param>
    /// <returns><see cref="BadInput"/>.</returns>
    public static int Usage(IEnumerable<string> errors, string? verb)
    {
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var error in errors.Take(2))
        {
            Console.Error.WriteLine("error: " + string.Join(' ', error.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)));
        }

        Console.Error.WriteLine(verb is null ? "Run 'graphbuilder --help' for usage." : $"Run 'graphbuilder {verb} --help' for usage.");
        return BadInput;
    }

    /// <summary>Describes a store that cannot be used (missing folder, damaged, locked, read-only) in one line.</summary>
    /// <param name="exception">The database's exception; its error code is SQLite's result code.</param>
    /// <returns>The message.</returns>
    public static string DescribeStoreFailure(System.Data.Common.DbException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var detail = exception.Message.ReplaceLineEndings(" ");

        // SQLite's primary result codes (the low byte of an extended code); other providers fall through to the message.
        var code = exception is Microsoft.Data.Sqlite.SqliteException sqlite ? sqlite.SqliteErrorCode & 0xFF : -1;
        return code switch
        {
            5 or 6 => $"the store is locked by another process and stayed locked for GraphBuilder:Store:BusyTimeout ({detail})",
            8 => $"the store is read-only: give a writable file with --store or GraphBuilder:Store:Path ({detail})",
            10 or 13 => $"the store cannot be written: the disk failed or is full ({detail})",
            11 or 26 => $"the store is damaged (not a readable SQLite database); restore it from a backup or start a new one ({detail})",
            14 => $"the store cannot be opened: its folder is missing or not writable ({detail})",
            _ => $"the store failed: {detail}",
        };
    }

    /// <summary>Reports a store file that does not exist.</summary>
    /// <param name="path">The store's path.</param>
    /// <returns><see cref="BadInput"/>.</returns>
    public static int MissingStore(string path) =>
        Report($"the store '{path}' does not exist; run 'graphbuilder ingest <paths>' first or pass --store", BadInput);

    /// <summary>Gets the store a command works on: the full path of the embedded file, or the PostgreSQL server.</summary>
    /// <param name="store">The <c>--store</c> value, if given.</param>
    /// <param name="configuration">The configuration, whose <c>GraphBuilder:Store:Path</c> applies otherwise.</param>
    /// <returns>The full path, or <c>PostgreSQL host:port/database</c> (never the credentials).</returns>
    public static string StorePath(string? store, Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (StoreProviderServiceCollectionExtensions.UsesPostgres(configuration))
        {
            return PostgresServer(configuration);
        }

        return Path.GetFullPath(store ?? configuration[CliHost.StorePathKey] ?? "graphbuilder.db");
    }

    /// <summary>Gets whether the store a command works on exists: a PostgreSQL store is created at start-up.</summary>
    /// <param name="storePath">What <see cref="StorePath"/> gave.</param>
    /// <param name="configuration">The configuration.</param>
    /// <returns><see langword="true"/> when the command can read the store.</returns>
    public static bool StoreExists(string storePath, Microsoft.Extensions.Configuration.IConfiguration configuration) =>
        StoreProviderServiceCollectionExtensions.UsesPostgres(configuration) || File.Exists(storePath);

    private static string PostgresServer(Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        try
        {
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(configuration["GraphBuilder:Store:ConnectionString"] ?? string.Empty);
            return $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}";
        }
        catch (ArgumentException)
        {
            // Start-up validation names the bad setting; here the store is only being described.
            return "PostgreSQL (GraphBuilder:Store:ConnectionString)";
        }
    }
}
