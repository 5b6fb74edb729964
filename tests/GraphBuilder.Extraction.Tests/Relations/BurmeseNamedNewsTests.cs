using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Extraction.Tests.Relations;

/// <summary>
/// Names and relations as Myanmar news in English writes them (the pathein-myanmar cluster's sentences, shortened): no
/// family names, titles of address ("U", "Daw", "Ko", "Ma") that are no part of the name, a company's "Co., Ltd.", a
/// regional chamber, through the shipped pipeline.
/// </summary>
public sealed class BurmeseNamedNewsTests
{
    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_TitledBurmeseNamesJoinedByAnd_AreTwoPeopleWithoutTheirTitles(string profile)
    {
        var draft = ShippedExtractors.Extract(profile, "In Burmese they are addressed as U Aung Kyaw Moe and Daw Khin Myat Noe.");

        draft.Entities.ShouldContain(e => e.Name == "Aung Kyaw Moe" && e.Kind == EntityKind.Person, Names(draft));
        draft.Entities.ShouldContain(e => e.Name == "Khin Myat Noe" && e.Kind == EntityKind.Person, Names(draft));
        draft.Entities.ShouldNotContain(e => e.Name.StartsWith("U ", StringComparison.Ordinal) || e.Name.StartsWith("Daw ", StringComparison.Ordinal), Names(draft));
    }

