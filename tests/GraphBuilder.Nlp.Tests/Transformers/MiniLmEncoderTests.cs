using GraphBuilder.Nlp.Transformers;

namespace GraphBuilder.Nlp.Tests.Transformers;

public sealed class MiniLmEncoderTests
{
    [Fact]
    public void Pack_ShortSentences_ArePackedTogetherUpToTheLimit()
    {
        // Three sentences of 50, 50 and 40 wordpieces (one piece per token): the first two fit together.
        var firstPiece = Enumerable.Range(0, 141).ToArray();

        var chunks = MiniLmEncoder.Pack(firstPiece, [(0, 50), (50, 50), (100, 40)]);

        chunks.ShouldBe([(0, 100), (100, 140)]);
    }

    [Fact]
    public void Pack_SentenceLongerThanTheLimit_IsSplitBetweenTokens()
    {
        var firstPiece = Enumerable.Range(0, 301).ToArray();

        var chunks = MiniLmEncoder.Pack(firstPiece, [(0, 10), (10, 290)]);

        chunks.ShouldBe([(0, 10), (10, 136), (136, 262), (262, 300)]);
    }

    [Fact]
    public void Encode_Sentence_GivesOneFiniteVectorPerToken()
    {
        var text = "Finance Minister Laura Bennett met bankers in Glasgow on Tuesday.";
        var spans = GraphBuilder.Nlp.Tokenization.Tokenizer.Tokenize(text);

        using var encoder = MiniLmEncoder.Create(3);
        var vectors = encoder.Encode(text, spans.ToArray(), [(0, spans.Count)]);

        vectors.Length.ShouldBe(spans.Count * MiniLmEncoder.Dimensions);
        vectors.ShouldAllBe(v => float.IsFinite(v));
        vectors.AsSpan(0, MiniLmEncoder.Dimensions).ToArray().ShouldContain(v => v != 0);
    }

    [Fact]
    public void CutAt_LayerTwoTensor_BecomesTheGraphsOnlyOutput()
    {
        var model = MiniLmEncoder.LoadModel();
        OnnxGraphEditor.Outputs(model).ShouldBe([MiniLmEncoder.LayerTensors[3]]);

        var cut = OnnxGraphEditor.CutAt(model, MiniLmEncoder.LayerTensors[2]);

        OnnxGraphEditor.Outputs(cut).ShouldBe([MiniLmEncoder.LayerTensors[2]]);
        cut.Length.ShouldBeLessThan(model.Length);
    }
}
