using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using GraphBuilder.Bolt.Connections;
using GraphBuilder.Bolt.Messaging;
using GraphBuilder.Bolt.PackStream;
using GraphBuilder.Bolt.Protocol;

namespace GraphBuilder.Testing.Bolt;

/// <summary>
/// Serves one accepted connection of a <see cref="FakeBoltServer"/>: the version handshake, then the server state
/// machine of the Bolt specification (after a FAILURE everything but RESET and GOODBYE is IGNORED), keeping the open
/// transaction's statements until COMMIT hands them to the server's log.
/// </summary>
internal sealed class FakeBoltConnection
{
    private const uint Magic = 0x6060B017;
    private const uint ManifestV1 = 0x000001FF;

    private readonly FakeBoltServer _server;
    private readonly Stream _stream;
    private readonly ChunkReader _reader;
    private readonly string _id;
    private List<FakeBoltStatement>? _transaction;
    private FakeBoltStatement? _autoCommit;
    private bool _failed;
    private int _queries;

    public FakeBoltConnection(FakeBoltServer server, Stream stream, string id)
    {
        _server = server;
        _stream = stream;
        _reader = new ChunkReader(stream);
        _id = id;
    }

    /// <summary>Serves the connection until the client says GOODBYE or closes it, or a fault drops it.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (!await HandshakeAsync(cancellationToken))
            {
                return;
            }