    [Fact]
    public void Extract_TitledNameRunOnIntoItsCompany_IsThePersonAndTheCompany()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Shwe Hintha Delta Ferry Co., Ltd. owns the Mya Nandar.\n\n"
            + "I should say, because listeners have been asking on our Facebook page — he is no relation to U Aung Kyaw Moe of Shwe Hintha. Two different families.");

        draft.Entities.ShouldContain(e => e.Name == "Aung Kyaw Moe" && e.Kind == EntityKind.Person, Names(draft));
        draft.Entities.ShouldContain(e => e.Name == "Shwe Hintha Delta Ferry Co., Ltd." && e.Aliases.Contains("Shwe Hintha"), Names(draft));
    }

    [Fact]
    public void Extract_BurmeseNameWithoutItsTitle_IsAPerson()
    {
        var draft = ShippedExtractors.Extract("accurate", "The division will be run by Myo Aung Thant until a replacement is named.");

        draft.Entities.ShouldContain(e => e.Name == "Myo Aung Thant" && e.Kind == EntityKind.Person, Names(draft));
    }

    [Fact]
    public void Extract_FerryWithABurmeseName_IsNoPerson()
    {
        var draft = ShippedExtractors.Extract("accurate", "The association accused the company of overloading the ferry Mya Nandar before it ran aground.");

        draft.Entities.ShouldNotContain(e => e.Name == "Mya Nandar" && e.Kind == EntityKind.Person, Names(draft));
    }

    [Fact]
    public void Extract_GuestListedAfterABurmeseTitle_IsInterviewedByTheHost()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Host: Ma Shwe Yee Win\nGuests:\n- Daw Khin Myat Noe, chairwoman of the Pathein Passengers and Traders Association\n\n"
            + "MA SHWE YEE WIN: Welcome to the show.\n\nDAW KHIN MYAT NOE: Thank you.\n\nMA SHWE YEE WIN: What happened?\n\nDAW KHIN MYAT NOE: The ferry ran aground.");

        ShippedExtractors.HasRelation(draft, "Shwe Yee Win", RelationKind.Interviewed, "Khin Myat Noe").ShouldBeTrue(ShippedExtractors.Relations(draft));
    }

    [Fact]
    public void Extract_ApposedRoleWhoseCompanyNameHoldsAComma_MetReadsPastIt()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Mr Aung Kyaw Moe, managing director of Shwe Hintha Delta Ferry Co., Ltd., met Ms Khin Myat Noe, chairwoman of the Pathein Passengers and Traders Association, for nearly two hours.");

        ShippedExtractors.HasRelation(draft, "Aung Kyaw Moe", RelationKind.Met, "Khin Myat Noe").ShouldBeTrue(ShippedExtractors.Relations(draft));
    }

    [Fact]
    public void Extract_SupportedTheLawsuitFiledByAgainst_SupportsThePlaintiffWhoSuesTheDefendant()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "On the same day, the Ayeyarwady Rice Merchants' Association said it supported the lawsuit filed on Tuesday by the Pathein Passengers and Traders Association against Shwe Hintha.");

        ShippedExtractors.HasRelation(draft, "Pathein Passengers and Traders Association", RelationKind.Sued, "Shwe Hintha").ShouldBeTrue(ShippedExtractors.Relations(draft));
        ShippedExtractors.HasRelation(draft, "Ayeyarwady Rice Merchants' Association", RelationKind.Supported, "Pathein Passengers and Traders Association")
            .ShouldBeTrue(ShippedExtractors.Relations(draft));
    }

    [Fact]
    public void Extract_FiledALawsuitOnADayAgainst_Sues()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "The Pathein Passengers and Traders Association filed a lawsuit on Tuesday against Shwe Hintha Delta Ferry Co., Ltd., the operator of the ferry.");

        ShippedExtractors.HasRelation(draft, "Pathein Passengers and Traders Association", RelationKind.Sued, "Shwe Hintha Delta Ferry Co., Ltd.").ShouldBeTrue(ShippedExtractors.Relations(draft));
    }

    [Fact]
    public void Extract_LawmakerInARegionalChamberUsedASessionToAttackTheCompany_CriticisesItAndTheMinistry()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Shwe Hintha Delta Ferry Co., Ltd. runs nine ferries on the delta.\n\n"
            + "Shwe Hintha Delta Ferry, one of the largest private operators on the delta's waterways, was founded in 1994 by U San Lwin.\n\n"
            + "In the Ayeyarwady Region Hluttaw, which sits in Pathein, regional lawmaker Daw Yin Min Theint, who represents Pathein Township constituency 2, "
            + "used a question session on Tuesday to attack both the company and the Ministry of Transport and Communications.");

        ShippedExtractors.HasRelation(draft, "Yin Min Theint", RelationKind.Criticized, "Shwe Hintha Delta Ferry Co., Ltd.").ShouldBeTrue(ShippedExtractors.Relations(draft));
        ShippedExtractors.HasRelation(draft, "Yin Min Theint", RelationKind.Criticized, "Ministry of Transport and Communications").ShouldBeTrue(ShippedExtractors.Relations(draft));
        draft.Entities.ShouldContain(e => e.Name == "Ayeyarwady Region Hluttaw" && e.Kind == EntityKind.Organization, Names(draft));
        draft.Entities.ShouldNotContain(e => e.Name == "Hluttaw", Names(draft));
    }

    [Fact]
    public void Extract_CompanyWithCoLtdClosingALongSentence_IsTheWholeName()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "U Myo Aung Thant, 57, who had led the IWT division in Pathein since 2022, said in a resignation letter seen by the Myanmar Business Ledger that he was "
            + "stepping down to take \"moral responsibility\" for the accident involving the Mya Nandar, a double-decker ferry operated by Shwe Hintha Delta Ferry Co., Ltd. "
            + "He denied any personal wrongdoing.");

        draft.Entities.ShouldContain(e => e.Name == "Shwe Hintha Delta Ferry Co., Ltd." && e.Kind == EntityKind.Organization, Names(draft));
    }

    [Fact]
    public void Extract_CompanysNameWithoutItsLegalFormReadAsAPersons_IsTheCompany()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "The double-decker ferry Mya Nandar, operated by Shwe Hintha Delta Ferry Co., Ltd., left the main jetty in Pathein at about 9:15 p.m. on Monday "
            + "bound for Ngapudaw, a fishing town further down the river.\n\n"
            + "Ma Thandar Soe, a spokeswoman for Shwe Hintha Delta Ferry, said the company regretted the accident and was cooperating with the authorities.");

        draft.Entities.ShouldNotContain(e => e.Name == "Shwe Hintha Delta Ferry" && e.Kind == EntityKind.Person, Names(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_NameAfterAVesselsNoun_IsNoPersonOrBody(string profile)
    {
        var draft = ShippedExtractors.Extract(profile, "Shortly before midnight the ferry Mya Nandar struck a sandbar, and the tanker Exxon Valdez was recalled.");

        draft.Entities.ShouldNotContain(e => (e.Name == "Mya Nandar" || e.Name == "Exxon Valdez") && e.Kind != EntityKind.Other, Names(draft));
    }

    [Fact]
    public void Extract_EpisodeLineOfProse_NamesNoGuest()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Host: Ma Shwe Yee Win\nIn this episode: Two weeks after the grounding, we hear why Ko Zaw Min Htet lost his whole cargo.\n\n"
            + "MA SHWE YEE WIN: Welcome.\n\nKO ZAW MIN HTET: Thank you.\n\nMA SHWE YEE WIN: What happened?\n\nKO ZAW MIN HTET: We lost everything.");

        ShippedExtractors.HasRelation(draft, "Shwe Yee Win", RelationKind.Interviewed, "Zaw Min Htet").ShouldBeFalse(ShippedExtractors.Relations(draft));
    }

    [Fact]
    public void Extract_EpisodeLineOpeningWithAGuest_NamesTheGuest()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Host: Daniel Cho\nIn this episode: Maria Lopez, a fisher from Leith, on the oil spill.\n\nDaniel Cho and Maria Lopez spoke on Friday.");

        ShippedExtractors.HasRelation(draft, "Daniel Cho", RelationKind.Interviewed, "Maria Lopez").ShouldBeTrue(ShippedExtractors.Relations(draft));
    }

    private static string Names(ArticleDraft draft) => ShippedExtractors.Entities(draft);
}
