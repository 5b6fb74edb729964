using GraphBuilder.Extraction.Coreference;
using GraphBuilder.Extraction.Documents;
using GraphBuilder.Extraction.Relations;
using GraphBuilder.Graph.Model;
using GraphBuilder.Testing.Builders;

namespace GraphBuilder.Extraction.Tests.Coreference;

public sealed class PronounResolutionTests
{
    [Fact]
    public void Process_PronounAfterOnePerson_JoinsThatPersonWithAReason()
    {
        var document = new DocumentBuilder("Maria Alvarez spoke on Monday. She said the plan was wrong and her staff agreed.")
            .Entity("Maria Alvarez", EntityKind.Person)
            .Build();

        new CoreferenceResolver().Process(document);

        var chain = document.Chains.ShouldHaveSingleItem();
        chain.Mentions.Count.ShouldBe(3);
        chain.Aliases.ShouldBeEmpty();
        chain.CanonicalName.ShouldBe("Maria Alvarez");
        chain.Reasons.ShouldContain(r => r.Contains("'She'", StringComparison.Ordinal) && r.Contains("only fitting entity", StringComparison.Ordinal));
        document.Entities.Count(m => m.Form == MentionForm.Pronoun).ShouldBe(2);
    }

    [Theory]
    [InlineData("KIPLAGAT: Are you celebrating?\nCHEPKOECH: No. I accuse Daniel Rotich of hiding it.\nKIPLAGAT: Thank you.\nCHEPKOECH: Thank you.", true)]
    [InlineData("Asked whether she was celebrating, CHEPKOECH said no. I accuse Daniel Rotich of hiding it, she said.", false)]
    public void Process_FirstPersonInATranscript_IsTheSpeakerWhoseLabelOpensTheTurn(string text, bool transcript)
    {
        var document = new DocumentBuilder(text)
            .Entity("CHEPKOECH", EntityKind.Person)
            .Entity("Daniel Rotich", EntityKind.Person)
            .Build();
        if (transcript)
        {
            document = new DocumentBuilder(text)
                .Entity("KIPLAGAT", EntityKind.Person)
                .Entity("CHEPKOECH", EntityKind.Person)
                .Entity("Daniel Rotich", EntityKind.Person)
                .Build();
        }

        new CoreferenceResolver().Process(document);

        var speaker = document.Entities.First(m => document.Slice(m.Span) == "CHEPKOECH");
        document.Entities.Any(m => document.Slice(m.Span) == "I" && m.Chain == speaker.Chain && speaker.Chain >= 0).ShouldBe(transcript);
    }

    [Fact]
    public void Process_PronounAfterTwoPeople_StaysUnresolved()
    {
        var document = new DocumentBuilder("Maria Alvarez met Tomas Reyes on Monday. She said the talks went well.")
            .Entity("Maria Alvarez", EntityKind.Person)
            .Entity("Tomas Reyes", EntityKind.Person)
            .Build();

        new CoreferenceResolver().Process(document);

        document.Chains.Count.ShouldBe(2);
        document.Entities.ShouldNotContain(m => m.Form == MentionForm.Pronoun);
    }

    [Theory]
    [InlineData("Conor Brady, who met Declan Moriarty on Friday, said he backed the call.", "Conor Brady")]
    [InlineData("Declan Moriarty spoke to Niamh Gallagher. Conor Brady said that he backed the call.", "Conor Brady")]
    public void Process_HeOpeningWhatAReportingVerbReports_JoinsTheVerbsSubject(string text, string speaker)
    {
        var document = new DocumentBuilder(text)
            .EntityEverywhere("Conor Brady", EntityKind.Person)
            .EntityEverywhere("Declan Moriarty", EntityKind.Person)
            .EntityEverywhere("Niamh Gallagher", EntityKind.Person)
            .Build();

        new CoreferenceResolver().Process(document);

        document.Entities.Count(m => m.Form == MentionForm.Pronoun).ShouldBe(1);
        var pronoun = document.Entities.ToList().FindIndex(m => m.Form == MentionForm.Pronoun);
        document.Chains.Single(c => c.Mentions.Contains(pronoun)).CanonicalName.ShouldBe(speaker);
    }

