using System.Runtime.InteropServices;

namespace GraphBuilder.Nlp.Training.FineTuning;

/// <summary>
/// Reads the float initializers of an ONNX model and the MatMul nodes that use them, so that the BERT weights can be
/// named: the exporter names biases and layer norms after the PyTorch module (<c>encoder.layer.0.attention.self.query.bias</c>)
/// but gives each MatMul weight a number; the weight is named after the bias its product is added to.
/// </summary>
/// <remarks>
/// ONNX fields read: ModelProto.graph = 7; GraphProto.node = 1, initializer = 5; NodeProto.input = 1, output = 2,
/// op_type = 4; TensorProto.dims = 1, data_type = 2 (1 = float), float_data = 4, name = 8, raw_data = 9.
/// </remarks>
internal static class OnnxInitializers
{
    /// <summary>Reads the float initializers by name, MatMul weights renamed <c>&lt;module&gt;.weight</c> (inputs × outputs).</summary>
    /// <exception cref="InvalidDataException">The model is malformed.</exception>
    public static Dictionary<string, (float[] Values, int[] Shape)> Read(ReadOnlySpan<byte> model) =>
        ReadNamed(model).ToDictionary(p => p.Key, p => (p.Value.Values, p.Value.Shape), StringComparer.Ordinal);

    /// <summary>Reads the float initializers as <see cref="Read"/> does, each with the name it has in the graph.</summary>
    /// <exception cref="InvalidDataException">The model is malformed.</exception>
    public static Dictionary<string, (float[] Values, int[] Shape, string Source)> ReadNamed(ReadOnlySpan<byte> model)
    {
        var graphField = ProtoReader.Fields(model).FirstOrDefault(f => f.Field == 7 && f.Wire == ProtoReader.WireLength);
        if (graphField.Length == 0)
        {
            throw new InvalidDataException("The ONNX model has no graph.");
        }

        var graph = model.Slice(graphField.Start, graphField.Length);
        var tensors = new Dictionary<string, (float[] Values, int[] Shape, string Source)>(StringComparer.Ordinal);
        var nodes = new List<(string Op, string[] Inputs, string[] Outputs)>();
        foreach (var (field, wire, start, length, _) in ProtoReader.Fields(graph))
        {
            if (wire != ProtoReader.WireLength)
            {
                continue;
            }

            var message = graph.Slice(start, length);
            if (field == 1)
            {
                nodes.Add((ProtoReader.Strings(message, 4).FirstOrDefault() ?? "", ProtoReader.Strings(message, 1), ProtoReader.Strings(message, 2)));
            }
            else if (field == 5 && ReadFloatTensor(message) is { } tensor)
            {
                tensors[tensor.Name] = (tensor.Values, tensor.Shape, tensor.Name);
            }
        }

        // A MatMul weight takes the name of the bias added to its product.
        var consumers = new Dictionary<string, List<(string Op, string[] Inputs)>>(StringComparer.Ordinal);
        foreach (var (op, inputs, _) in nodes)
        {
            foreach (var input in inputs)
            {
                if (!consumers.TryGetValue(input, out var list))
                {
                    consumers[input] = list = [];
                }

                list.Add((op, inputs));
            }
        }

        foreach (var (op, inputs, outputs) in nodes)
        {
            if (op != "MatMul" || inputs.Length != 2 || !tensors.TryGetValue(inputs[1], out var weight) || outputs.Length != 1
                || !consumers.TryGetValue(outputs[0], out var users))
            {
                continue;
            }

            var bias = users.Where(u => u.Op == "Add").SelectMany(u => u.Inputs).FirstOrDefault(i => i.EndsWith(".bias", StringComparison.Ordinal));
            if (bias is not null)
            {
                tensors[bias[..^".bias".Length] + ".weight"] = weight;
            }
        }

        return tensors;
    }

    private static (string Name, float[] Values, int[] Shape)? ReadFloatTensor(ReadOnlySpan<byte> tensor)
    {
        var name = ProtoReader.Strings(tensor, 8).FirstOrDefault() ?? "";
        var type = ProtoReader.Integers(tensor, 2);
        if (type.Length != 1 || type[0] != 1)
        {
            return null;
        }

        var shape = ProtoReader.Integers(tensor, 1).Select(d => (int)d).ToArray();
        var count = shape.Aggregate(1, (a, b) => a * b);
        var values = new float[count];
        foreach (var (field, wire, start, length, _) in ProtoReader.Fields(tensor))
        {
            if (field == 9 && wire == ProtoReader.WireLength)
            {
                if (length != count * sizeof(float))
                {
                    throw new InvalidDataException($"The initializer {name} holds {length} bytes for {count} floats.");
                }

                MemoryMarshal.Cast<byte, float>(tensor.Slice(start, length)).CopyTo(values);
                return (name, values, shape);
            }

            if (field == 4 && wire == ProtoReader.WireLength)
            {
                MemoryMarshal.Cast<byte, float>(tensor.Slice(start, length)).CopyTo(values);
                return (name, values, shape);
            }
        }

        return (name, values, shape);
    }
}
