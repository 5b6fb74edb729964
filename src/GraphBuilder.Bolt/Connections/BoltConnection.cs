using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using GraphBuilder.Bolt.Messaging;
using GraphBuilder.Bolt.Messaging.Requests;
using GraphBuilder.Bolt.Messaging.Responses;
using GraphBuilder.Bolt.Protocol;
using Microsoft.Extensions.Logging;

namespace GraphBuilder.Bolt.Connections;

/// <summary>
/// One authenticated Bolt connection: a stream with chunked framing, the negotiated protocol and the client's view
/// of the server state. Requests are queued with <see cref="Enqueue"/> and sent together by <see cref="FlushAsync"/>;
/// responses are read in order. A connection that fails at the transport level is marked defunct and never reused.
/// </summary>
internal sealed class BoltConnection : IAsyncDisposable
{
    private readonly Stream _stream;
    private readonly Socket _socket;
    private readonly ChunkWriter _writer = new();
    private readonly ChunkReader _reader;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private TimeSpan? _readTimeout;
    private CancellationTokenSource? _readTimer;
    private bool _utcDateTime;
    private int _pending;
    private bool _disposed;

    private BoltConnection(
        ServerAddress address,
        Socket socket,
        Stream stream,
        BoltVersion version,
        TimeSpan? readTimeout,
        TimeProvider timeProvider,
        ILogger logger)
    {
        Address = address;
        _socket = socket;
        _stream = stream;
        _reader = new ChunkReader(stream);
        Protocol = BoltProtocol.For(version);
        _readTimeout = readTimeout;
        _timeProvider = timeProvider;
        _logger = logger;
        _utcDateTime = Protocol.UtcDateTimeByDefault;
        _writer.UtcDateTime = _utcDateTime;
        CreatedTimestamp = timeProvider.GetTimestamp();
    }

    /// <summary>Gets the server address.</summary>
    public ServerAddress Address { get; }

    /// <summary>Gets the negotiated protocol behaviour.</summary>
    public BoltProtocol Protocol { get; }

    /// <summary>Gets the server agent from HELLO SUCCESS, for example "Neo4j/5.26.0".</summary>
    public string? ServerAgent { get; private set; }

    /// <summary>Gets the connection id from HELLO SUCCESS.</summary>
    public string? ConnectionId { get; private set; }

    /// <summary>Gets a value indicating whether the server asked for TELEMETRY ("telemetry.enabled" hint).</summary>
    public bool TelemetryEnabled { get; private set; }

    /// <summary>Gets the client's view of the server state.</summary>
    public ServerState State { get; private set; } = ServerState.Ready;

    /// <summary>Gets a value indicating whether the connection can no longer be used.</summary>
    public bool IsDefunct => State == ServerState.Defunct;

