using GraphBuilder.Extraction.Documents;
using GraphBuilder.Extraction.Relations;
using GraphBuilder.Graph.Model;
using GraphBuilder.Nlp;
using GraphBuilder.Nlp.Models;
using GraphBuilder.Testing.Builders;

namespace GraphBuilder.Extraction.Tests.Relations;

public sealed class RelationClassifierExtractorTests
{
    [Theory]
    [InlineData("Lena Ortiz, an engineer at Northwind Energy, said the pipeline was safe.", "Lena Ortiz", EntityKind.Person, "Northwind Energy", EntityKind.Organization, RelationKind.WorksFor)]
    public void Process_NewsSentence_FindsTheClassifiersRelationWithCalibratedConfidence(string text, string first, EntityKind firstKind, string second, EntityKind secondKind, RelationKind kind)
    {
        var document = Annotate(new DocumentBuilder(text).Entity(first, firstKind).Entity(second, secondKind), withPatterns: false);

        var relation = document.Relations.ShouldHaveSingleItem();

        relation.Kind.ShouldBe(kind);
        document.Slice(document.Entities[relation.Source].Span).ShouldBe(first);
        document.Slice(document.Entities[relation.Target].Span).ShouldBe(second);
        relation.Confidence.ShouldBeInRange(RelationClassifierExtractor.MinimumConfidence, 1.0);
        relation.Extractor.ShouldBe("relation-classifier/1:" + relation.Kind switch
        {
            RelationKind.LivesIn => "Live_In",
            _ => "Work_For",
        });
    }

    [Fact]
    public void Process_RelationThePatternsFound_IsNotRepeated()
    {
        var document = Annotate(new DocumentBuilder("Ben Ode, a spokesman for Northwind Energy, declined to comment.")
            .Entity("Ben Ode", EntityKind.Person).Entity("Northwind Energy", EntityKind.Organization));

        var relation = document.Relations.ShouldHaveSingleItem();
        relation.Kind.ShouldBe(RelationKind.WorksFor);
        relation.Extractor.ShouldStartWith("relation-patterns/");
    }

