using GraphBuilder.Nlp.Tokenization;
using GraphBuilder.Nlp.Training.FineTuning;
using GraphBuilder.Nlp.Transformers;

namespace GraphBuilder.Nlp.Training.Tests.FineTuning;

public sealed class OnnxEncoderQuantizerTests
{
    [Fact]
    public void Quantize_MiniLmLayerThree_RunsInOnnxRuntimeCloseToSinglePrecision()
    {
        const string text = "Finance Minister Laura Bennett met bankers in Glasgow on Tuesday. Shares of Harbor City Holdings fell 3.5% in London.";
        var spans = Tokenizer.Tokenize(text).ToArray();
        (int, int)[] sentences = [(0, spans.Length)];
        var full = OnnxGraphEditor.CutAt(MiniLmSource.LoadModel(), MiniLmEncoder.LayerTensors[3]);

        var quantized = OnnxEncoderQuantizer.Quantize(full);

        quantized.Length.ShouldBeLessThan(full.Length / 3);
        using var single = MiniLmEncoder.FromModel(full, 3, 1);
        using var integer = MiniLmEncoder.FromModel(quantized, 3, 1);
        var expected = single.Encode(text, spans, sentences);
        var actual = integer.Encode(text, spans, sentences);
        for (var t = 0; t < spans.Length; t++)
        {
            var a = actual.AsSpan(t * 384, 384);
            var e = expected.AsSpan(t * 384, 384);
            System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(a, e).ShouldBeGreaterThan(0.99f);
        }
    }
}
