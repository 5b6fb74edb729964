using System.Runtime.InteropServices;

namespace GraphBuilder.Nlp.Training.FineTuning;

/// <summary>
/// Writes new values into the float initializers of an ONNX model, by their names in the graph, keeping every other
/// byte of the model (nodes, shapes, other initializers) as it was.
/// </summary>
internal static class OnnxWeightWriter
{
    /// <summary>Returns the model with the given initializers' values replaced (each as raw little-endian floats).</summary>
    /// <exception cref="InvalidDataException">The model is malformed, or a value count does not match its initializer.</exception>
    public static byte[] Replace(ReadOnlySpan<byte> model, IReadOnlyDictionary<string, float[]> values)
    {
        var graphField = ProtoReader.Fields(model).FirstOrDefault(f => f.Field == 7 && f.Wire == ProtoReader.WireLength);
        if (graphField.Length == 0)
        {
            throw new InvalidDataException("The ONNX model has no graph.");
        }

        var graph = model.Slice(graphField.Start, graphField.Length);
        using var newGraph = new MemoryStream(graph.Length);
        var replaced = 0;
        var entry = 0;
        foreach (var (field, wire, start, length, _) in ProtoReader.Fields(graph))
        {
            var end = start + length;
            var raw = graph[entry..end];
            entry = end;
            if (field == 5 && wire == ProtoReader.WireLength && ProtoReader.Strings(graph.Slice(start, length), 8).FirstOrDefault() is { } name
                && values.TryGetValue(name, out var replacement))
            {
                ProtoWriter.WriteBytes(newGraph, 5, Tensor(graph.Slice(start, length), name, replacement));
                replaced++;
                continue;
            }

            newGraph.Write(raw);
        }

        if (replaced != values.Count)
        {
            throw new InvalidDataException($"Only {replaced} of the {values.Count} initializers to replace are in the ONNX graph.");
        }

        using var result = new MemoryStream(model.Length);
        entry = 0;
        foreach (var (field, wire, start, length, _) in ProtoReader.Fields(model))
        {
            var end = start + length;
            if (field == 7 && wire == ProtoReader.WireLength)
            {
                ProtoWriter.WriteBytes(result, 7, newGraph.GetBuffer().AsSpan(0, (int)newGraph.Length));
            }
            else
            {
                result.Write(model[entry..end]);
            }

            entry = end;
        }

        return result.ToArray();
    }

    /// <summary>The TensorProto with its float payload replaced by <paramref name="values"/> as raw_data (field 9).</summary>
    private static byte[] Tensor(ReadOnlySpan<byte> tensor, string name, float[] values)
    {
        using var stream = new MemoryStream();
        var entry = 0;
        var count = 1L;
        foreach (var (field, wire, start, length, _) in ProtoReader.Fields(tensor))
        {
            var end = start + length;
            if (field is not (4 or 9))
            {
                stream.Write(tensor[entry..end]);
            }

            entry = end;
        }

        foreach (var d in ProtoReader.Integers(tensor, 1))
        {
            count *= d;
        }

        if (count != values.Length)
        {
            throw new InvalidDataException($"The initializer {name} holds {count} values, not {values.Length}.");
        }

        ProtoWriter.WriteBytes(stream, 9, MemoryMarshal.AsBytes(values.AsSpan()));
        return stream.ToArray();
    }
}
