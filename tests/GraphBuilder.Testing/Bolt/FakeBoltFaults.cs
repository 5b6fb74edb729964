namespace GraphBuilder.Testing.Bolt;

/// <summary>
/// The faults a <see cref="FakeBoltServer"/> injects. Each fault fires a fixed number of times over the server's life,
/// whichever connection it lands on, so a client that retries eventually gets through.
/// </summary>
public sealed class FakeBoltFaults
{
    /// <summary>The deadlock code, a transient error every driver retries.</summary>
    public const string DeadlockDetected = "Neo.TransientError.Transaction.DeadlockDetected";

    /// <summary>Gets how many COMMITs, counted from the first, fail with <see cref="CommitFailureCode"/>; the transaction is rolled back.</summary>
    public int FailCommits { get; init; }

    /// <summary>Gets the code of the failed COMMITs.</summary>
    public string CommitFailureCode { get; init; } = DeadlockDetected;

    /// <summary>
    /// Gets the RUN, counted from 1 over RUNs inside explicit transactions, on receipt of which the server closes the
    /// TCP connection without answering (once); the open transaction is lost. <see langword="null"/> for never.
    /// </summary>
    public int? DropConnectionAtRun { get; init; }

    /// <summary>Gets how many connections, counted from the first, are closed as soon as they are accepted.</summary>
    public int RefuseConnections { get; init; }
}
