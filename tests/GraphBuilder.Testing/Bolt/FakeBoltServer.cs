using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using GraphBuilder.Bolt.Protocol;

namespace GraphBuilder.Testing.Bolt;

/// <summary>
/// A transactional fake Neo4j on 127.0.0.1 that speaks real Bolt 5 through the client's own framing and PackStream
/// code. Unlike <see cref="BoltStubServer"/> it follows no script: it answers HELLO, LOGON, BEGIN, RUN, PULL, DISCARD,
/// COMMIT, ROLLBACK, RESET, ROUTE, TELEMETRY and GOODBYE as a server would, keeps each transaction's statements pending
/// and appends them to <see cref="Committed"/> only when COMMIT succeeds. It never evaluates Cypher; tests rebuild
/// what a database would hold from the committed statements and their parameters. <see cref="FakeBoltFaults"/> makes
/// it fail COMMITs, drop a connection in the middle of a transaction or refuse connections.
/// </summary>
public sealed class FakeBoltServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly FakeBoltFaults _faults;
    private readonly string? _user;
    private readonly string? _password;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentBag<Task> _connections = [];
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly List<FakeBoltTransaction> _committed = [];
    private readonly Lock _gate = new();
    private readonly Task _acceptLoop;
    private int _connectionCount;
    private int _commitAttempts;
    private int _failedCommits;
    private int _transactionalRuns;
    private int _droppedConnections;
    private int _rolledBack;
    private int _openTransactions;

    private FakeBoltServer(TcpListener listener, FakeBoltFaults faults, string? user, string? password, BoltVersion version)
    {
        _listener = listener;
        _faults = faults;
        _user = user;
        _password = password;
        Version = version;
        _acceptLoop = AcceptLoopAsync();
    }

    /// <summary>Gets the port the server listens on.</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Gets "127.0.0.1:port".</summary>
    public string Address => string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{Port}");

    /// <summary>Gets "bolt://127.0.0.1:port".</summary>
    public string BoltUri => "bolt://" + Address;

    /// <summary>Gets "neo4j://127.0.0.1:port"; ROUTE names this server as router, reader and writer.</summary>
    public string Neo4jUri => "neo4j://" + Address;

    /// <summary>Gets the Bolt version the server agrees to.</summary>
    internal BoltVersion Version { get; }

    /// <summary>Gets the committed transactions, in commit order, auto-commit RUNs included.</summary>
    public IReadOnlyList<FakeBoltTransaction> Committed
    {
        get
        {
            lock (_gate)
            {
                return [.. _committed];
            }
        }
    }

    /// <summary>Gets the committed explicit transactions (BEGIN … COMMIT), in commit order.</summary>
    public IReadOnlyList<FakeBoltTransaction> CommittedTransactions => [.. Committed.Where(t => !t.AutoCommit)];

    /// <summary>Gets how many connections were accepted, refused ones included.</summary>
    public int ConnectionCount => Volatile.Read(ref _connectionCount);

    /// <summary>Gets how many COMMITs were received.</summary>
    public int CommitAttempts => Volatile.Read(ref _commitAttempts);

    /// <summary>Gets how many COMMITs were failed on purpose.</summary>
    public int FailedCommits => Volatile.Read(ref _failedCommits);

    /// <summary>Gets how many connections were dropped on purpose.</summary>
    public int DroppedConnections => Volatile.Read(ref _droppedConnections);

    /// <summary>Gets how many explicit transactions ended without a commit (ROLLBACK, RESET, failed COMMIT or lost connection).</summary>
    public int RolledBackTransactions => Volatile.Read(ref _rolledBack);

    /// <summary>Gets how many explicit transactions are open on live connections: their statements are pending, not committed.</summary>
    public int OpenTransactions => Volatile.Read(ref _openTransactions);

    /// <summary>
    /// Gets or sets a value indicating whether the server closes every connection as soon as it is accepted, as a
    /// database that is down would; set it back to <see langword="false"/> to bring the server up again.
    /// </summary>
    public bool Refusing { get; set; }

    /// <summary>Gets the protocol errors seen: messages no server would accept where the client sent them.</summary>
    public IReadOnlyList<string> Errors => [.. _errors];

    /// <summary>Starts a server on a free loopback port.</summary>
    /// <param name="faults">The faults to inject, or <see langword="null"/> for none.</param>
    /// <param name="user">The user LOGON must present, or <see langword="null"/> to accept any credentials.</param>
    /// <param name="password">The password LOGON must present with <paramref name="user"/>.</param>
    /// <returns>The running server.</returns>
    public static FakeBoltServer Start(FakeBoltFaults? faults = null, string? user = null, string? password = null)
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return new FakeBoltServer(listener, faults ?? new FakeBoltFaults(), user, password, new BoltVersion(5, 4));
    }

    /// <summary>Stops listening and closes open connections.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _acceptLoop;
            await Task.WhenAll(_connections);
        }
        catch (OperationCanceledException)
        {
        }

        _listener.Dispose();
        _stop.Dispose();
    }

    internal bool Accepts(string? user, string? password) =>
        _user is null || (string.Equals(user, _user, StringComparison.Ordinal) && string.Equals(password, _password, StringComparison.Ordinal));

    internal void ProtocolError(string message) => _errors.Enqueue(message);

    internal IReadOnlyDictionary<string, object?> RoutingTable()
    {
        IReadOnlyList<object?> addresses = [Address];
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["ttl"] = 300L,
            ["db"] = "neo4j",
            ["servers"] = new List<object?>
            {
                new Dictionary<string, object?> { ["addresses"] = addresses, ["role"] = "WRITE" },
                new Dictionary<string, object?> { ["addresses"] = addresses, ["role"] = "READ" },
                new Dictionary<string, object?> { ["addresses"] = addresses, ["role"] = "ROUTE" },
            },
        };
    }

    internal void TransactionOpened() => Interlocked.Increment(ref _openTransactions);

    internal void TransactionClosed() => Interlocked.Decrement(ref _openTransactions);

    internal void RolledBack()
    {
        Interlocked.Decrement(ref _openTransactions);
        Interlocked.Increment(ref _rolledBack);
    }

    internal bool ShouldDropAtRun()
    {
        var run = Interlocked.Increment(ref _transactionalRuns);
        if (run != _faults.DropConnectionAtRun)
        {
            return false;
        }

        Interlocked.Increment(ref _droppedConnections);
        return true;
    }

    internal bool TryFailCommit(out string code)
    {
        code = _faults.CommitFailureCode;
        var attempt = Interlocked.Increment(ref _commitAttempts);
        if (attempt > _faults.FailCommits)
        {
            return false;
        }

        Interlocked.Increment(ref _failedCommits);
        return true;
    }

    internal string Commit(IReadOnlyList<FakeBoltStatement> statements, bool autoCommit)
    {
        lock (_gate)
        {
            var sequence = _committed.Count + 1;
            _committed.Add(new FakeBoltTransaction(sequence, autoCommit, [.. statements]));
            return string.Create(CultureInfo.InvariantCulture, $"fake:{sequence}");
        }
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var index = Interlocked.Increment(ref _connectionCount);
            if (index <= _faults.RefuseConnections || Refusing)
            {
                client.Dispose();
                continue;
            }

            _connections.Add(ServeAsync(client, index));
        }
    }

    private async Task ServeAsync(TcpClient client, int index)
    {
        using (client)
        {
            client.NoDelay = true;
            var stream = client.GetStream();
            await using (stream)
            {
                try
                {
                    await new FakeBoltConnection(this, stream, string.Create(CultureInfo.InvariantCulture, $"fake-{index}")).RunAsync(_stop.Token);
                }
                catch (Exception ex) when (ex is IOException or OperationCanceledException or SocketException or ObjectDisposedException)
                {
                    // The client went away or the server is stopping; a real server just closes the socket.
                }
                catch (GraphBuilder.Bolt.BoltProtocolException ex)
                {
                    _errors.Enqueue($"fake-{index}: {ex.Message}");
                }
            }
        }
    }
}
