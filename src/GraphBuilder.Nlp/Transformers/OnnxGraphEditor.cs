using System.Text;

namespace GraphBuilder.Nlp.Transformers;

/// <summary>
/// Rewrites a serialised ONNX model (protobuf) so that an intermediate tensor becomes the graph's only output and the
/// nodes and initializers it does not depend on are dropped. OnnxRuntime cannot add outputs itself; cutting the
/// graph also saves the cost of the layers after the one that is read.
/// </summary>
/// <remarks>
/// Only the fields needed are interpreted (ModelProto.graph = 7; GraphProto.node = 1, initializer = 5, input = 11,
/// output = 12, value_info = 13; NodeProto.input = 1, output = 2; TensorProto.name = 8; ValueInfoProto.name = 1);
/// every other field is copied byte for byte.
/// </remarks>
internal static class OnnxGraphEditor
{
    private const int WireVarint = 0;
    private const int Wire64 = 1;
    private const int WireLength = 2;
    private const int Wire32 = 5;

    /// <summary>Returns a model whose single output is <paramref name="tensor"/> (a float tensor).</summary>
    /// <exception cref="InvalidDataException">The model is malformed or no node produces the tensor.</exception>
    public static byte[] CutAt(ReadOnlySpan<byte> model, string tensor)
    {
        var graph = Field(model, 7) ?? throw new InvalidDataException("The ONNX model has no graph.");
        var g = model.Slice(graph.Start, graph.Length);
        var (keep, needed) = NeededNodes(g, tensor);
        var kept = KeptEntries(g, keep, needed);
        return Assemble(model, g, kept, OutputEntry(tensor));
    }

    /// <summary>
    /// Finds the nodes needed for the tensor, walking back from it over the producers of each node's inputs, and the
    /// names those nodes read or write.
    /// </summary>
    private static (bool[] Keep, HashSet<string> Needed) NeededNodes(ReadOnlySpan<byte> g, string tensor)
    {
        var nodes = new List<(Range Range, string[] Inputs, string[] Outputs)>();
        foreach (var (field, wire, start, length, _) in Fields(g))
        {
            if (field == 1 && wire == WireLength)
            {
                var node = g.Slice(start, length);
                nodes.Add((new Range(start, start + length), Strings(node, 1), Strings(node, 2)));
            }
        }

        var producer = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < nodes.Count; k++)
        {
            foreach (var output in nodes[k].Outputs)
            {
                producer[output] = k;
            }
        }

        if (!producer.ContainsKey(tensor))
        {
            throw new InvalidDataException($"No node of the ONNX graph produces '{tensor}'.");
        }

        var keep = new bool[nodes.Count];
        var needed = new HashSet<string>(StringComparer.Ordinal) { tensor };
        var pending = new Stack<string>();
        pending.Push(tensor);
        while (pending.TryPop(out var name))
        {
            if (producer.TryGetValue(name, out var k) && !keep[k])
            {
                keep[k] = true;
                foreach (var input in nodes[k].Inputs)
                {
                    if (input.Length > 0 && needed.Add(input))
                    {
                        pending.Push(input);
                    }
                }
            }
        }

        foreach (var (_, _, outputs) in nodes.Where((_, k) => keep[k]))
        {
            needed.UnionWith(outputs);
        }

