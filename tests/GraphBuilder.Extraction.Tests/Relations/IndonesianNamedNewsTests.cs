using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Extraction.Tests.Relations;

/// <summary>
/// Names and relations as Indonesian news in English writes them (the halmahera cluster's sentences, shortened): titles
/// of address before given names, companies with "PT" and "Tbk", bodies' names with "dan", acronyms and English
/// translations, through the shipped pipeline.
/// </summary>
public sealed class IndonesianNamedNewsTests
{
    [Theory]
    [InlineData("Pak Rizal came from Jakarta and promised help.", "Rizal")]
    [InlineData("Bu Fitriani, your organisation released the letter.", "Fitriani")]
    [InlineData("The village head, Haji Jafar Sowohi, said the reef was dead.", "Jafar Sowohi")]
    [InlineData("The lawmaker, Bung Ucup to his voters, said the minister must explain.", "Ucup")]
    public void Extract_TitleOfAddress_IsNoPartOfTheName(string text, string name)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        draft.Entities.ShouldContain(e => e.Name == name && e.Kind == EntityKind.Person, Names(draft));
    }

    [Fact]
    public void Extract_KoreanPakBeforeHyphenatedGivenName_StaysTheFamilyName()
    {
        var draft = ShippedExtractors.Extract("accurate", "North Korean premier Pak Pong-ju visited the steel works on Monday.");

        draft.Entities.ShouldContain(e => e.Name == "Pak Pong-ju" && e.Kind == EntityKind.Person, Names(draft));
    }

    [Fact]
    public void Extract_SpeakersLabelAfterTitleOfAddress_IsThePersonNamedInFull()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Guests: Haji Jafar Sowohi, village head of Waleku.\n\n"
            + "Pak Jafar: It had rained for two days.\n\n"
            + "Host: What did you see?\n\n"
            + "Pak Jafar: Small fish first, floating.");

        draft.Entities.ShouldNotContain(e => e.Name.StartsWith("Pak", StringComparison.Ordinal), Names(draft));
        draft.Entities.Single(e => e.Name == "Jafar Sowohi").Aliases.ShouldContain("Jafar", Names(draft));
    }

    [Fact]
    public void Extract_PresidentDirectorOfTheCompany_Leads()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "The park is owned and run by PT Halmahera Sinar Nikel Tbk. An environmental group, Lapta, accused Halmahera Sinar of ignoring warnings. "
            + "The group said it had written to regulators in March. In a statement, Halmahera Sinar said the discharge had been stopped. "
            + "The company said it was too early to link the overflow to any fish deaths. "
            + "Rizal Pratamaputra, the company's president director, said it had sent medical staff to the village.");

        Has(draft, "Rizal Pratamaputra", RelationKind.Leads, "PT Halmahera Sinar Nikel Tbk").ShouldBeTrue(Describe(draft));
    }

    [Fact]
    public void Extract_TheCompanyAfterAnotherCompanysName_IsThatOther()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Meridian Geodata today confirmed that its two radar satellites were lost in the failure of Halvard Aerospace's rocket.\n\n"
            + "\"We have asked Halvard for the full telemetry from the flight,\" said Tobias Lindqvist, Meridian's chief technology officer.\n\n"
            + "About Meridian Geodata\nMeridian Geodata builds and operates small radar satellites that watch the sea. "
            + "Founded in 2017, the company is headquartered in Oslo and employs 60 people.");

        draft.Relations.ShouldNotContain(
            r => r.Type == RelationKind.BasedIn && draft.Entities[r.Source].Name == "Halvard Aerospace" && draft.Entities[r.Target].Name == "Oslo",
            Describe(draft));
    }

    [Fact]
    public void Extract_CompanysNameAfterItsLegalForm_IsTheCompany()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "The park is owned and run by PT Halmahera Sinar Nikel Tbk. An environmental group, Lapta, accused Halmahera Sinar of ignoring warnings. "
            + "\"It was a failure that HSN was told about months ago,\" Fitriani Lakoro, Lapta's executive director, told NSW by telephone.");

        draft.Entities.Single(e => e.Name == "PT Halmahera Sinar Nikel Tbk").Aliases.ShouldContain("Halmahera Sinar", Names(draft));
        Has(draft, "Lapta", RelationKind.Accused, "PT Halmahera Sinar Nikel Tbk").ShouldBeTrue(Describe(draft));
    }

    [Fact]
    public void Extract_PersonsNameThatOpensAnotherName_StaysAPerson()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "The prints were given by the Andy Warhol Foundation for the Visual Arts. Andy Warhol made them in the 1970s.");

        draft.Entities.ShouldContain(e => e.Name == "Andy Warhol" && e.Kind == EntityKind.Person, Names(draft));
    }

    [Fact]
    public void Extract_PlaceInThePossessiveBeforeAnotherBody_IsNotTheFirstBodysBase()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "The plant is run by PT Weda Xinghai Smelting, a joint venture in which Halmahera Sinar holds 60% and China's Ningbo Xinghai Metals Co holds the rest.");

        draft.Relations.ShouldNotContain(
            r => r.Type == RelationKind.BasedIn && r.Evidence.Confidence >= 0.5 && draft.Entities[r.Target].Name == "China"
                && draft.Entities[r.Source].Name != "Ningbo Xinghai Metals Co",
            Describe(draft));
    }

    [Theory]
    [InlineData("Fitriani Lakoro, executive director of the Lembaga Advokasi Pesisir dan Tambang, spoke on Monday.", "Lembaga Advokasi Pesisir dan Tambang")]
    [InlineData("The resignation came two days after the Ternate-based Coastal and Mining Advocacy Institute released a letter.", "Coastal and Mining Advocacy Institute")]
    public void Extract_BodysNameCutAtItsConjunction_IsOneName(string text, string name)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        draft.Entities.ShouldContain(e => e.Name == name && e.Kind == EntityKind.Organization, Names(draft));
    }

    [Fact]
    public void Extract_CapitalisedWordBeforeAndWithoutThe_OpensNoBodysName()
    {
        var draft = ShippedExtractors.Extract("accurate", "The survey ran in June and Mining Advocacy Institute staff will publish it in Ternate.");

        draft.Entities.ShouldNotContain(e => e.Name.Contains(" and ", StringComparison.Ordinal), Names(draft));
    }

    [Fact]
    public void Extract_TwoBodiesJoinedByAnd_StayTwo()
    {
        var draft = ShippedExtractors.Extract("accurate", "Officials from Greenpeace and the Environmental Defense Fund met on Monday.");

        draft.Entities.ShouldNotContain(e => e.Name.Contains(" and ", StringComparison.Ordinal), Names(draft));
    }

    [Fact]
    public void Extract_BetterKnownByItsAcronym_IsTheSameBody()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "An environmental group, the Coastal and Mining Advocacy Institute, better known by its Indonesian acronym Lapta, accused the company of ignoring warnings.");

        draft.Entities.Single(e => e.Name == "Coastal and Mining Advocacy Institute").Aliases.ShouldContain("Lapta", Names(draft));
    }

    [Fact]
    public void Extract_BodysNameSetBesideAnother_IsTheSameBody()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "The resignation came two days after Lapta, the Ternate-based Coastal and Mining Advocacy Institute, released a copy of a permit letter.");

        draft.Entities.Single(e => e.Name == "Coastal and Mining Advocacy Institute").Aliases.ShouldContain("Lapta", Names(draft));
    }

    [Fact]
    public void Extract_BodiesInAList_AreNotOneAnothersNames()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "The letter went to Lapta, the Coastal and Mining Advocacy Institute, and the Ministry of Environment and Coastal Affairs.");

        draft.Entities.ShouldNotContain(e => e.Aliases.Contains("Lapta") && e.Name == "Coastal and Mining Advocacy Institute", Names(draft));
    }

    [Fact]
    public void Extract_OtherNameInParenthesesWithQuotedAcronym_IsTheSameBody()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "The findings will be shared with the Ministry of Environment and Coastal Affairs (Kementerian Lingkungan Hidup dan Pesisir, \"KLHP\") on Friday.");

        draft.Entities.Single(e => e.Name == "Ministry of Environment and Coastal Affairs").Aliases
            .ShouldContain("Kementerian Lingkungan Hidup dan Pesisir", Names(draft));
    }

    [Fact]
    public void Extract_NicknameAfterAnAppositionAndATitleOfAddress_IsThePersons()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Environment and Coastal Affairs Minister Wahyuni told lawmakers the pond was overfilled.\n\n"
            + "That did not satisfy Yusuf Mahendrata, a House member for North Maluku better known by his nickname, Bung Ucup, "
            + "who used the hearing to turn on the minister herself.");

        draft.Entities.Single(e => e.Name == "Yusuf Mahendrata").Aliases.ShouldContain("Ucup", Names(draft));
        Has(draft, "Yusuf Mahendrata", RelationKind.Criticized, "Wahyuni").ShouldBeTrue(Describe(draft));
    }

    [Fact]
    public void Extract_UsedTheOccasionToMeetSomeone_IsNoCriticism()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Yusuf Mahendrata, who used the visit to meet Wahyuni, said the talks had gone well.");

        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.Criticized, Describe(draft));
    }

    [Fact]
    public void Extract_HandedInHisResignationAfterALongPost_ResignedFrom()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "A senior official at the Ministry of Environment and Coastal Affairs has resigned over the permit.\n\n"
            + "Pak Sutrisno, the ministry's director general for pollution and coastal damage control, handed in his resignation on Saturday.");

        Has(draft, "Sutrisno", RelationKind.ResignedFrom, "Ministry of Environment and Coastal Affairs").ShouldBeTrue(Describe(draft));
    }

    [Fact]
    public void Extract_NameSetBesideABodysPost_IsAPerson()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Halvorsen, the company's chief executive, said the ships would sail on Monday.");

        draft.Entities.ShouldContain(e => e.Name == "Halvorsen" && e.Kind == EntityKind.Person, Names(draft));
    }

    [Fact]
    public void Extract_InvestigationFoundTheCompanyInBreach_AccusedByTheBodyThatSaysSo()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "The Ministry of Environment and Coastal Affairs told a hearing of the House of Representatives that its investigation had found "
            + "Halmahera Sinar in breach of its environmental approval.");

        Has(draft, "Ministry of Environment and Coastal Affairs", RelationKind.Accused, "Halmahera Sinar").ShouldBeTrue(Describe(draft));
        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.Accused && draft.Entities[r.Source].Name == "House of Representatives", Describe(draft));
    }

    [Fact]
    public void Extract_InvestigationFoundNoFault_IsNoAccusation()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "The Ministry of Environment and Coastal Affairs said that its investigation had found Halmahera Sinar in full compliance.");

        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.Accused, Describe(draft));
    }

    [Fact]
    public void Extract_CompanyNamedAfterItsCity_GoesByTheRestOfItsName()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Ningbo Xinghai Metals Co., Ltd., the Company's partner in the smelter, has confirmed its support.\n\n"
            + "Headquartered in Ningbo, Zhejiang Province, China, Xinghai Metals produces nickel and cobalt chemicals.");

        draft.Entities.Single(e => e.Name.StartsWith("Ningbo Xinghai Metals", StringComparison.Ordinal)).Aliases.ShouldContain("Xinghai Metals", Names(draft));
    }

    [Fact]
    public void Extract_BodyNamedAfterAPlaceTheArticleNeverNames_KeepsItsOwnShortForms()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Ningbo Xinghai Metals Co., Ltd. has confirmed its support.\n\nXinghai Metals, a rival, declined to comment.");

        draft.Entities.ShouldNotContain(e => e.Name.StartsWith("Ningbo Xinghai Metals", StringComparison.Ordinal) && e.Aliases.Contains("Xinghai Metals"), Names(draft));
    }

    [Fact]
    public void Extract_ProgrammesTitleBeforeItsEpisode_IsAWorkWhereverThePageWritesIt()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Suara Pesisir, Episode 112: The Water Turned Red\n\n"
            + "Eleven days after the spill, Anita Hamisi, who created Suara Pesisir in 2021, goes back to Waleku.\n\n"
            + "Suara Pesisir is supported by Koperasi Nelayan Kie Raha, a fishers' cooperative based in Ternate.\n\n"
            + "Anita: Thank you both. This has been Suara Pesisir on Kora-Kora FM. I'm Anita Hamisi.");

        draft.Entities.ShouldContain(e => e.Name == "Suara Pesisir" && e.Kind == EntityKind.Work, Names(draft));
        draft.Entities.ShouldNotContain(e => e.Name == "Suara Pesisir" && e.Kind != EntityKind.Work, Names(draft));
    }

    [Fact]
    public void Extract_StockCodeAfterAnExchange_IsTheListedCompanys()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Jakarta, 5 August 2027 - PT Halmahera Sinar Nikel Tbk (\"HSN\" or \"the Company\"; IDX: HSNI) today announced a series of measures.");

        draft.Entities.Single(e => e.Name == "PT Halmahera Sinar Nikel Tbk").Aliases.ShouldContain("HSNI", Names(draft));
    }

    [Fact]
    public void Extract_StockCodeAfterNoCompanysName_JoinsNoBody()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "The Coastal and Mining Advocacy Institute said on Monday that shares in the smelter's owner (IDX: HSNI) should be sold.");

        draft.Entities.ShouldNotContain(e => e.Aliases.Contains("HSNI"), Names(draft));
    }

    [Fact]
    public void Extract_HajjahAbbreviated_IsNoPersonOfItsOwn()
    {
        var draft = ShippedExtractors.Extract("accurate", "On Friday, Dewi Lestari met Hj. Siti Rahmawati in Lelilef.");

        draft.Entities.ShouldNotContain(e => e.Name.StartsWith("Hj", StringComparison.Ordinal), Names(draft));
        Has(draft, "Dewi Lestari", RelationKind.Met, "Siti Rahmawati").ShouldBeTrue(Describe(draft));
    }

    [Theory]
    [InlineData("On 6 August, Agus Salim met the village head, Jafar Sowohi, in Waleku.", "Agus Salim", "Jafar Sowohi")]
    [InlineData("Rizal Pratama met the environment minister, Siti Nurbaya, on Monday and said nothing.", "Rizal Pratama", "Siti Nurbaya")]
    public void Extract_MetTitleSetOffBeforeTheName_Met(string text, string source, string target)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        Has(draft, source, RelationKind.Met, target).ShouldBeTrue(Describe(draft));
    }

    [Fact]
    public void Extract_NameInCapitalsAfterAnInitial_KeepsItsSurname()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "On 4 August, the Company's President Director, RIZAL PRATAMAPUTRA, travelled to Waleku, where he met the village head, "
            + "H. JAFAR SOWOHI, and representatives of fishing families.");

        draft.Entities.ShouldContain(e => e.Name == "H. JAFAR SOWOHI" && e.Kind == EntityKind.Person, Names(draft));
        Has(draft, "RIZAL PRATAMAPUTRA", RelationKind.Met, "H. JAFAR SOWOHI").ShouldBeTrue(Describe(draft));
    }

    [Theory]
    [InlineData("The resignation came two days after Lapta, the Ternate-based Coastal and Mining Advocacy Institute, released a copy of a permit letter.", "Coastal and Mining Advocacy Institute")]
    [InlineData("He said the disqualification had been recommended by the Bids and Awards Committee and that the bidding was transparent.", "Bids and Awards Committee")]
    public void Extract_FastBodysNameWithItsFirstWordReadAlone_IsWhole(string text, string name)
    {
        var draft = ShippedExtractors.Extract("fast", text);

        draft.Entities.ShouldContain(e => e.Name == name || e.Aliases.Contains(name), Names(draft));
    }

    private static bool Has(ArticleDraft draft, string source, RelationKind kind, string target) =>
        ShippedExtractors.HasRelation(draft, source, kind, target);

    private static string Describe(ArticleDraft draft) => ShippedExtractors.Relations(draft);

    private static string Names(ArticleDraft draft) => ShippedExtractors.Entities(draft);
}
