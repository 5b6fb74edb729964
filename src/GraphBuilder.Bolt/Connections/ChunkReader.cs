using System.Buffers.Binary;

namespace GraphBuilder.Bolt.Connections;

/// <summary>
/// Reads chunked messages from a stream (message.adoc §Chunking) and joins their chunks. A zero-size chunk
/// between messages is a NOOP keep-alive (4.1+) and is skipped.
/// </summary>
/// <param name="stream">The stream.</param>
internal sealed class ChunkReader(Stream stream)
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private byte[] _message = new byte[8 * 1024];
    private int _start;
    private int _end;

    /// <summary>Reads the next message; the memory is valid until the next call.</summary>
    /// <param name="cancellationToken">A token to cancel the read.</param>
    /// <returns>The message bytes.</returns>
    /// <exception cref="EndOfStreamException">The server closed the connection.</exception>
    public async ValueTask<ReadOnlyMemory<byte>> ReadMessageAsync(CancellationToken cancellationToken)
    {
        var length = 0;
        while (true)
        {
            await EnsureAsync(2, cancellationToken).ConfigureAwait(false);
            var size = BinaryPrimitives.ReadUInt16BigEndian(_buffer.AsSpan(_start, 2));
            _start += 2;
            if (size == 0)
            {
                if (length == 0)
                {
                    // NOOP chunk 0x0000 between messages.
                    continue;
                }

                // Message end marker 0x0000.
                return _message.AsMemory(0, length);
            }

            if (_message.Length < length + size)
            {
                Array.Resize(ref _message, Math.Max(_message.Length * 2, length + size));
            }

            var remaining = (int)size;
            while (remaining > 0)
            {
                if (_start == _end)
                {
                    await FillAsync(cancellationToken).ConfigureAwait(false);
                }

                var count = Math.Min(remaining, _end - _start);
                _buffer.AsSpan(_start, count).CopyTo(_message.AsSpan(length));
                _start += count;
                length += count;
                remaining -= count;
            }
        }
    }

    private async ValueTask EnsureAsync(int count, CancellationToken cancellationToken)
    {
        while (_end - _start < count)
        {
            if (_start > 0)
            {
                _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
                _end -= _start;
                _start = 0;
            }

            var read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                throw new EndOfStreamException("The server closed the connection.");
            }

            _end += read;
        }
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        _start = 0;
        _end = 0;
        var read = await stream.ReadAsync(_buffer, cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            throw new EndOfStreamException("The server closed the connection.");
        }

        _end = read;
    }
}
