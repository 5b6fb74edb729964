using GraphBuilder.Extraction.Coreference;
using GraphBuilder.Extraction.Documents;
using GraphBuilder.Extraction.Relations;
using GraphBuilder.Extraction.Typing;
using GraphBuilder.Graph.Model;
using GraphBuilder.Testing.Builders;

namespace GraphBuilder.Extraction.Tests.Relations;

public sealed class RelationPatternExtractorTests
{
    [Theory]
    [InlineData("Lena Ortiz interviewed Maria Alvarez on Friday.", "Lena Ortiz", EntityKind.Person, "Maria Alvarez", EntityKind.Person, RelationKind.Interviewed, "Lena Ortiz", "Maria Alvarez")]
    [InlineData("Alvarez said in an interview with filmmaker Lena Ortiz that the plan was wrong.", "Alvarez", EntityKind.Person, "Lena Ortiz", EntityKind.Person, RelationKind.Interviewed, "Lena Ortiz", "Alvarez")]
    [InlineData("Ortiz conducted three long interviews with Reyes last year.", "Ortiz", EntityKind.Person, "Reyes", EntityKind.Person, RelationKind.Interviewed, "Ortiz", "Reyes")]
    [InlineData("Northwind Energy chief executive Tomas Reyes spoke.", "Northwind Energy", EntityKind.Organization, "Tomas Reyes", EntityKind.Person, RelationKind.Leads, "Tomas Reyes", "Northwind Energy")]
    [InlineData("Alvarez, who chairs the Senate Energy Committee, spoke.", "Alvarez", EntityKind.Person, "Senate Energy Committee", EntityKind.Organization, RelationKind.Leads, "Alvarez", "Senate Energy Committee")]
    [InlineData("Ben Ode, a spokesman for Northwind Energy, declined to comment.", "Ben Ode", EntityKind.Person, "Northwind Energy", EntityKind.Organization, RelationKind.WorksFor, "Ben Ode", "Northwind Energy")]
    [InlineData("Northwind Energy, which is based in Port Elena, said it welcomed hearings.", "Northwind Energy", EntityKind.Organization, "Port Elena", EntityKind.Location, RelationKind.BasedIn, "Northwind Energy", "Port Elena")]
    [InlineData("Senator Maria Alvarez on Monday criticized Northwind Energy over its plan.", "Maria Alvarez", EntityKind.Person, "Northwind Energy", EntityKind.Organization, RelationKind.Criticized, "Maria Alvarez", "Northwind Energy")]
    [InlineData("Tomas Reyes met Governor Helen Park in Harbor City.", "Tomas Reyes", EntityKind.Person, "Helen Park", EntityKind.Person, RelationKind.Met, "Tomas Reyes", "Helen Park")]
    [InlineData("The Harbor Tapes premiered on Channel Nine on Friday.", "The Harbor Tapes", EntityKind.Work, "Channel Nine", EntityKind.Organization, RelationKind.AiredOn, "The Harbor Tapes", "Channel Nine")]
    [InlineData("The Harbor Tapes, a documentary by filmmaker Lena Ortiz, was shown.", "The Harbor Tapes", EntityKind.Work, "Lena Ortiz", EntityKind.Person, RelationKind.Created, "Lena Ortiz", "The Harbor Tapes")]
    [InlineData("Police said Tom Barr killed Ann Lee on Sunday.", "Tom Barr", EntityKind.Person, "Ann Lee", EntityKind.Person, RelationKind.Killed, "Tom Barr", "Ann Lee")]
    [InlineData("Helen Park's husband Tom Park attended.", "Helen Park", EntityKind.Person, "Tom Park", EntityKind.Person, RelationKind.RelatedTo, "Helen Park", "Tom Park")]
    public void Process_NewsSentence_FindsTheStatedRelation(string text, string first, EntityKind firstKind, string second, EntityKind secondKind, RelationKind kind, string source, string target)
    {
        var document = Annotate(new DocumentBuilder(text).Entity(first, firstKind).Entity(second, secondKind));

        var relation = document.Relations.ShouldHaveSingleItem();

        relation.Kind.ShouldBe(kind);
        document.Slice(document.Entities[relation.Source].Span).ShouldBe(source);
        document.Slice(document.Entities[relation.Target].Span).ShouldBe(target);
        relation.Confidence.ShouldBeInRange(0.5, 1.0);
    }

    [Theory]
    [InlineData("Maria Alvarez did not criticize Northwind Energy on Monday.")]
    [InlineData("Maria Alvarez denied she ever criticized Northwind Energy.")]
    [InlineData("Maria Alvarez never met Northwind Energy executives.")]
    public void Process_NegatedStatement_GivesNoRelation(string text)
    {
        var document = Annotate(new DocumentBuilder(text).Entity("Maria Alvarez", EntityKind.Person).Entity("Northwind Energy", EntityKind.Organization));

        document.Relations.ShouldBeEmpty();
    }

