using GraphBuilder.Extraction.Coreference;
using GraphBuilder.Extraction.Documents;
using GraphBuilder.Extraction.Mapping;
using GraphBuilder.Extraction.Typing;
using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Model;
using GraphBuilder.Testing.Builders;

namespace GraphBuilder.Extraction.Tests.Mapping;

public sealed class DocumentGraphMapperTests
{
    private static readonly ArticleSource Source = new("https://news.example/a", "Title", "Example News", null);

    [Fact]
    public void Map_WithoutCoreference_GroupsMentionsOfOneName()
    {
        var document = new DocumentBuilder("WikiLeaks published the files. Wikileaks said more would follow.")
            .Entity("WikiLeaks", EntityKind.Organization)
            .Entity("Wikileaks", EntityKind.Organization)
            .Build();

        var draft = DocumentGraphMapper.Map(document, Source, "v1", DateTimeOffset.UnixEpoch);

        var entity = draft.Entities.ShouldHaveSingleItem();
        entity.Spans.Count.ShouldBe(2);
        entity.Aliases.ShouldContain("Wikileaks");
    }

    [Fact]
    public void Map_MultiWordOrganizationWithoutAcronym_InventsNone()
    {
        var document = new DocumentBuilder("The Democratic National Committee met on Monday.")
            .Entity("Democratic National Committee", EntityKind.Organization)
            .Build();

        var draft = DocumentGraphMapper.Map(document, Source, "v1", DateTimeOffset.UnixEpoch);

        var entity = draft.Entities.ShouldHaveSingleItem();
        entity.Aliases.ShouldBeEmpty();
        entity.Acronyms.ShouldBeEmpty();
    }

    [Fact]
    public void Map_AcronymTheArticleDefines_IsKeptApartFromTheNamesForms()
    {
        var document = new DocumentBuilder("The Democratic National Committee (DNC) met on Monday. The DNC said the Democratic National Committee would meet again.")
            .Entity("Democratic National Committee", EntityKind.Organization)
            .Entity("DNC", EntityKind.Organization, occurrence: 1, confidence: 0.5)
            .Entity("DNC", EntityKind.Location, occurrence: 2, confidence: 0.5)
            .Entity("Democratic National Committee", EntityKind.Organization, occurrence: 2)
            .Build();
        new CoreferenceResolver().Process(document);

        var draft = DocumentGraphMapper.Map(document, Source, "v1", DateTimeOffset.UnixEpoch);

        var entity = draft.Entities.ShouldHaveSingleItem();
        entity.Name.ShouldBe("Democratic National Committee");
        entity.Acronyms.ShouldBe(["DNC"]);
        entity.Forms.ShouldBe(new Dictionary<string, int> { ["Democratic National Committee"] = 2 });
        entity.KindWeights.ShouldBe(new Dictionary<EntityKind, long> { [EntityKind.Organization] = 2300, [EntityKind.Location] = 500 }, ignoreOrder: true);
    }

    [Fact]
    public void Map_AmericaAndTheUnitedStatesInOneArticle_AreOnePlaceUnderItsUsualName()
    {
        var document = new DocumentBuilder("America voted. Observers in the United States said America had chosen.")
            .Entity("America", EntityKind.Location)
            .Entity("United States", EntityKind.Location)
            .Entity("America", EntityKind.Location, occurrence: 2)
            .Build();
        new EntityTypeRefiner().Process(document);
        new CoreferenceResolver().Process(document);

        var draft = DocumentGraphMapper.Map(document, Source, "v1", DateTimeOffset.UnixEpoch);

        var entity = draft.Entities.ShouldHaveSingleItem();
        entity.Name.ShouldBe("United States");
        entity.Spans.Select(s => s.Text).ShouldBe(["America", "United States", "America"]);
    }

    [Fact]
    public void Map_TwoNamesInOneSentence_RecordsOneCoMention()
    {
        var document = new DocumentBuilder("Oliver Stone interviewed Vladimir Putin. Putin spoke.")
            .Entity("Oliver Stone", EntityKind.Person)
            .Entity("Vladimir Putin", EntityKind.Person)
            .Entity("Putin", EntityKind.Person, occurrence: 2)
            .Build();

        var draft = DocumentGraphMapper.Map(document, Source, "v1", DateTimeOffset.UnixEpoch);

        draft.CoMentions.ShouldHaveSingleItem().Count.ShouldBe(1);
    }

    [Fact]
    public void Map_Relation_CarriesSentenceEvidenceWithOffsets()
    {
        var document = new DocumentBuilder("Intro sentence here. Oliver Stone interviewed Vladimir Putin.")
            .Entity("Oliver Stone", EntityKind.Person)
            .Entity("Vladimir Putin", EntityKind.Person)
            .Build();
        var mentions = document.Entities;
        DocumentGraphMapper.Map(document, Source, "v1", DateTimeOffset.UnixEpoch);
        document.SetRelations([new RelationMention(0, 1, RelationKind.Interviewed, 1, 0.8, "test/1")]);

        var draft = DocumentGraphMapper.Map(document, Source, "v1", DateTimeOffset.UnixEpoch);

        var evidence = draft.Relations.ShouldHaveSingleItem().Evidence;
        evidence.Sentence.ShouldBe("Oliver Stone interviewed Vladimir Putin.");
        document.Text[evidence.Start..evidence.End].ShouldBe(evidence.Sentence);
        evidence.Confidence.ShouldBe(0.8);
        evidence.Article.ShouldBe(draft.Article.Id);
        mentions.Count.ShouldBe(2);
    }

    [Fact]
    public void Map_SameTextTwice_GivesSameArticleIdAndHash()
    {
        var first = DocumentGraphMapper.Map(new DocumentBuilder("Same text.").Build(), Source, "v1", DateTimeOffset.UnixEpoch);
        var second = DocumentGraphMapper.Map(new DocumentBuilder("Same text.").Build(), Source, "v1", DateTimeOffset.UnixEpoch.AddDays(1));

        second.Article.Id.ShouldBe(first.Article.Id);
        second.Article.ContentHash.ShouldBe(first.Article.ContentHash);
    }
}
