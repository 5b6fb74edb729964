using GraphBuilder.Nlp.Models;
using GraphBuilder.Nlp.Tagging;

namespace GraphBuilder.Nlp.Tests.Tagging;

/// <summary>The <c>accurate</c> tagger (MiniLM layer-3 vectors as dense features) on news sentences written for these tests.</summary>
public sealed class AccuratePartOfSpeechTaggerTests
{
    private static readonly Lazy<PartOfSpeechTagger> Tagger = new(() =>
        new PartOfSpeechTagger(EnglishPipeline.LoadPartOfSpeech(new EmbeddedModelStore(), NlpProfile.Accurate)));

    [Fact]
    public void LoadPartOfSpeech_Profiles_LoadTheirModels()
    {
        var store = new EmbeddedModelStore();

        EnglishPipeline.LoadPartOfSpeech(store, NlpProfile.Accurate).IsContextual.ShouldBeTrue();
        EnglishPipeline.LoadPartOfSpeech(store, NlpProfile.Fast).IsContextual.ShouldBeFalse();
        EnglishPipeline.LoadPartOfSpeech(store).IsContextual.ShouldBeFalse();
    }

    [Fact]
    public void TagDocument_NewsSentences_GivesTheGoldenTags()
    {
        // UD conventions: "after" before a clause is SCONJ, "its" is PRON, a day name is PROPN.
        (string Words, string Tags)[] golden =
        [
            ("The city council approved a new budget for the harbour on Tuesday .",
                "DET NOUN NOUN VERB DET ADJ NOUN ADP DET NOUN ADP PROPN PUNCT"),
            ("The mayor , Elena Ruiz , said she would not seek a second term .",
                "DET NOUN PUNCT PROPN PROPN PUNCT VERB PRON AUX PART VERB DET ADJ NOUN PUNCT"),
            ("Shares of Northwind fell 4 percent after the company cut its forecast .",
                "NOUN ADP PROPN VERB NUM NOUN SCONJ DET NOUN VERB PRON NOUN PUNCT"),
            ("Workers were still clearing the narrow roads late on Sunday .",
                "NOUN AUX ADV VERB DET ADJ NOUN ADV ADP PROPN PUNCT"),
        ];

        var tagged = Tagger.Value.TagDocument([.. golden.Select(g => (IReadOnlyList<string>)g.Words.Split(' '))]);

        for (var s = 0; s < golden.Length; s++)
        {
            string.Join(' ', tagged[s]).ShouldBe(golden[s].Tags, golden[s].Words);
        }
    }

    [Fact]
    public void Process_AccuratePipeline_TagsEveryToken()
    {
        var pipeline = EnglishPipeline.Create(new NlpOptions { Profile = NlpProfile.Accurate });

        var document = pipeline.Process("Rescue teams reached the village before dawn. They found no one hurt.");

        document.PartsOfSpeech.ShouldNotBeNull().Count.ShouldBe(document.Tokens.Count);
        document.PartsOfSpeech[1].ShouldBe("NOUN");
        document.PartsOfSpeech[2].ShouldBe("VERB");
    }
}