        return (keep, needed);
    }

    /// <summary>The graph's entries to copy: the kept nodes, the initializers and value infos they use, no outputs.</summary>
    private static List<Range> KeptEntries(ReadOnlySpan<byte> g, bool[] keep, HashSet<string> needed)
    {
        var kept = new List<Range>();
        var nodeIndex = 0;
        foreach (var (field, wire, start, length, raw) in Fields(g))
        {
            var keepEntry = field switch
            {
                1 when wire == WireLength => keep[nodeIndex++],
                5 or 13 when wire == WireLength =>
                    Strings(g.Slice(start, length), field == 5 ? 8 : 1).FirstOrDefault() is not { } name || needed.Contains(name),
                12 => false,
                _ => true,
            };
            if (keepEntry)
            {
                kept.Add(raw);
            }
        }

        return kept;
    }

    /// <summary>The graph's new output entry: ValueInfoProto { name = tensor, type = TypeProto { tensor_type = { elem_type = FLOAT } } }.</summary>
    private static byte[] OutputEntry(string tensor)
    {
        using var info = new MemoryStream();
        WriteBytes(info, 1, Encoding.UTF8.GetBytes(tensor));
        WriteBytes(info, 2, [0x0A, 0x02, 0x08, 0x01]);
        using var outputInfo = new MemoryStream();
        WriteBytes(outputInfo, 12, info.ToArray());
        return outputInfo.ToArray();
    }

    /// <summary>
    /// Writes the model with its graph replaced by the kept entries and the new output, copied once into an array of the
    /// exact size (the model is ~90 MB: no growing buffers).
    /// </summary>
    private static byte[] Assemble(ReadOnlySpan<byte> model, ReadOnlySpan<byte> g, List<Range> kept, byte[] outputEntry)
    {
        var graphLength = outputEntry.Length;
        foreach (var raw in kept)
        {
            graphLength += g[raw].Length;
        }

        using var header = new MemoryStream();
        WriteVarint(header, (7 << 3) | WireLength);
        WriteVarint(header, (ulong)graphLength);
        var graphHeader = header.ToArray();
        var topLevel = new List<Range>();
        var topLength = 0;
        foreach (var (field, _, _, _, raw) in Fields(model))
        {
            if (field != 7)
            {
                topLevel.Add(raw);
                topLength += model[raw].Length;
            }
        }

        var result = new byte[topLength + graphHeader.Length + graphLength];
        var at = 0;
        foreach (var raw in topLevel)
        {
            model[raw].CopyTo(result.AsSpan(at));
            at += model[raw].Length;
        }

        graphHeader.CopyTo(result.AsSpan(at));
        at += graphHeader.Length;
        foreach (var raw in kept)
        {
            g[raw].CopyTo(result.AsSpan(at));
            at += g[raw].Length;
        }

        outputEntry.CopyTo(result.AsSpan(at));
        return result;
    }

    /// <summary>Names of the graph's outputs, for diagnostics and tests.</summary>
    public static IReadOnlyList<string> Outputs(ReadOnlySpan<byte> model)
    {
        var graph = Field(model, 7) ?? throw new InvalidDataException("The ONNX model has no graph.");
        var g = model.Slice(graph.Start, graph.Length);
        var names = new List<string>();
        foreach (var (field, wire, start, length, _) in Fields(g))
        {
            if (field == 12 && wire == WireLength)
            {
                names.AddRange(Strings(g.Slice(start, length), 1));
            }
        }

        return names;
    }

    private static (int Start, int Length)? Field(ReadOnlySpan<byte> message, int number)
    {
        foreach (var (field, wire, start, length, _) in Fields(message))
        {
            if (field == number && wire == WireLength)
            {
                return (start, length);
            }
        }

        return null;
    }

    private static string[] Strings(ReadOnlySpan<byte> message, int number)
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

    /// <summary>The fields of a message: number, wire type, payload offset and length, and the whole entry's range.</summary>
    private static List<(int Field, int Wire, int Start, int Length, Range Raw)> Fields(ReadOnlySpan<byte> message)
    {
        var fields = new List<(int, int, int, int, Range)>();
        var i = 0;
        while (i < message.Length)
        {
            var entry = i;
            var tag = ReadVarint(message, ref i);
            var field = (int)(tag >> 3);
            var wire = (int)(tag & 7);
            int start;
            int length;
            switch (wire)
            {
                case WireVarint:
                    start = i;
                    ReadVarint(message, ref i);
                    length = i - start;
                    break;
                case Wire64:
                    start = i;
                    length = 8;
                    i += 8;
                    break;
                case WireLength:
                    var size = ReadVarint(message, ref i);
                    if (size > (ulong)(message.Length - i))
                    {
                        throw new InvalidDataException("The ONNX model is truncated.");
                    }

                    start = i;
                    length = (int)size;
                    i += length;
                    break;
                case Wire32:
                    start = i;
                    length = 4;
                    i += 4;
                    break;
                default:
                    throw new InvalidDataException($"Unsupported protobuf wire type {wire}.");
            }

            if (i > message.Length)
            {
                throw new InvalidDataException("The ONNX model is truncated.");
            }

            fields.Add((field, wire, start, length, new Range(entry, i)));
        }

        return fields;
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> data, ref int i)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (i >= data.Length)
            {
                throw new InvalidDataException("The ONNX model is truncated.");
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

    private static void WriteVarint(Stream stream, ulong value)
    {
        while (value >= 0x80)
        {
            stream.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        stream.WriteByte((byte)value);
    }

    private static void WriteBytes(Stream stream, int field, ReadOnlySpan<byte> payload)
    {
        WriteVarint(stream, ((ulong)field << 3) | WireLength);
        WriteVarint(stream, (ulong)payload.Length);
        stream.Write(payload);
    }
}
