using System.Text;

namespace GraphBuilder.Nlp.Training.FineTuning;

/// <summary>Writes protobuf fields (what writing an ONNX model needs).</summary>
internal static class ProtoWriter
{
    public static void WriteVarint(Stream stream, ulong value)
    {
        while (value >= 0x80)
        {
            stream.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        stream.WriteByte((byte)value);
    }

    /// <summary>Writes a length-delimited field.</summary>
    public static void WriteBytes(Stream stream, int field, ReadOnlySpan<byte> payload)
    {
        WriteVarint(stream, ((ulong)field << 3) | ProtoReader.WireLength);
        WriteVarint(stream, (ulong)payload.Length);
        stream.Write(payload);
    }

    /// <summary>Writes a string field.</summary>
    public static void WriteString(Stream stream, int field, string value) => WriteBytes(stream, field, Encoding.UTF8.GetBytes(value));

    /// <summary>Writes a varint field.</summary>
    public static void WriteInteger(Stream stream, int field, long value)
    {
        WriteVarint(stream, ((ulong)field << 3) | ProtoReader.WireVarint);
        WriteVarint(stream, (ulong)value);
    }

    /// <summary>Writes a 32-bit float field.</summary>
    public static void WriteFloat(Stream stream, int field, float value)
    {
        WriteVarint(stream, ((ulong)field << 3) | ProtoReader.Wire32);
        Span<byte> bytes = stackalloc byte[4];
        BitConverter.TryWriteBytes(bytes, value);
        stream.Write(bytes);
    }

    /// <summary>Writes a nested message built by <paramref name="write"/>.</summary>
    public static void WriteMessage(Stream stream, int field, Action<Stream> write)
    {
        using var inner = new MemoryStream();
        write(inner);
        WriteBytes(stream, field, inner.GetBuffer().AsSpan(0, (int)inner.Length));
    }
}