    [Theory]
    [InlineData("fast")]
    [InlineData("accurate")]
    public void Extract_HeAfterAReportingVerbWhoseSubjectHasAnAside_IsTheSubject(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "Supporters met in Kilbrannock. Niamh Gallagher, chairwoman of the Ashgrove Supporters Trust, said the trust had not been consulted. "
            + "\"Declan Moriarty has treated us with contempt,\" she said. "
            + "The trust, which owns shares in the club, wants Declan Moriarty to explain the plans. "
            + "Conor Brady, who attended the meeting, said he backed the trust's call for an independent review.");

        // Two people are in reach of "he", and the trust was last named three sentences before "the trust's".
        draft.Relations.ShouldContain(r => r.Type == RelationKind.Supported
            && draft.Entities[r.Source].Name == "Conor Brady"
            && draft.Entities[r.Target].Name == "Ashgrove Supporters Trust");
    }

    [Fact]
    public void Process_SheAfterAQuotationNamingAnother_IsNotWhomTheQuotationNames()
    {
        var document = new DocumentBuilder("Niamh Gallagher chairs the trust. \"Declan Moriarty has treated us with contempt,\" she told the meeting.")
            .Entity("Niamh Gallagher", EntityKind.Person)
            .Entity("Declan Moriarty", EntityKind.Person)
            .Build();

        new CoreferenceResolver().Process(document);

        document.Chains.Single(c => c.CanonicalName == "Niamh Gallagher").Mentions.Count.ShouldBe(2);
    }

    [Fact]
    public void Process_ItAfterTwoBodies_IsTheReportingVerbsSubjectAndOpensTheNextSentenceAsIt()
    {
        var document = new DocumentBuilder("Heliox, the maker that has sponsored Team Borealis since 2022, said it was reviewing the contract. "
            + "Its chief executive, Sabine Kettler, spoke on Friday.")
            .Entity("Heliox", EntityKind.Organization)
            .Entity("Team Borealis", EntityKind.Organization)
            .Entity("Sabine Kettler", EntityKind.Person)
            .Build();

        new CoreferenceResolver().Process(document);

        var heliox = document.Chains.Single(c => c.CanonicalName == "Heliox");
        heliox.Mentions.Select(m => document.Slice(document.Entities[m].Span)).ShouldBe(["Heliox", "it", "Its"]);
    }

    [Fact]
    public void Process_PronounTooFarFromItsPerson_StaysUnresolved()
    {
        var document = new DocumentBuilder("Maria Alvarez spoke on Monday. The hearing went on. Reporters waited outside. She left at noon.")
            .Entity("Maria Alvarez", EntityKind.Person)
            .Build();

        new CoreferenceResolver().Process(document);

        document.Entities.ShouldNotContain(m => m.Form == MentionForm.Pronoun);
    }

    [Theory]
    [InlineData("Northwind Energy said on Friday that it would appeal the ruling.", "Northwind Energy", EntityKind.Organization)]
    [InlineData("Marenia said its border would stay open.", "Marenia", EntityKind.Location)]
    public void Process_ItAfterOneOrganisationOrPlace_JoinsIt(string text, string name, EntityKind kind)
    {
        var document = new DocumentBuilder(text).Entity(name, kind).Build();

        new CoreferenceResolver().Process(document);

        var chain = document.Chains.ShouldHaveSingleItem();
        chain.Kind.ShouldBe(kind);
        chain.Mentions.Count.ShouldBe(2);
    }

    [Fact]
    public void Process_ItWithAPersonOnly_StaysUnresolved()
    {
        var document = new DocumentBuilder("Maria Alvarez said it was a mistake.").Entity("Maria Alvarez", EntityKind.Person).Build();

        new CoreferenceResolver().Process(document);

        document.Entities.ShouldHaveSingleItem().Form.ShouldBe(MentionForm.Name);
    }

    [Fact]
    public void Process_ResolvedPronoun_CanCarryARelation()
    {
        var document = new DocumentBuilder("Lena Ortiz led the board for years. She resigned from Northwind Energy on Friday.")
            .Entity("Lena Ortiz", EntityKind.Person)
            .Entity("Northwind Energy", EntityKind.Organization)
            .Build();

        new CoreferenceResolver().Process(document);
        new RelationPatternExtractor().Process(document);

        var relation = document.Relations.ShouldHaveSingleItem();
        relation.Kind.ShouldBe(RelationKind.ResignedFrom);
        document.Chains[document.Entities[relation.Source].Chain].CanonicalName.ShouldBe("Lena Ortiz");
    }
}
