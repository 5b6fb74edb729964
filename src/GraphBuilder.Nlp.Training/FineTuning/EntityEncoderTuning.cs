using GraphBuilder.Nlp.Entities;
using GraphBuilder.Nlp.Transformers;

namespace GraphBuilder.Nlp.Training.FineTuning;

/// <summary>The outcome of <see cref="EntityEncoderTuner"/>: the entity model and the tuned encoder weights of the best pass.</summary>
public sealed class EntityEncoderTuning
{
    private readonly IReadOnlyDictionary<string, float[]> _tuned;
    private readonly byte[] _source;

    internal EntityEncoderTuning(EntityModel model, double devF1, int epoch, IReadOnlyDictionary<string, float[]> tuned, byte[] source, int layers)
    {
        Model = model;
        DevF1 = devF1;
        Epoch = epoch;
        _tuned = tuned;
        _source = source;
        Layers = layers;
    }

    /// <summary>Gets the entity model (it reads the tuned encoder's last layer).</summary>
    public EntityModel Model { get; }

    /// <summary>Gets the model's dev F1 (0 to 1) with vectors from the C# forward pass.</summary>
    public double DevF1 { get; }

    /// <summary>Gets the pass that was kept (1-based).</summary>
    public int Epoch { get; }

    /// <summary>Gets the number of encoder layers the model reads.</summary>
    public int Layers { get; }

    /// <summary>Stores the matrices and word embeddings of a single-precision encoder graph as int8 (the shipped format).</summary>
    /// <param name="onnx">The serialised single-precision ONNX model.</param>
    /// <returns>The serialised int8 model.</returns>
    public static byte[] Quantize(byte[] onnx) => OnnxEncoderQuantizer.Quantize(onnx);

    /// <summary>Gets the untuned source encoder (all-MiniLM-L6-v2) cut after a layer, in single precision.</summary>
    /// <param name="layers">The last layer kept.</param>
    /// <returns>The serialised ONNX model.</returns>
    public static byte[] SourceOnnx(int layers) => OnnxGraphEditor.CutAt(MiniLmSource.LoadModel(), MiniLmEncoder.LayerTensors[layers]);

    /// <summary>Writes the encoder's WordPiece vocabulary (the source model's, unchanged by tuning), gzip'd.</summary>
    /// <param name="stream">The stream.</param>
    public static void WriteVocabulary(Stream stream)
    {
        using var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true);
        gzip.Write(MiniLmSource.LoadVocabulary());
    }

    /// <summary>Gets the tuned weights by parameter name.</summary>
    internal IReadOnlyDictionary<string, float[]> Tuned => _tuned;

    /// <summary>
    /// Writes the tuned weights back into the source ONNX graph (single precision), cut after the last layer read:
    /// a model ONNX Runtime runs as it ran the original.
    /// </summary>
    /// <returns>The serialised ONNX model.</returns>
    public byte[] ToOnnx()
    {
        var named = OnnxInitializers.ReadNamed(_source);
        var bySource = _tuned.ToDictionary(p => named[p.Key].Source, p => p.Value, StringComparer.Ordinal);
        return OnnxGraphEditor.CutAt(OnnxWeightWriter.Replace(_source, bySource), MiniLmEncoder.LayerTensors[Layers]);
    }

    /// <summary>
    /// Writes the tuned weights back into the source ONNX graph as <see cref="ToOnnx"/> does, then stores its matrices
    /// and word embeddings as int8 (<see cref="OnnxEncoderQuantizer"/>): the shipped encoder.
    /// </summary>
    /// <returns>The serialised ONNX model.</returns>
    public byte[] ToQuantizedOnnx() => OnnxEncoderQuantizer.Quantize(ToOnnx());
}
