using System.Collections.Frozen;

namespace GraphBuilder.Bolt.Retry;

/// <summary>
/// The one place that decides how a server code maps to an exception and whether an error is retried
/// (reference §4.5: transient errors, service unavailable and session expired are retried, except the transient
/// codes the drivers reclassify as client errors).
/// </summary>
internal static class ErrorClassification
{
    /// <summary>The prefix of codes the server considers safe to retry.</summary>
    public const string TransientPrefix = "Neo.TransientError.";

    /// <summary>Retryable although a client error: the credentials must be refreshed, then the work can run again.</summary>
    public const string AuthorizationExpired = "Neo.ClientError.Security.AuthorizationExpired";

    /// <summary>The server has lost its leadership; a routing driver forgets the writer and retries.</summary>
    public const string NotALeader = "Neo.ClientError.Cluster.NotALeader";

    /// <summary>The database is read-only on this member; a routing driver forgets the writer and retries.</summary>
    public const string ForbiddenOnReadOnlyDatabase = "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase";

    /// <summary>An unavailable database; the member is forgotten as reader and writer.</summary>
    public const string DatabaseUnavailable = "Neo.TransientError.General.DatabaseUnavailable";

    private const string SecurityPrefix = "Neo.ClientError.Security.";

    /// <summary>
    /// Transient codes that mean "the user or an administrator ended the transaction": the drivers rewrite them as
    /// client errors so they are not retried (reference §4.5).
    /// </summary>
    private static readonly FrozenDictionary<string, string> Reclassified = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Neo.TransientError.Transaction.Terminated"] = "Neo.ClientError.Transaction.Terminated",
        ["Neo.TransientError.Transaction.LockClientStopped"] = "Neo.ClientError.Transaction.LockClientStopped",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Rewrites the transient codes the drivers treat as client errors; other codes are returned unchanged.</summary>
    /// <param name="code">The server's code.</param>
    /// <returns>The code the client reports.</returns>
    public static string NormalizeCode(string code) => Reclassified.GetValueOrDefault(code, code);

    /// <summary>Creates the exception for a server FAILURE.</summary>
    /// <param name="code">The server's code (already normalised or not).</param>
    /// <param name="message">The server's message.</param>
    /// <returns>A <see cref="BoltAuthenticationException"/> for security failures, otherwise a <see cref="BoltServerException"/>.</returns>
    public static BoltServerException CreateServerException(string code, string message)
    {
        var normalized = NormalizeCode(code);
        return normalized.StartsWith(SecurityPrefix, StringComparison.Ordinal) && normalized != AuthorizationExpired
            ? new BoltAuthenticationException(normalized, message)
            : new BoltServerException(normalized, message);
    }

    /// <summary>Decides whether a managed transaction that failed with <paramref name="exception"/> runs again.</summary>
    /// <param name="exception">The failure.</param>
    /// <returns><see langword="true"/> when the work is retried.</returns>
    public static bool IsRetryable(Exception exception) => exception switch
    {
        BoltAuthenticationException => false,
        BoltServerException server => IsRetryableCode(server.Code),
        BoltConnectionException => true,
        _ => false,
    };

    /// <summary>Decides whether a server code is retryable.</summary>
    /// <param name="code">The (normalised) code.</param>
    /// <returns><see langword="true"/> for transient errors and an expired authorization.</returns>
    public static bool IsRetryableCode(string code) =>
        (code.StartsWith(TransientPrefix, StringComparison.Ordinal) && !Reclassified.ContainsKey(code))
        || code == AuthorizationExpired;

    /// <summary>Decides whether a code means the server can no longer accept writes.</summary>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> for NotALeader and ForbiddenOnReadOnlyDatabase.</returns>
    public static bool IsFailureToWrite(string code) => code is NotALeader or ForbiddenOnReadOnlyDatabase;

    /// <summary>Decides whether a code means the server is unavailable for the database.</summary>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> for DatabaseUnavailable.</returns>
    public static bool IsAvailabilityError(string code) => code == DatabaseUnavailable;
}