    /// <summary>
    /// Gets a value indicating whether an idle connection still looks usable: not defunct, and the server has not
    /// closed its end (a readable socket with no data means end of stream).
    /// </summary>
    public bool IsAlive
    {
        get
        {
            if (State == ServerState.Defunct)
            {
                return false;
            }

            try
            {
                return !(_socket.Poll(0, SelectMode.SelectRead) && _socket.Available == 0);
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
            {
                return false;
            }
        }
    }

    /// <summary>Gets the number of requests sent whose summary has not been read yet.</summary>
    public int PendingResponses => _pending;

    /// <summary>Gets the <see cref="TimeProvider"/> timestamp of creation.</summary>
    public long CreatedTimestamp { get; }

    /// <summary>Gets or sets the pool that owns the connection.</summary>
    public ConnectionPool? Pool { get; set; }

    /// <summary>Gets or sets a hook that maps errors of this connection, used by routing to forget servers.</summary>
    public Func<BoltConnection, BoltException, BoltException>? ErrorMapper { get; set; }

    /// <summary>Opens, encrypts, negotiates and authenticates a connection.</summary>
    /// <param name="address">The server.</param>
    /// <param name="settings">The connection settings.</param>
    /// <param name="timeProvider">The time provider.</param>
    /// <param name="logger">The logger.</param>
    /// <param name="cancellationToken">A token to cancel the attempt.</param>
    /// <returns>The ready connection.</returns>
    /// <exception cref="BoltConnectionException">The server cannot be reached in time.</exception>
    /// <exception cref="BoltProtocolException">No version was agreed, the port speaks HTTP, or TLS failed.</exception>
    /// <exception cref="BoltAuthenticationException">The credentials were rejected.</exception>
    public static async Task<BoltConnection> OpenAsync(
        ServerAddress address,
        ConnectionSettings settings,
        TimeProvider timeProvider,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(settings.ConnectionTimeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        Stream? stream = null;
        try
        {
            await socket.ConnectAsync(address.Host, address.Port, linked.Token).ConfigureAwait(false);
            stream = new NetworkStream(socket, ownsSocket: true);
            if (settings.Tls != TlsMode.None)
            {
                var ssl = new SslStream(stream, leaveInnerStreamOpen: false);
                stream = ssl;
                var options = new SslClientAuthenticationOptions { TargetHost = address.Host };
                if (settings.Tls == TlsMode.TrustAll)
                {
                    // +ssc schemes: accept any presented certificate, self-signed included.
                    options.RemoteCertificateValidationCallback = static (_, certificate, _, _) => certificate is not null;
                }

                try
                {
                    await ssl.AuthenticateAsClientAsync(options, linked.Token).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is IOException or AuthenticationException)
                {
                    // A plain Bolt server reads the ClientHello as a bad handshake and hangs up: say which side is wrong.
                    throw new BoltProtocolException(
                        $"The TLS handshake with {address} failed ({ex.Message}); if the server does not use TLS, use a bolt:// or neo4j:// URI "
                        + "without +s or +ssc.",
                        ex);
                }
            }

            var version = await Handshake.PerformAsync(stream, settings.Tls != TlsMode.None, linked.Token).ConfigureAwait(false);
            var connection = new BoltConnection(address, socket, stream, version, settings.ReadTimeout, timeProvider, logger);
            stream = null;
            try
            {
                await connection.AuthenticateAsync(settings.Hello, linked.Token).ConfigureAwait(false);
            }
            catch
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                throw;
            }

            Log.ConnectionOpened(logger, address, version, connection.ServerAgent, connection.ConnectionId);
            return connection;
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new BoltConnectionException($"Connecting to {address} timed out after {settings.ConnectionTimeout}.", ex);
        }
        catch (AuthenticationException ex)
        {
            throw new BoltProtocolException($"The TLS handshake with {address} failed: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is SocketException or IOException)
        {
            throw new BoltConnectionException($"Failed to connect to the server at {address}: {ex.Message}", ex);
        }
        finally
        {
            if (stream is not null)
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }
            else if (!socket.Connected)
            {
                socket.Dispose();
            }
        }
    }

    /// <summary>Queues a request; it is sent by the next <see cref="FlushAsync"/>.</summary>
    /// <param name="message">The request.</param>
    public void Enqueue(IRequestMessage message)
    {
        ThrowIfDefunct();
        _writer.Write(message);
        _pending++;
        if (State == ServerState.Ready && message is RunMessage or BeginMessage)
        {
            State = ServerState.Busy;
        }
    }

    /// <summary>Sends the queued requests.</summary>
    /// <param name="cancellationToken">A token to cancel the write; cancelling makes the connection defunct.</param>
    /// <returns>A task that completes when the bytes are written.</returns>
    /// <exception cref="BoltConnectionException">The connection was lost.</exception>
    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        ThrowIfDefunct();
        try
        {
            await _writer.FlushAsync(_stream, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            MarkDefunct(null);
            throw;
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException)
        {
            throw Fail(new BoltConnectionException($"The connection to {Address} was lost while sending.", ex));
        }
    }

    /// <summary>Reads the next response.</summary>
    /// <param name="cancellationToken">A token to cancel the read; cancelling makes the connection defunct.</param>
    /// <returns>The response.</returns>
    /// <exception cref="BoltConnectionException">The connection was lost or a read timed out.</exception>
    public async ValueTask<IResponseMessage> ReceiveAsync(CancellationToken cancellationToken)
    {
        ThrowIfDefunct();
        ReadOnlyMemory<byte> bytes;
        CancellationTokenSource? linked = null;
        try
        {
            var token = cancellationToken;
            if (_readTimeout is { } readTimeout)
            {
                // One reusable timer per connection: this runs for every RECORD.
                if (_readTimer is null || !_readTimer.TryReset())
                {
                    _readTimer?.Dispose();
                    _readTimer = new CancellationTokenSource(Timeout.InfiniteTimeSpan, _timeProvider);
                }

                _readTimer.CancelAfter(readTimeout);
                if (cancellationToken.CanBeCanceled)
                {
                    linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _readTimer.Token);
                    token = linked.Token;
                }
                else
                {
                    token = _readTimer.Token;
                }
            }

            bytes = await _reader.ReadMessageAsync(token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (_readTimer is { IsCancellationRequested: true } && !cancellationToken.IsCancellationRequested)
        {
            throw Fail(new BoltConnectionException($"No response from {Address} within {_readTimeout}.", ex));
        }
        catch (OperationCanceledException)
        {
            MarkDefunct(null);
            throw;
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException)
        {
            throw Fail(new BoltConnectionException($"The connection to {Address} was lost.", ex));
        }
        finally
        {
            linked?.Dispose();
            _readTimer?.CancelAfter(Timeout.InfiniteTimeSpan);
        }

        IResponseMessage message;
        try
        {
            message = ResponseDecoder.Decode(bytes.Span, _utcDateTime);
        }
        catch (BoltProtocolException ex)
        {
            MarkDefunct(ex);
            throw;
        }

        if (message.IsSummary)
        {
            _pending--;
        }

        if (message is FailureMessage)
        {
            State = ServerState.Failed;
        }

        return message;
    }

    /// <summary>Reads the next response and requires SUCCESS.</summary>
    /// <param name="cancellationToken">A token to cancel the read.</param>
    /// <returns>The SUCCESS message.</returns>
    /// <exception cref="BoltServerException">The server answered FAILURE.</exception>
    /// <exception cref="BoltProtocolException">The server answered something else.</exception>
    public async ValueTask<SuccessMessage> ReceiveSuccessAsync(CancellationToken cancellationToken)
    {
        var message = await ReceiveAsync(cancellationToken).ConfigureAwait(false);
        return message switch
        {
            SuccessMessage success => success,
            FailureMessage failure => throw ToException(failure),
            IgnoredMessage => throw new BoltProtocolException("The server ignored a request although no failure was reported before it."),
            _ => throw Fail(new BoltProtocolException("The server sent a RECORD where a summary was expected.")),
        };
    }

    /// <summary>Maps a FAILURE to its exception, through the routing hook when one is set.</summary>
    /// <param name="failure">The failure.</param>
    /// <returns>The exception to throw.</returns>
    public BoltException ToException(FailureMessage failure)
    {
        var exception = BoltProtocol.CreateException(failure);
        return ErrorMapper?.Invoke(this, exception) ?? exception;
    }

    /// <summary>
    /// Returns the server to READY: sends RESET, reads (and drops) every outstanding response, IGNORED included,
    /// and requires SUCCESS for the RESET. A failed RESET makes the connection defunct.
    /// </summary>
    /// <param name="cancellationToken">A token to cancel the reset.</param>
    /// <returns>A task that completes when the server is READY.</returns>
    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        Enqueue(ResetMessage.Instance);
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        IResponseMessage last;
        do
        {
            last = await ReceiveAsync(cancellationToken).ConfigureAwait(false);
        }
        while (_pending > 0);

        if (last is not SuccessMessage)
        {
            throw Fail(new BoltProtocolException($"The server at {Address} did not accept RESET."));
        }

        State = ServerState.Ready;
    }

    /// <summary>Records that a transaction or stream has ended and the server is READY.</summary>
    public void MarkReady()
    {
        if (State == ServerState.Busy && _pending == 0)
        {
            State = ServerState.Ready;
        }
    }

    /// <summary>Marks the connection as unusable.</summary>
    /// <param name="exception">The cause, logged when given.</param>
    public void MarkDefunct(Exception? exception)
    {
        if (State != ServerState.Defunct && exception is not null)
        {
            Log.ConnectionBroken(_logger, Address, exception);
        }

        State = ServerState.Defunct;
    }

    /// <summary>Sends GOODBYE when the connection is healthy, then closes it.</summary>
    /// <returns>A task that completes when the connection is closed.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (State != ServerState.Defunct)
        {
            try
            {
                _writer.Clear();
                _writer.Write(GoodbyeMessage.Instance);
                await _writer.FlushAsync(_stream, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException)
            {
                // The server may already have closed its end; GOODBYE is a courtesy.
            }
        }

        State = ServerState.Defunct;
        _readTimer?.Dispose();
        await _stream.DisposeAsync().ConfigureAwait(false);
        Log.ConnectionClosed(_logger, Address);
    }

    private async Task AuthenticateAsync(HelloSettings hello, CancellationToken cancellationToken)
    {
        var messages = Protocol.CreateAuthentication(hello);
        foreach (var message in messages)
        {
            Enqueue(message);
        }

        await FlushAsync(cancellationToken).ConfigureAwait(false);
        var helloSuccess = await ReceiveSuccessAsync(cancellationToken).ConfigureAwait(false);
        ServerAgent = helloSuccess.GetString("server");
        ConnectionId = helloSuccess.GetString("connection_id");
        _utcDateTime = Protocol.UsesUtcDateTime(helloSuccess);
        _writer.UtcDateTime = _utcDateTime;
        ApplyHints(helloSuccess);
        for (var i = 1; i < messages.Count; i++)
        {
            await ReceiveSuccessAsync(cancellationToken).ConfigureAwait(false);
        }

        State = ServerState.Ready;
    }

    private void ApplyHints(SuccessMessage helloSuccess)
    {
        if (!helloSuccess.Metadata.TryGetValue("hints", out var value) || value is not IReadOnlyDictionary<string, object?> hints)
        {
            return;
        }

        TelemetryEnabled = hints.TryGetValue("telemetry.enabled", out var telemetry) && telemetry is true;
        if (_readTimeout is null && hints.TryGetValue("connection.recv_timeout_seconds", out var seconds) && seconds is long s and > 0)
        {
            _readTimeout = TimeSpan.FromSeconds(s);
        }
    }

    private BoltException Fail(BoltException exception)
    {
        MarkDefunct(exception);
        return ErrorMapper?.Invoke(this, exception) ?? exception;
    }

    private void ThrowIfDefunct()
    {
        if (State == ServerState.Defunct)
        {
            throw new BoltConnectionException($"The connection to {Address} is closed.");
        }
    }
}