    [Fact]
    public void Process_TitleAfterVerb_IsNotALeader()
    {
        var document = Annotate(new DocumentBuilder("Northwind Energy met Governor Helen Park.").Entity("Northwind Energy", EntityKind.Organization).Entity("Helen Park", EntityKind.Person));

        document.Relations.ShouldNotContain(r => r.Kind == RelationKind.Leads);
    }

    [Fact]
    public void Process_SecondAimOfOneAttempt_StatesItOfTheSubject()
    {
        var document = Annotate(new DocumentBuilder("The Harbor Party had tried to support Lena Ortiz during the primaries and also to discredit Senator Tomas Reyes.")
            .Entity("Harbor Party", EntityKind.Organization).Entity("Lena Ortiz", EntityKind.Person).Entity("Tomas Reyes", EntityKind.Person));

        document.Relations.Select(r => (document.Slice(document.Entities[r.Source].Span), r.Kind, document.Slice(document.Entities[r.Target].Span)))
            .ShouldBe(
            [
                ("Harbor Party", RelationKind.Supported, "Lena Ortiz"), ("Harbor Party", RelationKind.Criticized, "Tomas Reyes"),
            ],
            ignoreOrder: true);
    }

    [Fact]
    public void Process_Coordination_StatesTheRelationOfEachName()
    {
        var document = Annotate(new DocumentBuilder("Ortiz interviewed Maria Alvarez and Tomas Reyes for the film.")
            .Entity("Ortiz", EntityKind.Person).Entity("Maria Alvarez", EntityKind.Person).Entity("Tomas Reyes", EntityKind.Person));

        document.Relations.Select(r => document.Slice(document.Entities[r.Target].Span)).ShouldBe(["Maria Alvarez", "Tomas Reyes"]);
    }

    [Fact]
    public void Process_RivalApposition_PointsToThePersonBefore()
    {
        var document = Annotate(new DocumentBuilder("The party backed Hillary Clinton over Senator Bernie Sanders, her competitor in the primaries.")
            .Entity("Hillary Clinton", EntityKind.Person).Entity("Bernie Sanders", EntityKind.Person));

        var relation = document.Relations.ShouldHaveSingleItem();
        relation.Kind.ShouldBe(RelationKind.CompetedWith);
        document.Slice(document.Entities[relation.Source].Span).ShouldBe("Bernie Sanders");
    }

    [Fact]
    public void Process_DemonymBeforeLeaderTitle_LeadsTheCountry()
    {
        var document = Annotate(new DocumentBuilder("Russian President Vladimir Putin spoke in Moscow. Russia rejected the report.")
            .Entity("Russian", EntityKind.Other).Entity("Vladimir Putin", EntityKind.Person).Entity("Moscow", EntityKind.Location).Entity("Russia", EntityKind.Location));

        var relation = document.Relations.ShouldHaveSingleItem();
        relation.Kind.ShouldBe(RelationKind.Leads);
        document.Chains[document.Entities[relation.Target].Chain].CanonicalName.ShouldBe("Russia");
    }

    [Fact]
    public void Process_ResignationOfTitleHolder_ResignsFromTheBody()
    {
        var document = Annotate(new DocumentBuilder("The Harbor Council met. As a result, the council's chairwoman Ann Lee had to step down last week.")
            .Entity("Harbor Council", EntityKind.Organization).Entity("Ann Lee", EntityKind.Person));

        document.Relations.Select(r => r.Kind).ShouldBe([RelationKind.Leads, RelationKind.ResignedFrom], ignoreOrder: true);
    }

    [Fact]
    public void Process_WorkNamedAfterTheSentenceAnnouncingIt_IsCreatedByItsSubject()
    {
        var document = Annotate(new DocumentBuilder("Ortiz filmed residents for her two-part documentary. The Harbor Tapes premiered on Channel Nine.")
            .Entity("Ortiz", EntityKind.Person).Entity("Channel Nine", EntityKind.Organization));

        var created = document.Relations.Single(r => r.Kind == RelationKind.Created);
        document.Slice(document.Entities[created.Target].Span).ShouldBe("The Harbor Tapes");
        created.Evidence.ShouldNotBeNull();
        document.Relations.ShouldContain(r => r.Kind == RelationKind.AiredOn);
    }

    private static KnowledgeDocument Annotate(DocumentBuilder builder)
    {
        var document = builder.Build();
        new EntityTypeRefiner().Process(document);
        new CoreferenceResolver().Process(document);
        new RelationPatternExtractor().Process(document);
        return document;
    }
}
