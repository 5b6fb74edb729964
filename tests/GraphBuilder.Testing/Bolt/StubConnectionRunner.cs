using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using GraphBuilder.Bolt.Connections;
using GraphBuilder.Bolt.PackStream;
using GraphBuilder.Bolt.Protocol;

namespace GraphBuilder.Testing.Bolt;

/// <summary>Plays one script on one accepted connection.</summary>
internal sealed class StubConnectionRunner
{
    private const uint Magic = 0x6060B017;
    private const uint ManifestV1 = 0x000001FF;

    private readonly StubScript _script;
    private readonly Stream _stream;
    private readonly ChunkReader _reader;
    private readonly string _label;
    private StubClientMessage? _peeked;
    private bool _clientClosed;
    private int _connectionCounter;

    public StubConnectionRunner(StubScript script, Stream stream, string label)
    {
        _script = script;
        _stream = stream;
        _reader = new ChunkReader(stream);
        _label = label;
    }

    /// <summary>Runs the handshake and the body; returns normally when the script was played to its end.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await HandshakeAsync(cancellationToken);
            await ExecuteAsync(_script.Body, cancellationToken);
            if (_peeked is { } unexpected)
            {
                throw Fail($"the script ended but the client sent '{unexpected}'");
            }
        }
        catch (StubExitException)
        {
            // S: <EXIT> closes the connection on purpose.
        }
    }

    private async Task HandshakeAsync(CancellationToken cancellationToken)
    {
        var preamble = new byte[20];
        await _stream.ReadExactlyAsync(preamble, cancellationToken);
        if (BinaryPrimitives.ReadUInt32BigEndian(preamble) != Magic)
        {
            throw Fail($"handshake: expected magic 6060B017 but got {Convert.ToHexString(preamble.AsSpan(0, 4))}");
        }

        var proposals = Enumerable.Range(0, 4).Select(i => BinaryPrimitives.ReadUInt32BigEndian(preamble.AsSpan(4 + (4 * i)))).ToArray();
        var offered = string.Join(" ", proposals.Select(p => p.ToString("X8", CultureInfo.InvariantCulture)));
        var header = _script.Header;
        if (header.HandshakeOverride is { } forced)
        {
            await _stream.WriteAsync(forced, cancellationToken);
            await _stream.FlushAsync(cancellationToken);
            if (header.HandshakeResponse is { } expectedResponse)
            {
                var response = new byte[expectedResponse.Length];
                await _stream.ReadExactlyAsync(response, cancellationToken);
                if (!response.AsSpan().SequenceEqual(expectedResponse))
                {
                    throw Fail($"handshake: expected the client to answer {Convert.ToHexString(expectedResponse)} but got {Convert.ToHexString(response)}");
                }
            }

            if (_script.Body.Count == 0)
            {
                throw new StubExitException();
            }

            return;
        }

        var version = _script.Version;
        var manifestAllowed = (header.HandshakeManifest ?? 1) == 1 && version >= new BoltVersion(5, 7);
        if (manifestAllowed && proposals.Contains(ManifestV1))
        {
            // Manifest v1: 00 00 01 FF, VarInt count, entries, VarInt capabilities (handshake.adoc §5.7).
            var reply = new List<byte> { 0, 0, 1, 0xFF };
            reply.AddRange(VarInt.Encode(1));
            reply.AddRange([0, 0, (byte)version.Minor, (byte)version.Major]);
            reply.AddRange(VarInt.Encode(0));
            await _stream.WriteAsync(reply.ToArray(), cancellationToken);
            await _stream.FlushAsync(cancellationToken);
            var chosen = new byte[4];
            await _stream.ReadExactlyAsync(chosen, cancellationToken);
            var capabilities = await VarInt.ReadAsync(_stream, cancellationToken);
            var chosenVersion = BoltVersion.FromHandshakeEntry(BinaryPrimitives.ReadUInt32BigEndian(chosen));
            if (chosenVersion != version || capabilities != 0)
            {
                throw Fail($"manifest handshake: the client chose {Convert.ToHexString(chosen)} with capabilities {capabilities}, expected {version} and 0");
            }

            return;
        }

        foreach (var proposal in proposals)
        {
            if (proposal == ManifestV1 || proposal == 0)
            {
                continue;
            }

            var top = BoltVersion.FromHandshakeEntry(proposal);
            var range = BoltVersion.RangeOf(proposal);
            if (top.Major == version.Major && version.Minor <= top.Minor && version.Minor >= top.Minor - range)
            {
                await _stream.WriteAsync(new byte[] { 0, 0, (byte)version.Minor, (byte)version.Major }, cancellationToken);
                await _stream.FlushAsync(cancellationToken);
                return;
            }
        }

        await _stream.WriteAsync(new byte[4], cancellationToken);
        await _stream.FlushAsync(cancellationToken);
        throw Fail($"handshake: no matching version; the script speaks {version} but the client offered {offered}");
    }

    private async Task ExecuteAsync(IReadOnlyList<StubItem> items, CancellationToken cancellationToken)
    {
        foreach (var item in items)
        {
            switch (item)
            {
                case StubMessageLine { Kind: StubLineKind.Server } server:
                    await SendAsync(server, cancellationToken);
                    break;
                case StubMessageLine { Kind: StubLineKind.Client } client:
                    var message = await NextForAsync(m => StubMatcher.Matches(client, m), cancellationToken);
                    if (message is null)
                    {
                        throw Fail($"line {client.LineNumber}: expected 'C: {client.Text}' but the client closed the connection");
                    }

                    if (!StubMatcher.Matches(client, message))
                    {
                        throw Fail($"line {client.LineNumber}: expected 'C: {client.Text}' but the client sent '{message}'");
                    }

                    break;
                case StubMessageLine auto:
                    await RunAutoAsync(auto, cancellationToken);
                    break;
                case StubBlock block:
                    await RunBlockAsync(block, cancellationToken);
                    break;
                default:
                    throw new InvalidOperationException($"Unknown script item {item}.");
            }
        }
    }

    private async Task RunAutoAsync(StubMessageLine auto, CancellationToken cancellationToken)
    {
        var count = 0;
        while (true)
        {
            var peeked = await PeekForAsync(m => StubMatcher.Matches(auto, m), cancellationToken);
            var matches = peeked is not null && StubMatcher.Matches(auto, peeked);
            if (!matches)
            {
                if (count == 0 && auto.Kind is StubLineKind.AutoOnce or StubLineKind.AutoOneOrMore)
                {
                    throw Fail($"line {auto.LineNumber}: expected '{auto.Text}' but the client sent '{peeked?.ToString() ?? "nothing (closed)"}'");
                }

                return;
            }

            _peeked = null;
            await SendAutoReplyAsync(auto.Name, cancellationToken);
            count++;
            if (auto.Kind is StubLineKind.AutoOnce or StubLineKind.AutoOptional)
            {
                return;
            }
        }
    }

    private async Task RunBlockAsync(StubBlock block, CancellationToken cancellationToken)
    {
        switch (block.Kind)
        {
            case StubBlockKind.Optional:
                if (await CanStartAsync(block.Branches[0], cancellationToken))
                {
                    await ExecuteAsync(block.Branches[0], cancellationToken);
                }

                break;
            case StubBlockKind.ZeroOrMore:
            case StubBlockKind.OneOrMore:
                if (block.Kind == StubBlockKind.OneOrMore)
                {
                    await ExecuteAsync(block.Branches[0], cancellationToken);
                }

                while (await CanStartAsync(block.Branches[0], cancellationToken))
                {
                    await ExecuteAsync(block.Branches[0], cancellationToken);
                }

                break;
            default:
                foreach (var branch in block.Branches)
                {
                    if (await CanStartAsync(branch, cancellationToken))
                    {
                        await ExecuteAsync(branch, cancellationToken);
                        return;
                    }
                }

                throw Fail($"line {block.LineNumber}: no alternative accepts the client's '{_peeked?.ToString() ?? "nothing (closed)"}'");
        }
    }

    private async Task<bool> CanStartAsync(IReadOnlyList<StubItem> items, CancellationToken cancellationToken)
    {
        var message = await PeekForAsync(m => Starts(items, m), cancellationToken);
        return message is not null && Starts(items, message);
    }

    private static bool Starts(IReadOnlyList<StubItem> items, StubClientMessage message)
    {
        foreach (var item in items)
        {
            switch (item)
            {
                case StubMessageLine { Kind: StubLineKind.Server }:
                    return false;
                case StubMessageLine line when StubMatcher.Matches(line, message):
                    return true;
                case StubMessageLine { Kind: StubLineKind.AutoOptional or StubLineKind.AutoZeroOrMore }:
                    continue;
                case StubMessageLine:
                    return false;
                case StubBlock block when block.Branches.Any(b => Starts(b, message)):
                    return true;
                case StubBlock { Kind: StubBlockKind.Optional or StubBlockKind.ZeroOrMore }:
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }

    private async Task<StubClientMessage?> NextForAsync(Func<StubClientMessage, bool> wanted, CancellationToken cancellationToken)
    {
        var message = await PeekForAsync(wanted, cancellationToken);
        _peeked = null;
        return message;
    }

    /// <summary>Peeks at the next client message, answering "!: AUTO" messages the caller does not want.</summary>
    private async Task<StubClientMessage?> PeekForAsync(Func<StubClientMessage, bool> wanted, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_peeked is null && !_clientClosed)
            {
                _peeked = await ReadClientMessageAsync(cancellationToken);
            }

            if (_peeked is { } message && !wanted(message) && _script.Header.AutoMessages.Contains(message.Name))
            {
                _peeked = null;
                await SendAutoReplyAsync(message.Name, cancellationToken);
                continue;
            }

            return _peeked;
        }
    }

    private async Task<StubClientMessage?> ReadClientMessageAsync(CancellationToken cancellationToken)
    {
        ReadOnlyMemory<byte> bytes;
        try
        {
            bytes = await _reader.ReadMessageAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            _clientClosed = true;
            return null;
        }

        return Decode(bytes.Span);
    }

    private StubClientMessage Decode(ReadOnlySpan<byte> bytes)
    {
        var reader = new PackStreamReader(bytes, _script.Version.Major >= 5);
        var (count, signature) = reader.ReadStructureHeader();
        var fields = new object?[count];
        for (var i = 0; i < count; i++)
        {
            fields[i] = reader.ReadValue();
        }

        return new StubClientMessage(StubMessages.ClientNameOf(signature), fields);
    }

    private async Task SendAutoReplyAsync(string name, CancellationToken cancellationToken)
    {
        if (name == "GOODBYE")
        {
            throw new StubExitException();
        }

        var metadata = name == "HELLO"
            ? new Dictionary<string, object?>
            {
                ["server"] = "Neo4j/5.26.0",
                ["connection_id"] = "bolt-" + Interlocked.Increment(ref _connectionCounter).ToString(CultureInfo.InvariantCulture),
            }
            : new Dictionary<string, object?>();
        await WriteMessageAsync(StubMessages.SignatureOf("SUCCESS"), [metadata], cancellationToken);
    }

    private async Task SendAsync(StubMessageLine line, CancellationToken cancellationToken)
    {
        switch (line.Name)
        {
            case "<EXIT>":
                throw new StubExitException();
            case "<NOOP>":
                await _stream.WriteAsync(new byte[2], cancellationToken);
                await _stream.FlushAsync(cancellationToken);
                return;
            case "<RAW>":
                await _stream.WriteAsync(Convert.FromHexString(((string)line.Fields[0]!).Replace(" ", string.Empty, StringComparison.Ordinal)), cancellationToken);
                await _stream.FlushAsync(cancellationToken);
                return;
            case "<SLEEP>":
                await Task.Delay(TimeSpan.FromSeconds(double.Parse((string)line.Fields[0]!, CultureInfo.InvariantCulture)), cancellationToken);
                return;
            case var control when control.StartsWith('<'):
                throw Fail($"line {line.LineNumber}: unsupported control {control}");
            default:
                await WriteMessageAsync(StubMessages.SignatureOf(line.Name), line.Fields, cancellationToken);
                return;
        }
    }

    private async Task WriteMessageAsync(byte signature, IReadOnlyList<object?> fields, CancellationToken cancellationToken)
    {
        var body = new ArrayBufferWriter<byte>();
        var writer = new PackStreamWriter(body, _script.Version.Major >= 5);
        writer.WriteStructureHeader(fields.Count, signature);
        foreach (var field in fields)
        {
            writer.WriteValue(field);
        }

        var framed = new ArrayBufferWriter<byte>();
        ChunkWriter.Frame(body.WrittenSpan, framed);
        await _stream.WriteAsync(framed.WrittenMemory, cancellationToken);
        await _stream.FlushAsync(cancellationToken);
    }

    private StubScriptException Fail(string message) => new($"{_script.Name} ({_label}): {message}");
}
