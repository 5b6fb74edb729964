using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Extraction.Tests.Relations;

/// <summary>
/// Names as Brazilian news in English writes them (the amazonia-santarem cluster's sentences, shortened): long names
/// with particles and a son's mark, nicknames after a post, Portuguese bodies' names with "e" and a place's possessive
/// before them, and their English names beside them, through the shipped pipeline.
/// </summary>
public sealed class BrazilianNamedNewsTests
{
    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_NameWithParticlesBeforeItsLastSurname_IsOnePerson(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "\"They told us the port would bring jobs,\" said Maria das Graças Ferreira da Silva, who has lived in Tracuazal all her life.");

        draft.Entities.ShouldContain(e => e.Name == "Maria das Graças Ferreira da Silva" && e.Kind == EntityKind.Person, Names(draft));
        draft.Entities.ShouldNotContain(e => e.Name == "da Silva", Names(draft));
    }

    [Fact]
    public void Extract_NicknameAfterThePersonsPost_IsThePersonsNotTheBodys()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "\"We did not need a study,\" said Maria das Graças Ferreira da Silva, president of the AMPT, known to everyone on the river as Dona Graça.");

        draft.Entities.Single(e => e.Name == "Maria das Graças Ferreira da Silva").Aliases.ShouldContain("Dona Graça", Names(draft));
        draft.Entities.ShouldNotContain(e => e.Kind == EntityKind.Organization && e.Aliases.Contains("Dona Graça"), Names(draft));
    }

    [Fact]
    public void Extract_SurnamesEndingInASonsMarkAlone_AreThePerson()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Raimundo Nonato dos Santos Junior, 54, handed in his resignation on Friday.\n\n"
            + "\"I am not leaving because I am tired,\" Santos Junior told the Ledger on Sunday at his home in Belem.");

        draft.Entities.ShouldNotContain(e => e.Kind != EntityKind.Person && (e.Name == "Santos Junior" || e.Aliases.Contains("Santos Junior")), Names(draft));
        draft.Entities.Single(e => e.Name == "Raimundo Nonato dos Santos Junior").Aliases.ShouldContain("Santos Junior", Names(draft));
    }

    [Fact]
    public void Extract_PortugueseBodyWithAndAfterAPlacesPossessive_IsTheBodyWithItsShortName()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "The court may suspend the licence granted to TGL in March by Pará's Secretaria de Estado de Meio Ambiente e Sustentabilidade (Semas).");

        var body = draft.Entities.Single(e => e.Name == "Secretaria de Estado de Meio Ambiente e Sustentabilidade");
        body.Kind.ShouldBe(EntityKind.Organization);
        body.Aliases.ShouldContain("Semas", Names(draft));
        draft.Entities.ShouldContain(e => e.Name == "Pará" && e.Kind == EntityKind.Location, Names(draft));
    }

    [Theory]
    [InlineData("The ruling freezes the licence issued in March by Semas, Para state's Environment and Sustainability Secretariat, and orders TGL to halt.", "Semas", "Environment and Sustainability Secretariat")]
    [InlineData("The suit was brought by the Ministério Público Federal, Brazil's Federal Public Prosecutor's Office.", "Ministério Público Federal", "Federal Public Prosecutor's Office")]
    public void Extract_BodysNameAfterThePlacesPossessiveBesideAnother_IsItsOtherName(string text, string name, string other)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        draft.Entities.ShouldContain(e => (e.Name == name && e.Aliases.Contains(other)) || (e.Name == other && e.Aliases.Contains(name)), Names(draft));
    }

    [Fact]
    public void Extract_ListOfBodiesAfterPlacesPossessives_StaysApart()
    {
        var draft = ShippedExtractors.Extract("accurate", "Investors compared Petrobras, Mexico's Pemex, and Norway's Equinor on Monday.");

        draft.Entities.ShouldNotContain(e => e.Aliases.Contains("Pemex") || e.Aliases.Contains("Petrobras"), Names(draft));
    }

    [Fact]
    public void Extract_HospitalAndItsNameInWelsh_AreOneBody()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "The board said all outpatient clinics at Glanmor General Hospital (Ysbyty Cyffredinol Glanmor) are cancelled until Friday.");

        var hospital = draft.Entities.ShouldHaveSingleItem(Names(draft));
        hospital.Kind.ShouldBe(EntityKind.Organization);
        hospital.Aliases.Append(hospital.Name).Order(StringComparer.Ordinal).ShouldBe(["Glanmor General Hospital", "Ysbyty Cyffredinol Glanmor"]);
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_ProperNameInsideAPortugueseBodysName_IsTheBody(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "Rios Vivos backs community\n\nThe Instituto Rios Vivos da Amazônia today published an independent study of the terminal.");

        var body = draft.Entities.Single(e => e.Name == "Instituto Rios Vivos da Amazônia");
        body.Kind.ShouldBe(EntityKind.Organization);
        body.Aliases.ShouldContain("Rios Vivos", Names(draft));
    }

    [Fact]
    public void Extract_BodyNamedForTwoPluralsWithPossessives_IsOneBody()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Maria das Graças Ferreira da Silva, president of the Tracuazal Residents' and Fishers' Association, who has fought the project "
            + "for two years, told GCR by phone that residents celebrated on the beach on Saturday.");

        draft.Entities.ShouldContain(e => e.Name == "Tracuazal Residents' and Fishers' Association" && e.Kind == EntityKind.Organization, Names(draft));
        Has(draft, "Maria das Graças Ferreira da Silva", RelationKind.Leads, "Tracuazal Residents' and Fishers' Association").ShouldBeTrue(Describe(draft));
    }

    [Fact]
    public void Extract_BodyThatSuedACompanyInARelativeClauseAfterItsAcronym_SuedIt()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "He said he would make himself available to the Ministerio Publico Federal (MPF), which last week sued TGL and the state government.");

        Has(draft, "Ministerio Publico Federal", RelationKind.Sued, "TGL").ShouldBeTrue(Describe(draft));
    }

    [Fact]
    public void Extract_SupportAnnouncedOrAClauseOnTheDescription_IsSupport()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "The Instituto Rios Vivos da Amazonia, a Belem-based NGO that has supported the Tracuazal Fishers' Association since 2023, called for a review.\n\n"
            + "The Green Party announced its formal support for Rosa Diaz.");

        Has(draft, "Instituto Rios Vivos da Amazonia", RelationKind.Supported, "Tracuazal Fishers' Association").ShouldBeTrue(Describe(draft));
        Has(draft, "Green Party", RelationKind.Supported, "Rosa Diaz").ShouldBeTrue(Describe(draft));
    }

    [Fact]
    public void Extract_ProgrammeAfterADayAndOn_IsTheTitleAlone()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Santos Junior is due to speak on Thursday on Beira de Rio, the weekly programme presented by journalist Bia Cordeiro on Radio Mocoronga.");

        draft.Entities.ShouldContain(e => e.Name == "Beira de Rio" && e.Kind == EntityKind.Work, Names(draft));
        draft.Entities.ShouldNotContain(e => e.Name.StartsWith("Thursday", StringComparison.Ordinal), Names(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_PortugueseBodysHeadAndAWord_IsABody(string profile)
    {
        var draft = ShippedExtractors.Extract(profile, "\"We respect the Ministério Público, but this lawsuit is a mistake,\" Almeida Filho told Atlântico Press.");

        draft.Entities.ShouldContain(e => e.Name == "Ministério Público" && e.Kind == EntityKind.Organization, Names(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_PlaceNamedOverItsParticle_IsOnePlace(string profile)
    {
        var draft = ShippedExtractors.Extract(profile, "The association is based in Socaire, in the commune of San Pedro de Atacama, and represents 120 families.");

        draft.Entities.ShouldContain(e => e.Name == "San Pedro de Atacama" && e.Kind == EntityKind.Location, Names(draft));
    }

    [Theory]
    [InlineData("Maria Alvarez took Calder Motors to court over the spill.", true)]
    [InlineData("Maria Alvarez took Calder Motors to dinner after the hearing.", false)]
    public void Extract_TookToCourt_IsALawsuitAndTookToAnythingElseIsNot(string text, bool sued)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        Has(draft, "Maria Alvarez", RelationKind.Sued, "Calder Motors").ShouldBe(sued, Describe(draft));
    }

    [Fact]
    public void Extract_WordAcronymReadAsAPlaceElsewhereInTheStory_VotesForTheBodyEverywhere()
    {
        // The fast recogniser reads two of the three later "Semas" as a place's name; the graph's type vote counts every
        // mention, so each must be the body's.
        var draft = ShippedExtractors.Extract(
            "fast",
            "IRVA asks the court to suspend the licence granted to TGL by Pará's Secretaria de Estado de Meio Ambiente e Sustentabilidade (Semas).\n\n"
            + "\"Semas approved this licence on the basis of a study that simply does not see the people who live there,\" said Francisca Lúcia Barbosa Tavares.\n\n"
            + "\"I hope the people at Semas read it too.\"\n\n"
            + "IRVA has requested meetings with Semas and with the federal environmental agency, Ibama.");

        var body = draft.Entities.Single(e => e.Name == "Secretaria de Estado de Meio Ambiente e Sustentabilidade");
        body.KindWeights.Keys.ShouldBe([EntityKind.Organization], Names(draft));
        body.Forms["Semas"].ShouldBe(4);
    }

    private static bool Has(ArticleDraft draft, string source, RelationKind kind, string target) =>
        draft.Relations.Any(r => r.Type == kind && r.Evidence.Confidence >= 0.5 && draft.Entities[r.Source].Name == source && draft.Entities[r.Target].Name == target);

    private static string Describe(ArticleDraft draft) => ShippedExtractors.Relations(draft);

    private static string Names(ArticleDraft draft) => ShippedExtractors.Entities(draft);
}
