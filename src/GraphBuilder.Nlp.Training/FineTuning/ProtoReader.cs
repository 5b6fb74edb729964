using System.Text;

namespace GraphBuilder.Nlp.Training.FineTuning;

/// <summary>The fields of a protobuf message, read without a schema (what reading an ONNX model needs).</summary>
internal static class ProtoReader
{
    public const int WireVarint = 0;
    public const int Wire64 = 1;
    public const int WireLength = 2;
    public const int Wire32 = 5;

    /// <summary>Lists the fields of a message: number, wire type, payload offset and length, and a varint's value.</summary>
    /// <exception cref="InvalidDataException">The message is malformed.</exception>
    public static List<(int Field, int Wire, int Start, int Length, ulong Value)> Fields(ReadOnlySpan<byte> message)
    {
        var fields = new List<(int, int, int, int, ulong)>();
        var i = 0;
        while (i < message.Length)
        {
            var tag = Varint(message, ref i);
            var field = (int)(tag >> 3);
            var wire = (int)(tag & 7);
            switch (wire)
            {
                case WireVarint:
                    var start = i;
                    var value = Varint(message, ref i);
                    fields.Add((field, wire, start, i - start, value));
                    break;
                case Wire64:
                    fields.Add((field, wire, i, 8, 0));
                    i += 8;
                    break;
                case WireLength:
                    var size = Varint(message, ref i);
                    if (size > (ulong)(message.Length - i))
                    {
                        throw new InvalidDataException("The protobuf message is truncated.");
                    }

                    fields.Add((field, wire, i, (int)size, 0));
                    i += (int)size;
                    break;
                case Wire32:
                    fields.Add((field, wire, i, 4, 0));
                    i += 4;
                    break;
                default:
                    throw new InvalidDataException($"Unsupported protobuf wire type {wire}.");
            }

            if (i > message.Length)
            {
                throw new InvalidDataException("The protobuf message is truncated.");
            }
        }

        return fields;
    }

    /// <summary>Gets the strings of a repeated string field.</summary>
    public static string[] Strings(ReadOnlySpan<byte> message, int number)
    {
        var result = new List<string>();
        foreach (var (field, wire, start, length, _) in Fields(message))
        {
            if (field == number && wire == WireLength)
            {
                result.Add(Encoding.UTF8.GetString(message.Slice(start, length)));
            }
        }

        return [.. result];
    }

    /// <summary>Gets the values of a repeated integer field, packed or not.</summary>
    public static long[] Integers(ReadOnlySpan<byte> message, int number)
    {
        var result = new List<long>();
        foreach (var (field, wire, start, length, value) in Fields(message))
        {
            if (field != number)
            {
                continue;
            }

            if (wire == WireVarint)
            {
                result.Add((long)value);
            }
            else if (wire == WireLength)
            {
                var packed = message.Slice(start, length);
                var i = 0;
                while (i < packed.Length)
                {
                    result.Add((long)Varint(packed, ref i));
                }
            }
        }

        return [.. result];
    }

    public static ulong Varint(ReadOnlySpan<byte> data, ref int i)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (i >= data.Length)
            {
                throw new InvalidDataException("The protobuf message is truncated.");
            }

            var b = data[i++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException("A protobuf varint is too long.");
    }
}
