namespace GraphBuilder.Worker.Commands;

/// <summary>
/// Writes one-line errors and maps them to exit codes.
/// </summary>
internal static class CliErrors
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int BadInput = 2;
    public const int CompletedWithFailures = 3;

    public static int Report(string message, int exitCode = Failed)
    {
        Console.Error.WriteLine("error: " + message);
        return exitCode;
    }

    public static int MissingStore(string path) =>
        Report($"the store '{path}' does not exist; run 'graphbuilder ingest <paths>' first or pass --store", BadInput);

    public static string StorePath(string? store, Microsoft.Extensions.Configuration.IConfiguration configuration) =>
        Path.GetFullPath(store ?? configuration[CliHost.StorePathKey] ?? "graphbuilder.db");
}
