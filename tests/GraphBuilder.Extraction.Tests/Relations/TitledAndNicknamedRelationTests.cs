using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Extraction.Tests.Relations;

/// <summary>
/// Relations stated through a public office, a company's description, a nickname or a sit-down interview, as Nigerian
/// news states them (the ogbomoso cluster's sentences, shortened), through the shipped pipeline.
/// </summary>
public sealed class TitledAndNicknamedRelationTests
{
    [Theory]
    [InlineData("fast")]
    [InlineData("accurate")]
    public void Extract_OfficeAloneAfterThePersonIntroducedWithIt_IsThatPerson(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "The market was commissioned by Governor Babatunde Oyelaran in February.\n\n"
            + "The lawmaker, Adewale Oyediran, criticised the governor, saying the project had been rushed.");

        Has(draft, "Adewale Oyediran", RelationKind.Criticized, "Babatunde Oyelaran").ShouldBeTrue(Describe(draft));
    }

    [Theory]
    [InlineData("fast")]
    [InlineData("accurate")]
    public void Extract_OfficeAloneAfterATitleWithItsPortfolio_IsThatPerson(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "But the state Commissioner for Works and Transport, Engr. Rasheed Akanbi, said the building was sound.\n\n"
            + "Sidikat Adeoti criticised the commissioner on Tuesday.");

        Has(draft, "Sidikat Adeoti", RelationKind.Criticized, "Rasheed Akanbi").ShouldBeTrue(Describe(draft));
    }

    [Fact]
    public void Extract_OfficeNoOneWasIntroducedWith_IsNoOne()
    {
        var draft = ShippedExtractors.Extract("accurate", "Sidikat Adeoti criticised the governor on Tuesday.");

        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.Criticized, Describe(draft));
        draft.Entities.ShouldNotContain(e => e.Name.Contains("governor", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Extract_StatesHeadInAStoryNamingItsGovernment_LeadsTheGovernment()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Oyo State Governor, Babatunde Adisa Oyelaran, has sacked the works commissioner.\n\n"
            + "The contractor was suspended from all contracts of the Oyo State Government.");

        Has(draft, "Babatunde Adisa Oyelaran", RelationKind.Leads, "Oyo State Government").ShouldBeTrue(Describe(draft));
    }

    [Fact]
    public void Extract_SackingByTheHeadOfAStateReadAsABody_StatesNoResignationFromThePlace()
    {
        // The cluster's newspaper page, shortened; the recogniser reads "Oyo State" as a body's name before "Governor".
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Oyo State Governor, Babatunde Adisa Oyelaran, has sacked the Commissioner for Works and Transport, Engr. Rasheed Akanbi, "
            + "five days after part of the Oke-Alafia Ultra-Modern Market in Ogbomoso collapsed, killing four traders.\n\n"
            + "But the lawmaker representing Ogbomoso North State Constituency in the Oyo State House of Assembly, Hon. Adewale Oyediran, "
            + "dismissed the sacking as \"a cosmetic sacrifice\".");

        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.Leads && draft.Entities[r.Target].Name == "Oyo State House of Assembly", Describe(draft));
        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.ResignedFrom, Describe(draft));
    }

    [Theory]
    [InlineData("He denied claims by OCNL's managing director, Chief Chukwuemeka Anyaoha, that the ministry ordered it.", "OCNL")]
    [InlineData("He declined to comment on claims by Obelle Construction's managing director, Chief Emeka Anyaoha, on Friday.", "Obelle Construction")]
    public void Extract_TitleAndCourtesyTitleAfterADenial_StillLeads(string text, string company)
    {
        // The denial is of the claims; the title before the name is no claim.
        var draft = ShippedExtractors.Extract("accurate", text);

        draft.Relations.ShouldContain(r => r.Type == RelationKind.Leads && draft.Entities[r.Target].Name == company, Describe(draft));
    }

    [Fact]
    public void Extract_DenialBetweenTheCompanyAndTheName_StatesNoTitle()
    {
        var draft = ShippedExtractors.Extract("accurate", "Northwind Energy's chief executive was never Tomas Reyes, the board said.");

        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.Leads, Describe(draft));
    }

    [Fact]
    public void Extract_HeadWhoSacksSomeone_RemovesHimFromTheBodyHeLeads()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Oyo State Governor, Babatunde Adisa Oyelaran, has sacked the Commissioner for Works and Transport, Engr. Rasheed Akanbi, "
            + "five days after the collapse.\n\nThe contractor was suspended from all contracts of the Oyo State Government.");

        Has(draft, "Rasheed Akanbi", RelationKind.ResignedFrom, "Oyo State Government").ShouldBeTrue(Describe(draft));
    }

    [Fact]
    public void Extract_SackingBySomeoneLeadingNoNamedBody_StatesNoResignation()
    {
        var draft = ShippedExtractors.Extract("accurate", "Governor Babatunde Oyelaran has sacked Rasheed Akanbi, his commissioner.");

        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.ResignedFrom, Describe(draft));
    }

    [Fact]
    public void Extract_DenialOfClaimsBySomeone_IsTheirAccusationOfWhoeverDenies()
    {
        // "He" follows a quotation its speaker closed with "he said": the pronoun resolved there stands for Akanbi.
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Rasheed Akanbi told the panel that the firm had cut corners.\n\n\"The contractor cut corners and broke its word,\" he said.\n\n"
            + "He denied claims by OCNL's managing director, Chief Chukwuemeka Anyaoha, that the ministry ordered the removal of props.");

        Has(draft, "Chukwuemeka Anyaoha", RelationKind.Accused, "Rasheed Akanbi").ShouldBeTrue(Describe(draft));
        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.Accused && draft.Entities[r.Source].Name == "OCNL", Describe(draft));
    }

    [Theory]
    [InlineData("fast")]
    [InlineData("accurate")]
    public void Extract_AccusationOfTheContractor_IsOfTheCompanyTheStoryNamed(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "The market was built by Obelle Construction Nigeria Limited at a cost of 4.6 billion naira.\n\n"
            + "Sidikat Adeoti accused the contractor of using substandard materials.");

        Has(draft, "Sidikat Adeoti", RelationKind.Accused, "Obelle Construction Nigeria Limited").ShouldBeTrue(Describe(draft));
    }

    [Fact]
    public void Extract_SatDownWithAHostForAnInterview_IsInterviewedByTheHostAndNoMeeting()
    {
        // Accurate only: the fast recogniser reads this sentence's "Funmilayo Oyekunle" as a body's name.
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Chukwuemeka Anyaoha is the managing director of Obelle Construction Nigeria Limited. "
            + "He sat down with Funmilayo Oyekunle for almost forty minutes on Wednesday, in his first interview since the collapse.");

        Has(draft, "Funmilayo Oyekunle", RelationKind.Interviewed, "Chukwuemeka Anyaoha").ShouldBeTrue(Describe(draft));
        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.Met, Describe(draft));
    }

    [Fact]
    public void Extract_SatDownWithSomeoneWithoutAnInterview_IsNoInterview()
    {
        var draft = ShippedExtractors.Extract("accurate", "Chukwuemeka Anyaoha sat down with Funmilayo Oyekunle for lunch on Wednesday.");

        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.Interviewed, Describe(draft));
        draft.Relations.ShouldContain(r => r.Type == RelationKind.Met, Describe(draft));
    }

    [Theory]
    [InlineData("Chukwuemeka Anyaoha, known in Ibadan business circles as \"Odogwu\", denied the claim.", "Chukwuemeka Anyaoha", "Odogwu")]
    [InlineData("Sidikat Adeoti, who is known across the town's markets as Mama Oja, spoke on Friday.", "Sidikat Adeoti", "Mama Oja")]
    [InlineData("Chief Chukwuemeka Anyaoha — \"Odogwu\" to his many friends — runs the firm.", "Chukwuemeka Anyaoha", "Odogwu")]
    [InlineData("Governor Babatunde Oyelaran met the traders. The governor, popularly called BAO by his supporters, was angry.", "Babatunde Oyelaran", "BAO")]
    public void Extract_NicknameTheTextGives_IsAnotherNameOfThePerson(string text, string name, string nickname)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        var entity = draft.Entities.Single(e => e.Name == name || e.Aliases.Contains(name));
        (entity.Aliases.Contains(nickname) || entity.Name == nickname).ShouldBeTrue(string.Join("; ", draft.Entities.Select(e => $"{e.Name} [{string.Join(", ", e.Aliases)}]")));
        draft.Entities.Count(e => e.Name == nickname || e.Aliases.Contains(nickname)).ShouldBe(1);
    }

    [Fact]
    public void Extract_QuotedNameAfterADashThatOpensAQuotation_IsNoNickname()
    {
        var draft = ShippedExtractors.Extract("accurate", "The panel heard Rasheed Akanbi — \"Oyelaran knew all along,\" he said.");

        draft.Entities.Count(e => e.Kind == EntityKind.Person).ShouldBe(2, string.Join("; ", draft.Entities.Select(e => $"{e.Name} [{string.Join(", ", e.Aliases)}]")));
    }

    [Fact]
    public void Extract_NameAfterACommaThatIsNoNickname_StaysApart()
    {
        var draft = ShippedExtractors.Extract("accurate", "Chukwuemeka Anyaoha, who met Funmilayo Oyekunle on Friday, denied the claim.");

        draft.Entities.Count(e => e.Kind == EntityKind.Person).ShouldBe(2);
    }

    private static bool Has(ArticleDraft draft, string source, RelationKind kind, string target) =>
        draft.Relations.Any(r => r.Type == kind && r.Evidence.Confidence >= 0.5 && draft.Entities[r.Source].Name == source && draft.Entities[r.Target].Name == target);

    private static string Describe(ArticleDraft draft) => ShippedExtractors.Relations(draft);
}