            while (true)
            {
                ReadOnlyMemory<byte> bytes;
                try
                {
                    bytes = await _reader.ReadMessageAsync(cancellationToken);
                }
                catch (Exception ex) when (ex is IOException or ObjectDisposedException)
                {
                    return;
                }

                var (signature, fields) = Decode(bytes.Span);
                if (!await HandleAsync(signature, fields, cancellationToken))
                {
                    return;
                }
            }
        }
        finally
        {
            // A connection that ends with a transaction open loses it, as a real server rolls it back.
            if (_transaction is not null)
            {
                _server.RolledBack();
            }
        }
    }

    private static (byte Signature, object?[] Fields) Decode(ReadOnlySpan<byte> bytes)
    {
        var reader = new PackStreamReader(bytes, utcDateTime: true);
        var (count, signature) = reader.ReadStructureHeader();
        var fields = new object?[count];
        for (var i = 0; i < count; i++)
        {
            fields[i] = reader.ReadValue();
        }

        return (signature, fields);
    }

    private static IReadOnlyDictionary<string, object?> MapAt(object?[] fields, int index) =>
        index < fields.Length && fields[index] is IReadOnlyDictionary<string, object?> map ? map : new Dictionary<string, object?>();

    private async Task<bool> HandshakeAsync(CancellationToken cancellationToken)
    {
        var preamble = new byte[20];
        try
        {
            await _stream.ReadExactlyAsync(preamble, cancellationToken);
        }
        catch (EndOfStreamException)
        {
            return false;
        }

        if (BinaryPrimitives.ReadUInt32BigEndian(preamble) != Magic)
        {
            _server.ProtocolError($"{_id}: the client did not send the Bolt magic");
            return false;
        }

        var version = _server.Version;
        for (var i = 1; i <= 4; i++)
        {
            var proposal = BinaryPrimitives.ReadUInt32BigEndian(preamble.AsSpan(4 * i));
            if (proposal is ManifestV1 or 0)
            {
                continue;
            }

            var top = BoltVersion.FromHandshakeEntry(proposal);
            if (top.Major == version.Major && version.Minor <= top.Minor && version.Minor >= top.Minor - BoltVersion.RangeOf(proposal))
            {
                await _stream.WriteAsync(new byte[] { 0, 0, (byte)version.Minor, (byte)version.Major }, cancellationToken);
                await _stream.FlushAsync(cancellationToken);
                return true;
            }
        }

        await _stream.WriteAsync(new byte[4], cancellationToken);
        await _stream.FlushAsync(cancellationToken);
        _server.ProtocolError($"{_id}: the client offered no version covering {version}");
        return false;
    }

    /// <summary>Answers one request; returns <see langword="false"/> when the connection is to be closed.</summary>
    private async Task<bool> HandleAsync(byte signature, object?[] fields, CancellationToken cancellationToken)
    {
        if (signature == MessageSignature.Goodbye)
        {
            return false;
        }

        if (signature == MessageSignature.Reset)
        {
            EndTransaction(committed: false);
            _autoCommit = null;
            _failed = false;
            await SuccessAsync(cancellationToken);
            return true;
        }

        if (_failed)
        {
            await WriteAsync(MessageSignature.Ignored, [], cancellationToken);
            return true;
        }

        switch (signature)
        {
            case MessageSignature.Hello:
                await SuccessAsync(
                    cancellationToken,
                    ("server", "Neo4j/5.26.0"),
                    ("connection_id", _id),
                    ("hints", new Dictionary<string, object?>()));
                return true;
            case MessageSignature.Logon:
                var auth = MapAt(fields, 0);
                if (!_server.Accepts(auth.GetValueOrDefault("principal") as string, auth.GetValueOrDefault("credentials") as string))
                {
                    await FailAsync("Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure.", cancellationToken);
                    return true;
                }

                await SuccessAsync(cancellationToken);
                return true;
            case MessageSignature.Logoff or MessageSignature.Telemetry:
                await SuccessAsync(cancellationToken);
                return true;
            case MessageSignature.Route:
                await SuccessAsync(cancellationToken, ("rt", _server.RoutingTable()));
                return true;
            case MessageSignature.Begin:
                if (_transaction is not null || _autoCommit is not null)
                {
                    await FailAsync("Neo.ClientError.Request.Invalid", "BEGIN while a transaction or result is open.", cancellationToken);
                    return true;
                }

                _transaction = [];
                _server.TransactionOpened();
                await SuccessAsync(cancellationToken);
                return true;
            case MessageSignature.Run:
                return await RunAsync(fields, cancellationToken);
            case MessageSignature.Pull or MessageSignature.Discard:
                if (_autoCommit is { } statement)
                {
                    _autoCommit = null;
                    var bookmark = _server.Commit([statement], autoCommit: true);
                    await SuccessAsync(cancellationToken, ("type", "w"), ("bookmark", bookmark), ("db", "neo4j"));
                    return true;
                }

                await SuccessAsync(cancellationToken, ("type", "w"), ("has_more", false), ("db", "neo4j"));
                return true;
            case MessageSignature.Commit:
                return await CommitAsync(cancellationToken);
            case MessageSignature.Rollback:
                EndTransaction(committed: false);
                await SuccessAsync(cancellationToken);
                return true;
            default:
                _server.ProtocolError($"{_id}: unknown message 0x{signature:X2}");
                await FailAsync("Neo.ClientError.Request.Invalid", $"Unknown message 0x{signature:X2}.", cancellationToken);
                return true;
        }
    }

    private async Task<bool> RunAsync(object?[] fields, CancellationToken cancellationToken)
    {
        var statement = new FakeBoltStatement(fields.Length > 0 ? fields[0] as string ?? string.Empty : string.Empty, MapAt(fields, 1));
        if (_transaction is { } open)
        {
            if (_server.ShouldDropAtRun())
            {
                // The fault: the socket closes with the transaction open and this RUN unanswered.
                return false;
            }

            open.Add(statement);
            await SuccessAsync(cancellationToken, ("fields", Array.Empty<object?>()), ("t_first", 0L), ("qid", (long)_queries++));
            return true;
        }

        if (_autoCommit is not null)
        {
            await FailAsync("Neo.ClientError.Request.Invalid", "RUN while an auto-commit result is open.", cancellationToken);
            return true;
        }

        _autoCommit = statement;
        await SuccessAsync(cancellationToken, ("fields", Array.Empty<object?>()), ("t_first", 0L));
        return true;
    }

    private async Task<bool> CommitAsync(CancellationToken cancellationToken)
    {
        if (_transaction is not { } open)
        {
            await FailAsync("Neo.ClientError.Request.Invalid", "COMMIT without a transaction.", cancellationToken);
            return true;
        }

        if (_server.TryFailCommit(out var code))
        {
            EndTransaction(committed: false);
            await FailAsync(code, "Simulated failure of COMMIT; the transaction was rolled back.", cancellationToken);
            return true;
        }

        var bookmark = _server.Commit(open, autoCommit: false);
        EndTransaction(committed: true);
        await SuccessAsync(cancellationToken, ("bookmark", bookmark), ("db", "neo4j"));
        return true;
    }

    private void EndTransaction(bool committed)
    {
        if (_transaction is null)
        {
            return;
        }

        _transaction = null;
        _queries = 0;
        if (committed)
        {
            _server.TransactionClosed();
        }
        else
        {
            _server.RolledBack();
        }
    }

    private Task SuccessAsync(CancellationToken cancellationToken, params (string Key, object? Value)[] metadata) =>
        WriteAsync(MessageSignature.Success, [metadata.ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal)], cancellationToken);

    private Task FailAsync(string code, string message, CancellationToken cancellationToken)
    {
        _failed = true;
        return WriteAsync(
            MessageSignature.Failure,
            [new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code, ["message"] = message }],
            cancellationToken);
    }

    private async Task WriteAsync(byte signature, object?[] fields, CancellationToken cancellationToken)
    {
        var body = new ArrayBufferWriter<byte>();
        var writer = new PackStreamWriter(body, utcDateTime: true);
        writer.WriteStructureHeader(fields.Length, signature);
        foreach (var field in fields)
        {
            writer.WriteValue(field);
        }

        var framed = new ArrayBufferWriter<byte>();
        ChunkWriter.Frame(body.WrittenSpan, framed);
        await _stream.WriteAsync(framed.WrittenMemory, cancellationToken);
        await _stream.FlushAsync(cancellationToken);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{_id}");
}
