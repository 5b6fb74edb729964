using System.Buffers;
using System.Buffers.Binary;
using GraphBuilder.Bolt.Messaging;
using GraphBuilder.Bolt.PackStream;

namespace GraphBuilder.Bolt.Connections;

/// <summary>
/// Encodes messages and frames them in chunks (message.adoc §Chunking): a 2-byte big-endian size, at most
/// 65,535 bytes of data, and a message end marker 0x0000. Messages accumulate until <see cref="FlushAsync"/>,
/// so requests are pipelined.
/// </summary>
internal sealed class ChunkWriter
{
    /// <summary>The largest chunk body: the size header is an unsigned 16-bit value.</summary>
    public const int MaxChunkSize = ushort.MaxValue;

    private const int ShrinkThreshold = 4 * 1024 * 1024;

    private ArrayBufferWriter<byte> _message = new(4096);
    private ArrayBufferWriter<byte> _output = new(8192);

    /// <summary>Gets or sets a value indicating whether DateTime values use the UTC structures.</summary>
    public bool UtcDateTime { get; set; } = true;

    /// <summary>Gets the framed bytes waiting to be flushed.</summary>
    public ReadOnlyMemory<byte> Pending => _output.WrittenMemory;

    /// <summary>Frames one encoded message into chunks.</summary>
    /// <param name="message">The message bytes.</param>
    /// <param name="output">The destination.</param>
    public static void Frame(ReadOnlySpan<byte> message, IBufferWriter<byte> output)
    {
        while (!message.IsEmpty)
        {
            var size = Math.Min(message.Length, MaxChunkSize);
            var span = output.GetSpan(size + 2);
            BinaryPrimitives.WriteUInt16BigEndian(span, (ushort)size);
            message[..size].CopyTo(span[2..]);
            output.Advance(size + 2);
            message = message[size..];
        }

        // Message end marker 0x0000.
        var end = output.GetSpan(2);
        end[0] = 0;
        end[1] = 0;
        output.Advance(2);
    }

    /// <summary>Encodes and frames a message; it is sent by the next flush.</summary>
    /// <param name="message">The message.</param>
    public void Write(IRequestMessage message)
    {
        _message.ResetWrittenCount();
        message.Encode(new PackStreamWriter(_message, UtcDateTime));
        Frame(_message.WrittenSpan, _output);
    }

    /// <summary>Writes the pending bytes to the stream.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="cancellationToken">A token to cancel the write.</param>
    /// <returns>A task that completes when the bytes are written.</returns>
    public async ValueTask FlushAsync(Stream stream, CancellationToken cancellationToken)
    {
        if (_output.WrittenCount == 0)
        {
            return;
        }

        await stream.WriteAsync(_output.WrittenMemory, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        Clear();
    }

    /// <summary>Drops pending bytes and gives back memory after a very large message.</summary>
    public void Clear()
    {
        if (_output.Capacity > ShrinkThreshold)
        {
            _output = new ArrayBufferWriter<byte>(8192);
            _message = new ArrayBufferWriter<byte>(4096);
        }
        else
        {
            _output.ResetWrittenCount();
        }
    }
}
