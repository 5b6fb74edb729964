using GraphBuilder.Nlp.Documents;

namespace GraphBuilder.Nlp.Tests.Documents;

public sealed class DocumentTests
{
    [Fact]
    public void SentenceOf_TokenInSecondSentence_ReturnsOne()
    {
        var document = new Document("A b. C d.");
        document.SetTokens([new(0, new(0, 1)), new(1, new(2, 3)), new(2, new(3, 4)), new(3, new(5, 6)), new(4, new(7, 8)), new(5, new(8, 9))]);
        document.SetSentences([new(0, new(0, 4), 0, 3), new(1, new(5, 9), 3, 3)]);

        var sentence = document.SentenceOf(4);

        sentence.ShouldBe(1);
    }

    [Fact]
    public void SetPartsOfSpeech_WrongCount_Throws()
    {
        var document = new Document("A b");
        document.SetTokens([new(0, new(0, 1)), new(1, new(2, 3))]);

        Should.Throw<ArgumentException>(() => document.SetPartsOfSpeech(["DET"]));
    }

    [Fact]
    public void SetTokens_AfterEntities_ClearsDependentLayers()
    {
        var document = new Document("Putin spoke");
        document.SetTokens([new(0, new(0, 5)), new(1, new(6, 11))]);
        document.SetEntities([new EntityMention(new(0, 5), 0, 1, EntityLabel.Person, 1, "test")]);

        document.SetTokens([new(0, new(0, 11))]);

        document.Entities.ShouldBeEmpty();
    }
}
