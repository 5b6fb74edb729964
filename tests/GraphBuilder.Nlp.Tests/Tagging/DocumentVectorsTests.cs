using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Embeddings;
using GraphBuilder.Nlp.Entities;
using GraphBuilder.Nlp.Models;
using GraphBuilder.Nlp.Pipeline;
using GraphBuilder.Nlp.Sentences;
using GraphBuilder.Nlp.Tagging;
using GraphBuilder.Nlp.Tokenization;

namespace GraphBuilder.Nlp.Tests.Tagging;

/// <summary>The <c>accurate</c> tagger and entity recogniser share one encoding of each document.</summary>
public sealed class DocumentVectorsTests
{
    private const string Text = "The harbour board in Port Ellis voted on Monday to close the old ferry terminal. "
        + "Its chair, Nadia Okafor, said repairs would cost more than a new building.";

    [Fact]
    public void Process_AccurateTaggerAndRecognizer_EncodeEachDocumentOnce()
    {
        var encoder = new RecordingEncoder();
        var vectors = new DocumentVectors(layer =>
        {
            encoder.Layer = layer;
            return encoder;
        });
        var store = new EmbeddedModelStore();
        var tagger = new PartOfSpeechTagger(() => EnglishPipeline.LoadPartOfSpeech(store, NlpProfile.Accurate), vectors);
        var recognizer = new EntityRecognizer(() => EnglishPipeline.LoadEntities(store, NlpProfile.Accurate), "ner-accurate", vectors);
        var pipeline = new NlpPipeline([new Tokenizer(), new SentenceSplitter(), tagger, recognizer]);

        var first = pipeline.Process(Text);
        pipeline.Process(Text + " The vote was close.");

        encoder.Calls.Count.ShouldBe(2);
        encoder.Calls[0].ShouldBe((3, first.Tokens.Count));
        first.PartsOfSpeech.ShouldNotBeNull().Count.ShouldBe(first.Tokens.Count);
    }

    [Fact]
    public void Raw_SameDocumentTwice_EncodesOnceAndReturnsTheSameVectors()
    {
        var encoder = new RecordingEncoder();
        var vectors = new DocumentVectors(_ => encoder);
        var document = Tokenized(Text);

        var a = vectors.Raw(document, 3);
        var b = vectors.Raw(document, 3);

        encoder.Calls.Count.ShouldBe(1);
        a.Equals(b).ShouldBeTrue();
    }

    [Fact]
    public void Raw_TokensReplaced_EncodesAgain()
    {
        var encoder = new RecordingEncoder();
        var vectors = new DocumentVectors(_ => encoder);
        var document = Tokenized(Text);
        vectors.Raw(document, 3);

        new Tokenizer().Process(document);
        var again = vectors.Raw(document, 3);

        encoder.Calls.Count.ShouldBe(2);
        again.Length.ShouldBe(document.Tokens.Count * 384);
    }

    [Fact]
    public void SentencesOf_NoSentences_IsOneSentenceOfAllTokens()
    {
        var document = new Document("Ferries stopped running");
        new Tokenizer().Process(document);

        DocumentVectors.SentencesOf(document).ShouldBe([(0, 3)]);
    }

    private static Document Tokenized(string text)
    {
        var document = new Document(text);
        new Tokenizer().Process(document);
        new SentenceSplitter().Process(document);
        return document;
    }
}
