using Microsoft.Extensions.Configuration;

namespace GraphBuilder.Worker.Commands;

/// <summary>
/// How long a stop request (SIGTERM, Ctrl+C) may take for <c>run</c> and <c>ingest</c>: the run in progress stops
/// between articles or inside one, whose article is then left for the next run, and the command exits 0.
/// </summary>
internal static class WorkerShutdown
{
    /// <summary>The setting of the grace period.</summary>
    public const string TimeoutKey = "GraphBuilder:Worker:ShutdownTimeout";

    /// <summary>The grace period when none is set.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    // After the grace period the host is disposed; the command line forces an exit (143) only if even that hangs.
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(5);

    /// <summary>Reads the grace period.</summary>
    public static TimeSpan Timeout(IConfiguration configuration) => configuration.GetValue(TimeoutKey, DefaultTimeout);

    /// <summary>Whether a verb stops gracefully on a signal (the others are short and keep the command line's default).</summary>
    public static bool Applies(string verb) => verb is "run" or "ingest";

    /// <summary>How long after a signal the command line gives up waiting for the command and exits 143.</summary>
    public static TimeSpan ForcedExitAfter(IConfiguration configuration) => Timeout(configuration) + Margin;
}
