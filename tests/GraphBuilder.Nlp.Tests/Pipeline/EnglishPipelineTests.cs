using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Pipeline;

namespace GraphBuilder.Nlp.Tests.Pipeline;

public sealed class EnglishPipelineTests
{
    private static readonly Lazy<NlpPipeline> Pipeline = new(() => EnglishPipeline.Create(new NlpOptions { Profile = NlpProfile.Fast }));

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    [InlineData("!!!")]
    [InlineData("\"")]
    public void Process_DegenerateText_ProducesConsistentEmptyOrTinyLayers(string text)
    {
        var document = Pipeline.Value.Process(text);

        document.Sentences.Sum(s => s.TokenCount).ShouldBe(document.Tokens.Count);
        document.PartsOfSpeech!.Count.ShouldBe(document.Tokens.Count);
        document.Entities.ShouldBeEmpty();
    }

    [Fact]
    public void Process_LongTokenAndLongSentence_TagsEveryToken()
    {
        var text = new string('x', 500) + " " + string.Join(' ', Enumerable.Repeat("Officials in Berlin said", 100)) + ".";

        var document = Pipeline.Value.Process(text);

        document.PartsOfSpeech!.Count.ShouldBe(document.Tokens.Count);
        document.Entities.ShouldContain(e => document.Slice(e.Span) == "Berlin" && e.Label == EntityLabel.Location);
    }

    [Fact]
    public void Process_NewsParagraphs_FillsEveryLayerWithOffsetsIntoText()
    {
        const string text = "MOSCOW, May 3. The Kremlin said on Tuesday that talks with Ukraine would resume.\n\nThe talks began in 2014.";
        var metadata = new DocumentMetadata { PublishedAt = new DateTimeOffset(2016, 5, 3, 12, 0, 0, TimeSpan.Zero) };

        var document = Pipeline.Value.Process(text, metadata);

        document.Sentences.Count.ShouldBe(3);
        document.Entities.Select(e => (document.Slice(e.Span), e.Label)).ShouldContain(("Ukraine", EntityLabel.Location));
        document.Times.Select(t => t.Value).ShouldBe(["2016-05-03", "2016-05-03", "2014"]);
        document.Tokens.ShouldAllBe(t => !t.Span.IsEmpty && t.Span.End <= text.Length);
    }
}
