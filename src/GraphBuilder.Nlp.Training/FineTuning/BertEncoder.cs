using System.Globalization;

namespace GraphBuilder.Nlp.Training.FineTuning;

/// <summary>
/// The first layers of a BERT encoder in C#, with forward and backward passes, for fine-tuning at training time
/// (serving runs the same weights in ONNX Runtime). Built from the initializers of an ONNX export such as
/// all-MiniLM-L6-v2's.
/// </summary>
internal sealed class BertEncoder
{
    /// <summary>BERT's layer-norm epsilon.</summary>
    public const float Epsilon = 1e-12f;

    /// <summary>Initializes a new instance of the <see cref="BertEncoder"/> class.</summary>
    public BertEncoder(EncoderEmbeddings embeddings, IReadOnlyList<EncoderLayer> layers)
    {
        Embeddings = embeddings;
        Layers = layers;
    }

    public EncoderEmbeddings Embeddings { get; }

    public IReadOnlyList<EncoderLayer> Layers { get; }

    public int Width => Embeddings.Width;

    /// <summary>Gets every parameter: the embeddings', then each layer's.</summary>
    public IEnumerable<Parameter> Parameters => Embeddings.Parameters.Concat(Layers.SelectMany(l => l.Parameters));

    /// <summary>Builds the encoder from the initializers of an ONNX BERT export, keeping its first <paramref name="layers"/> layers.</summary>
    /// <exception cref="InvalidDataException">A weight is missing.</exception>
    public static BertEncoder FromOnnx(ReadOnlySpan<byte> model, int layers, int heads)
    {
        var tensors = OnnxInitializers.Read(model);
        Parameter Get(string name) => tensors.TryGetValue(name, out var t)
            ? new Parameter(name, t.Values, t.Shape)
            : throw new InvalidDataException($"The ONNX model has no initializer {name}.");
        Linear Dense(string module) => new(Get(module + ".weight"), Get(module + ".bias"));

        var embeddings = new EncoderEmbeddings(
            Get("embeddings.word_embeddings.weight"),
            Get("embeddings.position_embeddings.weight"),
            Get("embeddings.token_type_embeddings.weight"),
            Get("embeddings.LayerNorm.weight"),
            Get("embeddings.LayerNorm.bias"),
            Epsilon);
        var list = new List<EncoderLayer>();
        for (var l = 0; l < layers; l++)
        {
            var p = string.Create(CultureInfo.InvariantCulture, $"encoder.layer.{l}.");
            list.Add(new EncoderLayer(
                heads,
                Epsilon,
                Dense(p + "attention.self.query"),
                Dense(p + "attention.self.key"),
                Dense(p + "attention.self.value"),
                Dense(p + "attention.output.dense"),
                Get(p + "attention.output.LayerNorm.weight"),
                Get(p + "attention.output.LayerNorm.bias"),
                Dense(p + "intermediate.dense"),
                Dense(p + "output.dense"),
                Get(p + "output.LayerNorm.weight"),
                Get(p + "output.LayerNorm.bias")));
        }

        return new BertEncoder(embeddings, list);
    }

    /// <summary>Builds a small encoder with random weights (for tests).</summary>
    public static BertEncoder CreateRandom(int vocabulary, int width, int heads, int intermediate, int layers, int positions, int seed)
    {
        var random = new Random(seed);
        Parameter Make(string name, float scale, float offset, params int[] shape)
        {
            var values = new float[shape.Aggregate(1, (a, b) => a * b)];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = offset + (scale * (float)((random.NextDouble() * 2) - 1));
            }

            return new Parameter(name, values, shape);
        }

        Linear Dense(string name, int inputs, int outputs) => new(Make(name + ".weight", 0.5f, 0, inputs, outputs), Make(name + ".bias", 0.1f, 0, outputs));

        var embeddings = new EncoderEmbeddings(
            Make("embeddings.word_embeddings.weight", 1, 0, vocabulary, width),
            Make("embeddings.position_embeddings.weight", 0.5f, 0, positions, width),
            Make("embeddings.token_type_embeddings.weight", 0.5f, 0, 2, width),
            Make("embeddings.LayerNorm.weight", 0.2f, 1, width),
            Make("embeddings.LayerNorm.bias", 0.1f, 0, width),
            1e-5f);
        var list = new List<EncoderLayer>();
        for (var l = 0; l < layers; l++)
        {
            var p = string.Create(CultureInfo.InvariantCulture, $"encoder.layer.{l}.");
            list.Add(new EncoderLayer(
                heads,
                1e-5f,
                Dense(p + "attention.self.query", width, width),
                Dense(p + "attention.self.key", width, width),
                Dense(p + "attention.self.value", width, width),
                Dense(p + "attention.output.dense", width, width),
                Make(p + "attention.output.LayerNorm.weight", 0.2f, 1, width),
                Make(p + "attention.output.LayerNorm.bias", 0.1f, 0, width),
                Dense(p + "intermediate.dense", width, intermediate),
                Dense(p + "output.dense", intermediate, width),
                Make(p + "output.LayerNorm.weight", 0.2f, 1, width),
                Make(p + "output.LayerNorm.bias", 0.1f, 0, width)));
        }

        return new BertEncoder(embeddings, list);
    }

    /// <summary>Runs the embeddings and every layer; returns the embedding state and each layer's state.</summary>
    public (EmbeddingState Embedding, LayerState[] Layers) Forward(int[] ids, SequenceBatch batch)
    {
        var embedding = Embeddings.Forward(ids, batch);
        return (embedding, Forward(embedding.Output, batch, 0));
    }

    /// <summary>Runs the layers from <paramref name="first"/> on, from that layer's input.</summary>
    public LayerState[] Forward(float[] input, SequenceBatch batch, int first)
    {
        var states = new LayerState[Layers.Count - first];
        var x = input;
        for (var l = first; l < Layers.Count; l++)
        {
            states[l - first] = Layers[l].Forward(x, batch);
            x = states[l - first].Output;
        }

        return states;
    }

    /// <summary>
    /// Back-propagates the gradient of the last layer's output through the layers whose states are given (the last
    /// <c>states.Length</c> layers) and, when <paramref name="embedding"/> is given, into the embeddings.
    /// </summary>
    public void Backward(LayerState[] states, float[] dy, EmbeddingState? embedding = null)
    {
        var first = Layers.Count - states.Length;
        var d = dy;
        for (var l = Layers.Count - 1; l >= first; l--)
        {
            var needInput = l > first || embedding is not null;
            var dx = Layers[l].Backward(states[l - first], d, needInput);
            if (dx is null)
            {
                return;
            }

            d = dx;
        }

        if (embedding is not null)
        {
            Embeddings.Backward(embedding, d);
        }
    }

    /// <summary>Clears every gradient.</summary>
    public void ZeroGradients()
    {
        foreach (var p in Parameters)
        {
            if (p.TouchedRows is { } rows)
            {
                var width = p.Shape[^1];
                foreach (var r in rows)
                {
                    p.Gradient.AsSpan(r * width, width).Clear();
                }

                rows.Clear();
            }
            else
            {
                Array.Clear(p.Gradient);
            }
        }
    }
}
