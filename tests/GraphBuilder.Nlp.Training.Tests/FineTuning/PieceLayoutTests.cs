using GraphBuilder.Nlp.Tokenization;
using GraphBuilder.Nlp.Training.FineTuning;
using GraphBuilder.Nlp.Transformers;

namespace GraphBuilder.Nlp.Training.Tests.FineTuning;

public sealed class PieceLayoutTests
{
    private const string Text = "Finance Minister Laura Bennett met bankers in Glasgow on Tuesday. Shares of Zyxwvutsrq Holdings fell 3.5% in London.";

    [Fact]
    public void Build_TwoSentences_PacksThemIntoOneSequenceBetweenClassifyAndSeparator()
    {
        var tokenizer = MiniLmEncoder.LoadTokenizer();
        var spans = Tokenizer.Tokenize(Text).ToArray();

        var layout = PieceLayout.Build(tokenizer, Text, spans, [(0, 11), (11, spans.Length - 11)]);

        layout.Batch.Count.ShouldBe(1);
        layout.Ids[0].ShouldBe(tokenizer.Classify);
        layout.Ids[^1].ShouldBe(tokenizer.Separator);
        layout.Tokens.ShouldBe(spans.Length);
    }

    [Fact]
    public void PoolBackward_RandomGradient_MatchesFiniteDifferences()
    {
        var tokenizer = MiniLmEncoder.LoadTokenizer();
        var spans = Tokenizer.Tokenize(Text).ToArray();
        var layout = PieceLayout.Build(tokenizer, Text, spans, [(0, spans.Length)]);
        var hidden = FiniteDifferences.RandomArray(layout.Batch.Rows * 4, 1);
        var r = FiniteDifferences.RandomArray(layout.Tokens * 4, 2);
        double Loss() => FiniteDifferences.Project(layout.Pool(hidden, 4), r);

        var dHidden = layout.PoolBackward(r, 4);

        FiniteDifferences.Check("hidden", hidden, dHidden, Loss);
    }

    [Fact]
    public void Forward_SourceMiniLmLayerThree_MatchesOnnxRuntime()
    {
        var source = MiniLmSource.LoadModel();
        var encoder = BertEncoder.FromOnnx(source, layers: 3, heads: 12);
        using var onnx = MiniLmEncoder.FromModel(OnnxGraphEditor.CutAt(source, MiniLmEncoder.LayerTensors[3]), 3, 1);
        var spans = Tokenizer.Tokenize(Text).ToArray();
        (int, int)[] sentences = [(0, 11), (11, spans.Length - 11)];
        var layout = PieceLayout.Build(onnx.Tokenizer, Text, spans, sentences);

        var (_, layers) = encoder.Forward(layout.Ids, layout.Batch);
        var ours = layout.Pool(layers[^1].Output, MiniLmEncoder.Dimensions);
        var theirs = onnx.Encode(Text, spans, sentences);

        ours.Length.ShouldBe(theirs.Length);
        var worst = ours.Zip(theirs, (a, b) => Math.Abs(a - b)).Max();
        worst.ShouldBeLessThan(1e-3f);
    }
}
