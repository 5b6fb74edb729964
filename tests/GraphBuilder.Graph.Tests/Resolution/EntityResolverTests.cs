using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Resolution;
using GraphBuilder.Testing.Fakes;

namespace GraphBuilder.Graph.Tests.Resolution;

public sealed class EntityResolverTests
{
    private static readonly Article Article = new("article:h-1", null, null, null, null, "hash", DateTimeOffset.UnixEpoch);

    [Fact]
    public async Task ResolveAsync_CaseVariantOfKnownEntity_JoinsIt()
    {
        var catalog = new InMemoryEntityCatalog().Add(EntityKind.Organization, "WikiLeaks");

        var graph = await new EntityResolver().ResolveAsync(Draft(Entity(EntityKind.Organization, "Wikileaks")), catalog);

        graph.Entities.Single().Id.Value.ShouldBe("organization:wikileaks");
        graph.Decisions.ShouldContain(d => d.Rule == "exact-key");
    }

    [Fact]
    public async Task ResolveAsync_AcronymOfKnownOrganization_JoinsIt()
    {
        var catalog = new InMemoryEntityCatalog().Add(EntityKind.Organization, "Democratic National Committee");

        var graph = await new EntityResolver().ResolveAsync(Draft(Entity(EntityKind.Organization, "DNC")), catalog);

        graph.Entities.Single().Id.Value.ShouldBe("organization:democratic-national-committee");
        graph.Decisions.ShouldContain(d => d.Rule == "acronym");
    }

    [Fact]
    public async Task ResolveAsync_TitledNameOfKnownPerson_JoinsIt()
    {
        var catalog = new InMemoryEntityCatalog().Add(EntityKind.Person, "Bernie Sanders");

        var graph = await new EntityResolver().ResolveAsync(Draft(Entity(EntityKind.Person, "Bernie Sanders", "Sen. Bernie Sanders")), catalog);

        graph.Entities.Single().Id.Value.ShouldBe("person:bernie-sanders");
    }

    [Fact]
    public async Task ResolveAsync_BareSurnameWithTwoKnownFullNames_StaysApart()
    {
        var catalog = new InMemoryEntityCatalog()
            .Add(EntityKind.Person, "Hillary Clinton", "Clinton")
            .Add(EntityKind.Person, "Bill Clinton", "Clinton");

        var graph = await new EntityResolver().ResolveAsync(Draft(Entity(EntityKind.Person, "Clinton")), catalog);

        graph.Entities.Single().Id.Value.ShouldBe("person:clinton");
        graph.Decisions.ShouldContain(d => d.Rule == "new" && d.Detail.Contains("ambiguous"));
    }

    [Fact]
    public async Task ResolveAsync_DifferentFullNamesSameSurname_StayTwoNodes()
    {
        var catalog = new InMemoryEntityCatalog().Add(EntityKind.Person, "Hillary Clinton");

        var graph = await new EntityResolver().ResolveAsync(Draft(Entity(EntityKind.Person, "Bill Clinton")), catalog);

        graph.Entities.Single().Id.Value.ShouldBe("person:bill-clinton");
    }

    [Fact]
    public async Task ResolveAsync_KnownNameOfOtherType_DoesNotJoin()
    {
        var catalog = new InMemoryEntityCatalog().Add(EntityKind.Location, "Washington");

        var graph = await new EntityResolver().ResolveAsync(Draft(Entity(EntityKind.Person, "Washington")), catalog);

        graph.Entities.Single().Id.Value.ShouldBe("person:washington");
    }

    [Fact]
    public async Task ResolveAsync_PlaceNameTypedAsOrganization_JoinsThePlace()
    {
        var catalog = new InMemoryEntityCatalog().Add(EntityKind.Location, "Harbor City");

        var graph = await new EntityResolver().ResolveAsync(Draft(Entity(EntityKind.Organization, "Harbor City")), catalog);

        graph.Entities.Single().Id.Value.ShouldBe("location:harbor-city");
        graph.Decisions.ShouldContain(d => d.Rule == "exact-key-metonymy");
    }

    [Fact]
    public async Task ResolveAsync_TwoDraftsResolvingToOneEntity_MergesTheirMentions()
    {
        var catalog = new InMemoryEntityCatalog().Add(EntityKind.Organization, "Democratic National Committee");
        var draft = Draft(Entity(EntityKind.Organization, "Democratic National Committee"), Entity(EntityKind.Organization, "DNC"));

        var graph = await new EntityResolver().ResolveAsync(draft, catalog);

        graph.Entities.Count.ShouldBe(1);
        graph.Entities[0].Spans.Count.ShouldBe(2);
        graph.Entities[0].Aliases.ShouldContain("DNC");
    }

    [Fact]
    public async Task ResolveAsync_ManyNames_AsksTheCatalogOnceForTheirKeysOnly()
    {
        var catalog = new InMemoryEntityCatalog().Add(EntityKind.Person, "Somebody Else");
        var draft = Draft(Entity(EntityKind.Person, "Ann Lee"), Entity(EntityKind.Organization, "Acme Corp"));

        await new EntityResolver().ResolveAsync(draft, catalog);

        catalog.LookUps.ShouldBe(1);
        catalog.KeysAsked.ShouldBe(3);
    }

    [Fact]
    public async Task ResolveAsync_RelationBetweenResolvedEntities_UsesTheirIds()
    {
        var catalog = new InMemoryEntityCatalog().Add(EntityKind.Person, "Vladimir Putin");
        var evidence = new Evidence(Article.Id, "Stone interviewed Putin.", 0, 24, 0.9, "test/1");
        var draft = Draft(Entity(EntityKind.Person, "Oliver Stone"), Entity(EntityKind.Person, "Putin", "Vladimir Putin")) with
        {
            Relations = [new DraftRelation(0, 1, RelationKind.Interviewed, evidence)],
        };

        var graph = await new EntityResolver().ResolveAsync(draft, catalog);

        var relation = graph.Relations.Single();
        relation.Source.Value.ShouldBe("person:oliver-stone");
        relation.Target.Value.ShouldBe("person:vladimir-putin");
    }

    private static ArticleDraft Draft(params DraftEntity[] entities) => new(Article, entities, [], [], "test");

    private static DraftEntity Entity(EntityKind kind, string name, params string[] aliases) =>
        new(kind, name, aliases, [new MentionSpan(0, name.Length, 0, name)], []);
}
