using System.Runtime.InteropServices;

namespace GraphBuilder.Nlp.Training.FineTuning;

/// <summary>
/// Rewrites a BERT ONNX graph (opset 13 or later) so that its large weights are stored as 8-bit integers: each
/// MatMul weight (inputs × outputs) with one scale per output column, fed to its MatMul through a
/// <c>DequantizeLinear</c> node (axis 1) that produces the original tensor name; and the word-embedding table with one
/// scale per row, looked up as <c>Gather(int8 table) → Cast → Mul(Gather(scales))</c> in place of its Gather. The
/// arithmetic stays single precision; only the stored weights are rounded (symmetric, zero point 0, −127..127).
/// </summary>
/// <remarks>
/// ONNX fields written: GraphProto.node = 1, initializer = 5; NodeProto.input = 1, output = 2, name = 3, op_type = 4,
/// attribute = 5; AttributeProto.name = 1, i = 3, type = 20 (2 = INT); TensorProto.dims = 1, data_type = 2 (1 = FLOAT,
/// 3 = INT8), name = 8, raw_data = 9.
/// </remarks>
internal static class OnnxEncoderQuantizer
{
    /// <summary>The name of the word-embedding table in the exported graph.</summary>
    public const string WordEmbeddings = "embeddings.word_embeddings.weight";

    /// <summary>Returns the graph with its MatMul weights and word embeddings stored as int8.</summary>
    /// <exception cref="InvalidDataException">The model is malformed.</exception>
    public static byte[] Quantize(ReadOnlySpan<byte> model)
    {
        var graphField = ProtoReader.Fields(model).FirstOrDefault(f => f.Field == 7 && f.Wire == ProtoReader.WireLength);
        if (graphField.Length == 0)
        {
            throw new InvalidDataException("The ONNX model has no graph.");
        }

        var graph = model.Slice(graphField.Start, graphField.Length);
        var fields = ProtoReader.Fields(graph);

        // The float initializers, and which of them are MatMul weights or the embedding table of a Gather.
        var initializers = new Dictionary<string, (float[] Values, long[] Shape)>(StringComparer.Ordinal);
        var matMulWeights = new HashSet<string>(StringComparer.Ordinal);
        (string Indices, string Output)? wordGather = null;
        foreach (var (field, wire, start, length, _) in fields)
        {
            if (wire != ProtoReader.WireLength)
            {
                continue;
            }

            var message = graph.Slice(start, length);
            if (field == 5 && ProtoReader.Integers(message, 2) is [1])
            {
                var name = ProtoReader.Strings(message, 8)[0];
                var shape = ProtoReader.Integers(message, 1);
                var raw = ProtoReader.Fields(message).First(f => f.Field == 9);
                initializers[name] = (MemoryMarshal.Cast<byte, float>(message.Slice(raw.Start, raw.Length)).ToArray(), shape);
            }
            else if (field == 1)
            {
                var op = ProtoReader.Strings(message, 4).FirstOrDefault();
                var inputs = ProtoReader.Strings(message, 1);
                if (op == "MatMul" && inputs.Length == 2)
                {
                    matMulWeights.Add(inputs[1]);
                }
                else if (op == "Gather" && inputs is [WordEmbeddings, var indices])
                {
                    wordGather = (indices, ProtoReader.Strings(message, 2)[0]);
                }
            }
        }

        matMulWeights.IntersectWith(initializers.Where(i => i.Value.Shape.Length == 2).Select(i => i.Key));
        using var newNodes = new MemoryStream();
        using var newInitializers = new MemoryStream();
        foreach (var name in matMulWeights.Order(StringComparer.Ordinal))
        {
            var (values, shape) = initializers[name];
            var (rows, columns) = ((int)shape[0], (int)shape[1]);
            var scales = new float[columns];
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < columns; c++)
                {
                    scales[c] = Math.Max(scales[c], Math.Abs(values[(r * columns) + c]));
                }
            }

            for (var c = 0; c < columns; c++)
            {
                scales[c] = scales[c] > 0 ? scales[c] / 127 : 1;
            }

            var quantized = new sbyte[values.Length];
            for (var k = 0; k < values.Length; k++)
            {
                quantized[k] = (sbyte)Math.Clamp(MathF.Round(values[k] / scales[k % columns]), -127, 127);
            }