    [Theory]
    [InlineData("Tom Barr, who never lived in Port Elena, was arrested on Friday.")]
    [InlineData("Tom Barr denied he was a resident of Port Elena.")]
    public void Process_NegatedStatement_GivesNoRelation(string text)
    {
        var document = Annotate(new DocumentBuilder(text).Entity("Tom Barr", EntityKind.Person).Entity("Port Elena", EntityKind.Location), withPatterns: false);

        document.Relations.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Lena Ortiz tried to win over the Harbor Council and also to discredit the rumours.", "Harbor Council")]
    [InlineData("Lena Ortiz lobbied the Harbor Council for months before the vote.", "Harbor Council")]
    [InlineData("Tom Barr sued Northwind Energy over the spill in the harbour.", "Northwind Energy")]
    public void Process_PersonActingOnABodyFromOutside_DoesNotWorkForIt(string text, string organization)
    {
        var person = text[..text.IndexOf(' ', text.IndexOf(' ') + 1)];
        var document = Annotate(new DocumentBuilder(text).Entity(person, EntityKind.Person).Entity(organization, EntityKind.Organization), withPatterns: false);

        document.Relations.ShouldNotContain(r => r.Kind == RelationKind.WorksFor);
    }

    [Fact]
    public void Process_AgencyCreditInADateline_IsNotBasedInTheDatelinePlace()
    {
        var options = new NlpOptions { Profile = NlpProfile.Accurate };
        var store = new EmbeddedModelStore();
        var extractor = new KnowledgeExtractor(EnglishPipeline.Create(options, store), ExtractionStages.Create(() => EnglishPipeline.LoadRelations(store, options.Profile)));

        var document = extractor.Annotate("NEW YORK, June 15. /TASS/. Film director Lena Ortiz said on Thursday that her documentary about the harbour would air in the autumn.");

        document.Entities.ShouldContain(m => document.Slice(m.Span) == "TASS");
        document.Relations.ShouldNotContain(r => r.Kind == RelationKind.BasedIn);
    }

    [Theory]
    [InlineData("Then Norway opened the scoring, when Erik Lund scored from close range.", "Norway")]
    [InlineData("Norway beat Chile on Sunday after Erik Lund scored twice.", "Norway")]
    [InlineData("In the 20th minute, Erik Lund missed a chance to put Norway in the lead.", "Norway")]
    [InlineData("Portugal started the match on the attack, with Rui Santos, Nuno Pires and Tiago Alves pressing high.", "Portugal")]
    public void Process_PlaceThatIsAVerbsSubjectOrObject_IsNotWhereSomeoneLives(string text, string place)
    {
        foreach (var document in new[] { Extract(text), Extract(text, NlpProfile.Fast) })
        {
            document.Relations.ShouldNotContain(r => r.Kind == RelationKind.LivesIn && document.Slice(document.Entities[r.Target].Span) == place);
        }
    }

    [Fact]
    public void Process_AgencyCreditInADatelineAfterAHeadline_IsNotBasedInTheDatelinePlace()
    {
        var document = Extract("Belgian Cyclist Verhoeven Provisionally Suspended After Positive Test\n\n"
            + "BRUSSELS, Aug 12, 2026 (AFP) - Belgian rider Lucas Verhoeven has been provisionally suspended after a positive test, the agency said on Wednesday.");

        document.Entities.ShouldContain(m => document.Slice(m.Span) == "AFP");
        document.Relations.ShouldNotContain(r => r.Kind == RelationKind.BasedIn);
    }

    [Fact]
    public void Process_CountryBesideACity_DoesNotLieInIt()
    {
        var text = "DUBLIN, Nov 20 (Reuters) - Swedish investment group Meridian Sports Capital has agreed to buy League of Ireland club Ashgrove Rovers. "
            + "Meridian, which is based in Gothenburg, owns stakes in clubs in Sweden and Denmark.";
        foreach (var document in new[] { Extract(text), Extract(text, NlpProfile.Fast) })
        {
            document.Relations.ShouldNotContain(r => r.Kind == RelationKind.LocatedIn && document.Slice(document.Entities[r.Source].Span) == "Sweden");
        }
    }

    [Theory]
    [InlineData("Sara Lind studied in Germany before she came back.", "Germany")]
    [InlineData("Omar Haddad was arrested in Cairo last week.", "Cairo")]
    [InlineData("Nora Berg, the author of two novels, signed copies in Tromso on Saturday.", "Tromso")]
    public void Process_PlaceWhereSomethingElseHappened_IsNotWhereSomeoneLives(string text, string place)
    {
        foreach (var document in new[] { Extract(text), Extract(text, NlpProfile.Fast) })
        {
            document.Relations.ShouldNotContain(r => r.Kind == RelationKind.LivesIn && document.Slice(document.Entities[r.Target].Span) == place);
        }
    }

    [Theory]
    [InlineData("Tariq Nasser, a 15-year-old boy from Dalton, Georgia, was detained at his school.", "Tariq Nasser", "Dalton")]
    [InlineData("Pennsylvania Senator Rick Moran said the bill would pass.", "Rick Moran", "Pennsylvania")]
    [InlineData("Valeria Costa was born in Switzerland but moved to Britain as a child.", "Valeria Costa", "Switzerland")]
    [InlineData("Jonas Falk grew up in Uppsala and works in Stockholm.", "Jonas Falk", "Stockholm")]
    public void Process_PlaceAfterAPrepositionOrInACompound_StaysWhereSomeoneLives(string text, string person, string place)
    {
        var document = Extract(text);

        document.Relations.ShouldContain(r => r.Kind == RelationKind.LivesIn
            && document.Slice(document.Entities[r.Source].Span) == person
            && document.Slice(document.Entities[r.Target].Span) == place);
    }

    [Theory]
    [InlineData("The Bergen-based charity Sea Watch filed the complaint.")]
    [InlineData("The Bergen-based Sea Watch filed the complaint.")]
    public void Process_PlaceBasedBeforeAnOrganisation_IsWhereThePatternsSayItIsBased(string text)
    {
        var document = Extract(text);

        document.Relations.ShouldContain(r => r.Kind == RelationKind.BasedIn
            && r.Extractor.StartsWith("relation-patterns/", StringComparison.Ordinal)
            && document.Slice(document.Entities[r.Source].Span) == "Sea Watch"
            && document.Slice(document.Entities[r.Target].Span) == "Bergen");
    }

    private static KnowledgeDocument Extract(string text, NlpProfile profile = NlpProfile.Accurate)
    {
        var options = new NlpOptions { Profile = profile };
        var store = new EmbeddedModelStore();
        var extractor = new KnowledgeExtractor(EnglishPipeline.Create(options, store), ExtractionStages.Create(() => EnglishPipeline.LoadRelations(store, options.Profile)));
        return extractor.Annotate(text);
    }

    private static KnowledgeDocument Annotate(DocumentBuilder builder, bool withPatterns = true, NlpProfile profile = NlpProfile.Fast)
    {
        var document = builder.Build();
        var store = new EmbeddedModelStore();
        foreach (var stage in ExtractionStages.Create(() => EnglishPipeline.LoadRelations(store, profile)).Where(s => withPatterns || s is not RelationPatternExtractor))
        {
            stage.Process(document);
        }

        return document;
    }
}
