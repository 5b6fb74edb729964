using GraphBuilder.Nlp.Entities;
using GraphBuilder.Nlp.Tagging;
using GraphBuilder.Nlp.Training.Corpora;
using GraphBuilder.Nlp.Training.Entities;
using GraphBuilder.Nlp.Training.Learning;
using GraphBuilder.Nlp.Training.Tagging;

namespace GraphBuilder.Nlp.Training.Tests.Models;

public sealed class ModelRoundTripTests
{
    private static readonly TrainingSettings Tiny = new() { Seed = 7, Epochs = 3, Bits = 12 };

    private static IReadOnlyList<ConlluSentence> TaggedSentences() =>
    [
        Sentence(["The", "council", "approved", "the", "plan", "."], ["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"]),
        Sentence(["Officials", "said", "the", "vote", "was", "close", "."], ["NOUN", "VERB", "DET", "NOUN", "AUX", "ADJ", "PUNCT"]),
        Sentence(["Lopez", "won", "in", "Texas", "."], ["PROPN", "VERB", "ADP", "PROPN", "PUNCT"]),
    ];

    private static ConlluSentence Sentence(string[] words, string[] tags) =>
        new(string.Join(' ', words), words, tags, [.. words.Select((w, i) => new ConlluToken(w, i, 1))], StartsDocument: false);

    private static IReadOnlyList<ConllDocument> EntityDocuments() =>
    [
        new([
            new(["Maria", "Lopez", "visited", "Berlin", "."], ["B-PER", "I-PER", "O", "B-LOC", "O"]),
            new(["Acme", "Corp", "hired", "Lopez", "."], ["B-ORG", "I-ORG", "O", "B-PER", "O"]),
        ]),
        new([
            new(["Tom", "Reed", "left", "Acme", "Corp", "for", "Paris", "."], ["B-PER", "I-PER", "O", "B-ORG", "I-ORG", "O", "B-LOC", "O"]),
        ]),
    ];

    [Fact]
    public void PartOfSpeechModel_SaveThenLoad_TagsIdentically()
    {
        var model = PartOfSpeechTrainer.Train(TaggedSentences(), dev: null, Tiny);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;

        var loaded = PartOfSpeechModel.Load(stream);

        loaded.Tags.ShouldBe(model.Tags);
        var words = new[] { "Officials", "approved", "the", "plan", "in", "Texas", "." };
        new PartOfSpeechTagger(loaded).Tag(words).ShouldBe(new PartOfSpeechTagger(model).Tag(words));
    }

    [Fact]
    public void PartOfSpeechModel_TwoPassSaveThenLoad_TagsIdentically()
    {
        var model = PartOfSpeechTrainer.Train(TaggedSentences(), TaggedSentences(), Tiny with { TwoPass = true });
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;

        var loaded = PartOfSpeechModel.Load(stream);

        var words = new[] { "Lopez", "approved", "the", "plan", "." };
        new PartOfSpeechTagger(loaded).Tag(words).ShouldBe(new PartOfSpeechTagger(model).Tag(words));
    }

    [Fact]
    public void PartOfSpeechTrainer_SameSeed_IsDeterministic()
    {
        var first = PartOfSpeechTrainer.Train(TaggedSentences(), dev: null, Tiny);
        var second = PartOfSpeechTrainer.Train(TaggedSentences(), dev: null, Tiny);
        using var a = new MemoryStream();
        using var b = new MemoryStream();

        first.Save(a);
        second.Save(b);

        a.ToArray().ShouldBe(b.ToArray());
    }

    [Fact]
    public void EntityModel_SaveThenLoad_TagsIdentically()
    {
        var documents = EntityDocuments();
        var model = EntityTrainer.Train(documents, dev: null, Tiny);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;

        var loaded = EntityModel.Load(stream);

        loaded.Types.ShouldBe(["LOC", "ORG", "PER"]);
        ConllEntityTagging.Tag(new EntityRecognizer(loaded), documents[1]).ShouldBe(ConllEntityTagging.Tag(new EntityRecognizer(model), documents[1]));
    }

    [Fact]
    public void Load_WrongKind_ThrowsInvalidData()
    {
        var model = PartOfSpeechTrainer.Train(TaggedSentences(), dev: null, Tiny);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;

        Should.Throw<InvalidDataException>(() => EntityModel.Load(stream));
    }

    [Fact]
    public void Load_NotAModel_ThrowsInvalidData()
    {
        using var stream = new MemoryStream([1, 2, 3, 4]);

        Should.Throw<InvalidDataException>(() => PartOfSpeechModel.Load(stream));
    }
}
