namespace GraphBuilder.Bolt.Protocol;

/// <summary>
/// The VarInt of the manifest handshake (handshake.adoc §VarInt): 7 bits per byte, least significant group first,
/// the top bit of each byte set when more bytes follow.
/// </summary>
internal static class VarInt
{
    /// <summary>The most bytes a 64-bit VarInt can take.</summary>
    public const int MaxLength = 10;

    /// <summary>Encodes a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The encoded bytes.</returns>
    public static byte[] Encode(ulong value)
    {
        var bytes = new List<byte>(2);
        do
        {
            var group = (byte)(value & 0x7F);
            value >>= 7;
            bytes.Add(value == 0 ? group : (byte)(group | 0x80));
        }
        while (value != 0);

        return [.. bytes];
    }

    /// <summary>Decodes a value from the start of a span.</summary>
    /// <param name="bytes">The encoded bytes.</param>
    /// <param name="consumed">The number of bytes read.</param>
    /// <returns>The value.</returns>
    /// <exception cref="BoltProtocolException">The VarInt is truncated or too long.</exception>
    public static ulong Decode(ReadOnlySpan<byte> bytes, out int consumed)
    {
        ulong value = 0;
        for (var i = 0; i < bytes.Length && i < MaxLength; i++)
        {
            value |= (ulong)(bytes[i] & 0x7F) << (7 * i);
            if ((bytes[i] & 0x80) == 0)
            {
                consumed = i + 1;
                return value;
            }
        }

        throw new BoltProtocolException("Truncated or oversized VarInt in the manifest handshake.");
    }

    /// <summary>Reads a value from a stream one byte at a time.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="cancellationToken">A token to cancel the read.</param>
    /// <returns>The value.</returns>
    /// <exception cref="BoltProtocolException">The VarInt is too long.</exception>
    public static async ValueTask<ulong> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        ulong value = 0;
        var one = new byte[1];
        for (var i = 0; i < MaxLength; i++)
        {
            await stream.ReadExactlyAsync(one, cancellationToken).ConfigureAwait(false);
            value |= (ulong)(one[0] & 0x7F) << (7 * i);
            if ((one[0] & 0x80) == 0)
            {
                return value;
            }
        }

        throw new BoltProtocolException("Oversized VarInt in the manifest handshake.");
    }
}