            WriteTensor(newInitializers, name + "_quantized", 3, [rows, columns], MemoryMarshal.AsBytes(quantized.AsSpan()));
            WriteTensor(newInitializers, name + "_scale", 1, [columns], MemoryMarshal.AsBytes(scales.AsSpan()));
            WriteTensor(newInitializers, name + "_zero", 3, [columns], new byte[columns]);
            WriteNode(newNodes, "DequantizeLinear", name + "_dequantize", [name + "_quantized", name + "_scale", name + "_zero"], [name], ("axis", 1));
        }

        if (wordGather is { } gather && initializers.TryGetValue(WordEmbeddings, out var table))
        {
            var (rows, columns) = ((int)table.Shape[0], (int)table.Shape[1]);
            var scales = new float[rows];
            var quantized = new sbyte[table.Values.Length];
            for (var r = 0; r < rows; r++)
            {
                var row = table.Values.AsSpan(r * columns, columns);
                var max = 0f;
                foreach (var v in row)
                {
                    max = Math.Max(max, Math.Abs(v));
                }

                scales[r] = max > 0 ? max / 127 : 1;
                for (var c = 0; c < columns; c++)
                {
                    quantized[(r * columns) + c] = (sbyte)Math.Clamp(MathF.Round(row[c] / scales[r]), -127, 127);
                }
            }

            WriteTensor(newInitializers, WordEmbeddings + "_quantized", 3, [rows, columns], MemoryMarshal.AsBytes(quantized.AsSpan()));
            WriteTensor(newInitializers, WordEmbeddings + "_scale", 1, [rows, 1], MemoryMarshal.AsBytes(scales.AsSpan()));
            var output = gather.Output;
            WriteNode(newNodes, "Gather", output + "_gather_quantized", [WordEmbeddings + "_quantized", gather.Indices], [output + "_quantized"]);
            WriteNode(newNodes, "Cast", output + "_cast", [output + "_quantized"], [output + "_float"], ("to", 1));
            WriteNode(newNodes, "Gather", output + "_gather_scale", [WordEmbeddings + "_scale", gather.Indices], [output + "_scale"]);
            WriteNode(newNodes, "Mul", output + "_dequantize", [output + "_float", output + "_scale"], [output]);
        }

        var replaced = new HashSet<string>(matMulWeights, StringComparer.Ordinal);
        if (wordGather is not null)
        {
            replaced.Add(WordEmbeddings);
        }

        // The new nodes go first (they read only initializers and graph inputs), then the graph's own nodes and fields.
        using var result = new MemoryStream(model.Length / 3);
        using var newGraph = new MemoryStream(model.Length / 3);
        var nodesWritten = false;
        var entry = 0;
        foreach (var (field, wire, start, length, _) in fields)
        {
            var end = start + length;
            var raw = graph[entry..end];
            entry = end;
            var message = graph.Slice(start, length);
            if (field == 1 && wire == ProtoReader.WireLength)
            {
                if (!nodesWritten)
                {
                    newGraph.Write(newNodes.GetBuffer().AsSpan(0, (int)newNodes.Length));
                    nodesWritten = true;
                }

                if (wordGather is { } g && ProtoReader.Strings(message, 2) is [var o] && o == g.Output && ProtoReader.Strings(message, 4) is ["Gather"])
                {
                    continue;
                }
            }
            else if (field == 5 && wire == ProtoReader.WireLength && replaced.Contains(ProtoReader.Strings(message, 8).FirstOrDefault() ?? ""))
            {
                continue;
            }

            newGraph.Write(raw);
        }

        newGraph.Write(newInitializers.GetBuffer().AsSpan(0, (int)newInitializers.Length));
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

    private static void WriteTensor(Stream stream, string name, int type, long[] shape, ReadOnlySpan<byte> raw)
    {
        using var tensor = new MemoryStream(raw.Length + 64);
        foreach (var d in shape)
        {
            ProtoWriter.WriteInteger(tensor, 1, d);
        }

        ProtoWriter.WriteInteger(tensor, 2, type);
        ProtoWriter.WriteString(tensor, 8, name);
        ProtoWriter.WriteBytes(tensor, 9, raw);
        ProtoWriter.WriteBytes(stream, 5, tensor.GetBuffer().AsSpan(0, (int)tensor.Length));
    }

    private static void WriteNode(Stream stream, string op, string name, string[] inputs, string[] outputs, params (string Name, long Value)[] attributes)
    {
        ProtoWriter.WriteMessage(stream, 1, node =>
        {
            foreach (var input in inputs)
            {
                ProtoWriter.WriteString(node, 1, input);
            }

            foreach (var output in outputs)
            {
                ProtoWriter.WriteString(node, 2, output);
            }

            ProtoWriter.WriteString(node, 3, name);
            ProtoWriter.WriteString(node, 4, op);
            foreach (var (attribute, value) in attributes)
            {
                ProtoWriter.WriteMessage(node, 5, a =>
                {
                    ProtoWriter.WriteString(a, 1, attribute);
                    ProtoWriter.WriteInteger(a, 3, value);
                    ProtoWriter.WriteInteger(a, 20, 2);
                });
            }
        });
    }
}
