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
        Console.Error.WriteLine("error: " + message);
        return exitCode;
    }

    /// <summary>Reports a store file that does not exist.</summary>
    /// <param name="path">The store's path.</param>
    /// <returns><see cref="BadInput"/>.</returns>
    public static int MissingStore(string path) =>
        Report($"the store '{path}' does not exist; run 'graphbuilder ingest <paths>' first or pass --store", BadInput);

    /// <summary>Gets the full path of the store a command works on.</summary>
    /// <param name="store">The <c>--store</c> value, if given.</param>
    /// <param name="configuration">The configuration, whose <c>GraphBuilder:Store:Path</c> applies otherwise.</param>
    /// <returns>The full path.</returns>
    public static string StorePath(string? store, Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return Path.GetFullPath(store ?? configuration[CliHost.StorePathKey] ?? "graphbuilder.db");
    }
}
