using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Embeddings;
using GraphBuilder.Nlp.Entities;
using GraphBuilder.Nlp.Models;
using GraphBuilder.Nlp.Parsing;
using GraphBuilder.Nlp.Pipeline;
using GraphBuilder.Nlp.Sentences;
using GraphBuilder.Nlp.Tagging;
using GraphBuilder.Nlp.Tokenization;

namespace GraphBuilder.Nlp.Tests.Tagging;

/// <summary>
/// The <c>accurate</c> stages share one encoding of each document of ordinary length, and read a longer one a window
/// at a time with the same vectors.
/// </summary>
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
    public void Window_SameDocumentTwice_EncodesOnceAndReturnsTheSameVectors()
    {
        var encoder = new RecordingEncoder();
        var vectors = new DocumentVectors(_ => encoder);
        var document = Tokenized(Text);

        var a = vectors.Window(document, 3, 0, document.Tokens.Count);
        var b = vectors.Window(document, 3, 0, document.Tokens.Count);

        encoder.Calls.Count.ShouldBe(1);
        a.Overlaps(b, out var offset).ShouldBeTrue();
        offset.ShouldBe(0);
    }

    [Fact]
    public void Window_TokensReplaced_EncodesAgain()
    {
        var encoder = new RecordingEncoder();
        var vectors = new DocumentVectors(_ => encoder);
        var document = Tokenized(Text);
        vectors.Window(document, 3, 0, 1);

        new Tokenizer().Process(document);
        var again = vectors.Window(document, 3, 0, document.Tokens.Count);

        encoder.Calls.Count.ShouldBe(2);
        again.Length.ShouldBe(document.Tokens.Count * 384);
    }

    [Fact]
    public void Process_DocumentLongerThanTheWholeLimit_EncodesAWindowAtATime()
    {
        var encoder = new RecordingEncoder();
        var vectors = new DocumentVectors(_ => encoder, wholeDocumentTokens: 100, windowTokens: 60);
        var store = new EmbeddedModelStore();
        var pipeline = new NlpPipeline(
        [
            new Tokenizer(),
            new SentenceSplitter(),
            new PartOfSpeechTagger(() => EnglishPipeline.LoadPartOfSpeech(store, NlpProfile.Accurate), vectors),
            new DependencyParser(() => EnglishPipeline.LoadDependencies(store, NlpProfile.Accurate), vectors),
            new EntityRecognizer(() => EnglishPipeline.LoadEntities(store, NlpProfile.Accurate), "ner-accurate", vectors),
        ]);

        var document = pipeline.Process(NewsText(60));

        // No stage holds the whole document's vectors: each reads windows of whole sentences of about 60 tokens.
        document.Tokens.Count.ShouldBeGreaterThan(1_000);
        encoder.Calls.ShouldBeEmpty();
        var longestSentence = document.Sentences.Max(s => s.TokenCount);
        encoder.WindowCalls.ShouldAllBe(tokens => tokens < 60 + longestSentence);
        encoder.WindowCalls.Sum().ShouldBe(3 * document.Tokens.Count);
        document.Entities.ShouldNotBeEmpty();
    }

    [Fact]
    public void Window_CancelledWhileEncoding_ThrowsAndEncodesTheWindowWholeOnTheNextRequest()
    {
        var encoder = new RecordingEncoder();
        var vectors = new DocumentVectors(_ => encoder, wholeDocumentTokens: 0, windowTokens: 1);
        var document = Tokenized(Text);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Should.Throw<OperationCanceledException>(() => vectors.Window(document, 3, 0, 5, cancelled.Token).ToArray());
        var window = vectors.Window(document, 3, 0, 5).ToArray();

        window.ShouldAllBe(v => v == 0.01f);
    }

    [Fact]
    public void Window_PlanEncodedOneRunAtATime_IsBitIdenticalToTheWholeEncoding()
    {
        using var encoders = new TokenEncoders();
        var encoder = encoders.For(3);
        var document = Tokenized(NewsText(80));
        var spans = document.Tokens.Select(t => t.Span).ToArray();
        var sentences = DocumentVectors.SentencesOf(document);
        var whole = encoder.Encode(document.Text, spans, sentences);
        var vectors = new DocumentVectors(encoders.For, wholeDocumentTokens: 0, windowTokens: 1);

        var windows = sentences.SelectMany(s => vectors.Window(document, 3, s.Start, s.Count).ToArray()).ToArray();

        encoder.Plan(document.Text, spans, sentences).RunStarts.Count.ShouldBeGreaterThan(2);
        windows.Length.ShouldBe(whole.Length);
        SameBits(windows, whole).ShouldBeTrue();
    }

    [Fact]
    public void Process_LongDocumentInWindows_GivesTheSameAnnotationsAsOneEncoding()
    {
        using var encoders = new TokenEncoders();
        var text = NewsText(80);
        var relations = EnglishPipeline.LoadRelations(new EmbeddedModelStore(), NlpProfile.Accurate);

        var whole = AccuratePipeline(new DocumentVectors(encoders.For)).Process(text);
        var windowed = AccuratePipeline(new DocumentVectors(encoders.For, wholeDocumentTokens: 0, windowTokens: 1)).Process(text);

        windowed.PartsOfSpeech.ShouldBe(whole.PartsOfSpeech);
        windowed.Dependencies.ShouldBe(whole.Dependencies);
        windowed.Entities.ShouldBe(whole.Entities);
        for (var s = 0; s < whole.Sentences.Count; s++)
        {
            SameBits(relations.Encode(windowed, s)!, relations.Encode(whole, s)!).ShouldBeTrue();
        }
    }

    [Fact]
    public void SentencesOf_NoSentences_IsOneSentenceOfAllTokens()
    {
        var document = new Document("Ferries stopped running");
        new Tokenizer().Process(document);

        DocumentVectors.SentencesOf(document).ShouldBe([(0, 3)]);
    }

    /// <summary>A news-like text of the given number of sentences, each different.</summary>
    private static string NewsText(int sentences)
    {
        string[] people = ["Nadia Okafor", "Tomas Keller", "Laura Bennett", "Ivan Petrov", "Grace Amari"];
        string[] bodies = ["the harbour board", "Northwind Bank", "the Port Ellis council", "Coastal Rail"];
        string[] places = ["Port Ellis", "Glasgow", "Lisbon", "Kingsbridge"];
        string[] forms =
        [
            "{0}, who chairs {1}, said on Monday that repairs in {2} would cost more than a new terminal.",
            "Critics of {1} told reporters in {2} that {0} had ignored warnings from residents.",
            "On Tuesday {1} announced that {0} would lead its new office in {2}.",
            "{0} met officials from {1} in {2} to discuss the ferry timetable and the budget.",
        ];
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            builder.Append(string.Format(
                System.Globalization.CultureInfo.InvariantCulture,
                forms[i % forms.Length],
                people[i % people.Length],
                bodies[i / 2 % bodies.Length],
                places[i / 3 % places.Length]));
            builder.Append(i % 5 == 4 ? "\n\n" : " ");
        }

        return builder.ToString();
    }

    private static NlpPipeline AccuratePipeline(DocumentVectors vectors)
    {
        var store = new EmbeddedModelStore();
        return new NlpPipeline(
        [
            new Tokenizer(),
            new SentenceSplitter(),
            new PartOfSpeechTagger(() => EnglishPipeline.LoadPartOfSpeech(store, NlpProfile.Accurate), vectors),
            new DependencyParser(() => EnglishPipeline.LoadDependencies(store, NlpProfile.Accurate), vectors),
            new EntityRecognizer(() => EnglishPipeline.LoadEntities(store, NlpProfile.Accurate), "ner-accurate", vectors),
        ]);
    }

    /// <summary>Whether two vectors hold the same bits (not only values within a tolerance).</summary>
    private static bool SameBits(float[] a, float[] b) =>
        System.Runtime.InteropServices.MemoryMarshal.AsBytes(a.AsSpan()).SequenceEqual(System.Runtime.InteropServices.MemoryMarshal.AsBytes(b.AsSpan()));

    private static Document Tokenized(string text)
    {
        var document = new Document(text);
        new Tokenizer().Process(document);
        new SentenceSplitter().Process(document);
        return document;
    }
}
