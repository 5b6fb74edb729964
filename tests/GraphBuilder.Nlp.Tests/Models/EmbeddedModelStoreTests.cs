using System.Diagnostics;
using GraphBuilder.Nlp.Entities;
using GraphBuilder.Nlp.Models;
using GraphBuilder.Nlp.Tagging;

namespace GraphBuilder.Nlp.Tests.Models;

public sealed class EmbeddedModelStoreTests
{
    [Fact]
    public void Contains_ShippedModels_ReturnsTrue()
    {
        var store = new EmbeddedModelStore();

        store.Contains(ModelKey.PartOfSpeech).ShouldBeTrue();
        store.Contains(ModelKey.EntitiesFast).ShouldBeTrue();
    }

    [Fact]
    public void Open_UnknownModel_ThrowsModelNotFound()
    {
        var store = new EmbeddedModelStore();

        Should.Throw<ModelNotFoundException>(() => store.Open(new ModelKey("en", "missing", "1")));
    }

    [Fact]
    public void Load_ShippedModels_LoadInUnderOneSecond()
    {
        var store = new EmbeddedModelStore();
        var clock = Stopwatch.StartNew();

        var pos = EnglishPipeline.LoadPartOfSpeech(store);
        var ner = EnglishPipeline.LoadEntities(store, NlpProfile.Fast);

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2), "loading is measured under 1 s in Release; Debug and a busy machine get slack");
        pos.Tags.ShouldContain("PROPN");
        ner.Types.ShouldBe(["LOC", "MISC", "ORG", "PER"]);
    }

    [Fact]
    public void Open_FileStoreWithoutFile_ThrowsModelNotFound()
    {
        var store = new FileModelStore(Path.Combine(Path.GetTempPath(), "graphbuilder-no-models"));

        store.Contains(ModelKey.PartOfSpeech).ShouldBeFalse();
        Should.Throw<ModelNotFoundException>(() => store.Open(ModelKey.PartOfSpeech));
    }

    [Fact]
    public void Open_FileStoreWithSavedModel_LoadsIt()
    {
        var directory = Directory.CreateTempSubdirectory("graphbuilder-models-");
        try
        {
            var shipped = EnglishPipeline.LoadEntities(new EmbeddedModelStore(), NlpProfile.Fast);
            using (var file = File.Create(Path.Combine(directory.FullName, ModelKey.EntitiesFast.FileName)))
            {
                shipped.Save(file);
            }

            using var stream = new FileModelStore(directory.FullName).Open(ModelKey.EntitiesFast);
            var loaded = EntityModel.Load(stream);

            loaded.Types.ShouldBe(shipped.Types);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void PartOfSpeechTagger_ShippedModel_TagsNewsSentence()
    {
        var tagger = new PartOfSpeechTagger(EnglishPipeline.LoadPartOfSpeech(new EmbeddedModelStore()));

        var tags = tagger.Tag(["The", "senator", "met", "the", "president", "in", "Moscow", "."]);

        tags.ShouldBe(["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"]);
    }
}
