using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Extraction.Tests.Relations;

/// <summary>
/// Names as Taiwanese news in English writes them (the hualien-taroko cluster's sentences, shortened): family names
/// first, an English given name before them, a name in Chinese beside an Indigenous one, namesakes told apart by title
/// or by kinship, and the Yuans, through the shipped pipeline.
/// </summary>
public sealed class TaiwaneseNamedNewsTests
{
    [Theory]
    [InlineData("\"Our people did not say yes,\" said Yudaw Pisaw, the chairman of the tribal council, whose Chinese name is Wang Yu-chen.")]
    [InlineData("Kuo interviews Yudaw Pisaw (Chinese name: Wang Yu-chen) at his home in Skadu.")]
    [InlineData("Yudaw, who also goes by his Chinese name, Wang Yu-chen, handed her a folder of statements. Yudaw Pisaw chairs the council.")]
    public void Extract_NameInAnotherLanguageGivenAfterACue_IsThePersonsAlias(string text)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        draft.Entities.ShouldContain(e => e.Kind == EntityKind.Person && Has(e, "Wang Yu-chen") && Has(e, "Yudaw Pisaw"), Names(draft));
    }

    [Fact]
    public void Extract_ManWhoseNameIsGiven_IsNoAliasOfTheSpeaker()
    {
        var draft = ShippedExtractors.Extract("accurate", "Lin Mei-hua said she met a man whose name is Chen Chih-wei at the hall.");

        draft.Entities.ShouldContain(e => e.Name == "Chen Chih-wei" && !e.Aliases.Contains("Lin Mei-hua"), Names(draft));
    }

    [Fact]
    public void Extract_FamilyNameAlone_IsNotTheLastSyllableOfAnotherGivenName()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Yudaw Pisaw, whose Chinese name is Wang Yu-chen, accused Chen Chih-wei of running the vote like a campaign.\n\n"
            + "Chen said he had done nothing improper.");

        draft.Entities.Single(e => e.Name == "Chen Chih-wei").Aliases.ShouldContain("Chen", Names(draft));
    }

    [Fact]
    public void Extract_FamilyNameAfterATitle_IsTheNamesakeGivenThatTitle()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Lin Mei-hua leads the group. Legislator Lin Cheng-en supports the company.\n\n"
            + "The host asked about it. Legislator Lin says you live in Hualien City.");

        draft.Entities.Single(e => e.Name == "Lin Cheng-en").Aliases.ShouldContain("Lin", Names(draft));
        draft.Entities.Single(e => e.Name == "Lin Mei-hua").Aliases.ShouldNotContain("Lin", Names(draft));
    }

    [Fact]
    public void Extract_FamilyNameWithTheTitleInAnApposition_IsTheNamesakeGivenThatTitle()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "The talks were held at the office of Legislator Lin Cheng-en. Lin Mei-hua was not invited.\n\n"
            + "Lin, the legislator, said he was disappointed.");

        draft.Entities.Single(e => e.Name == "Lin Cheng-en").Aliases.ShouldContain("Lin", Names(draft));
    }

    [Fact]
    public void Extract_FamilyNameAfterAKinIntroduction_IsThePersonTheKinBelongsTo()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Vincent Huang Kuo-liang, chairman of Chingshui Stone Industrial Co., has no plans to give up.\n\n"
            + "Huang, 52, succeeded his father, company founder Huang Tien-fu, as chairman in 2019.\n\n"
            + "Huang went on the offensive this week.");

        draft.Entities.Single(e => e.Name == "Vincent Huang Kuo-liang").Aliases.ShouldContain("Huang", Names(draft));
        draft.Entities.Single(e => e.Name == "Huang Tien-fu").Aliases.ShouldNotContain("Huang", Names(draft));
    }

    [Fact]
    public void Extract_ShortFormsOfANameWithAnEnglishGivenName_AreOnePerson()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Vincent Huang Kuo-liang, chairman of Chingshui Stone Industrial Co., spoke on Friday. Vincent Huang said the permit was lawful, and Huang said he would not give up.");

        var huang = draft.Entities.Single(e => e.Name == "Vincent Huang Kuo-liang");
        huang.Aliases.ShouldContain("Vincent Huang", Names(draft));
        huang.Aliases.ShouldContain("Huang", Names(draft));
    }

    [Theory]
    [InlineData("Control Yuan member Tsai Shu-fen opened an inquiry on Tuesday.", "Control Yuan")]
    [InlineData("The legislator sits in the Legislative Yuan and chairs its committee.", "Legislative Yuan")]
    public void Extract_BranchOfTaiwansGovernment_IsAnOrganization(string text, string name)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        draft.Entities.ShouldContain(e => e.Name == name && e.Kind == EntityKind.Organization, Names(draft));
    }

    [Theory]
    [InlineData("\"We are not asking the court to shut down a company,\" said Kao Wen-chieh, a lawyer at the Taipei firm.", "Kao Wen-chieh")]
    [InlineData("The show was created in 2021 by Kuo Hsin-yi, who hosts it from the station's studio.", "Kuo Hsin-yi")]
    public void Extract_TaiwaneseNameCutAtItsHyphen_IsOnePerson(string text, string name)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        draft.Entities.ShouldContain(e => e.Name == name && e.Kind == EntityKind.Person, Names(draft));
    }

    [Fact]
    public void Extract_ShoutedSpeakerLabelOfAChineseName_IsWrittenAsTheNewsWritesIt()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "KUO HSIN-YI: Joining me now is Lin Mei-hua of Taroko Mountain Watch.\n\nLIN MEI-HUA: Thank you, Hsin-yi.\n");

        draft.Entities.ShouldNotContain(e => e.Aliases.Contains("Lin Mei-Hua") || e.Name == "Lin Mei-Hua", Names(draft));
    }

    [Theory]
    [InlineData("Shares fell after May 3, when the Skadu Tribal Council and the environmental group Taroko Mountain Watch (TMW) sued the Hualien County Government.")]
    [InlineData("On May 3 the Skadu Tribal Council and Taroko Mountain Watch (TMW) sued the Hualien County Government, alleging that the vote was rigged.")]
    public void Extract_TwoSubjectsJoinedByAnd_BothSue(string text)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        ShippedExtractors.HasRelation(draft, "Skadu Tribal Council", RelationKind.Sued, "Hualien County Government").ShouldBeTrue(ShippedExtractors.Relations(draft));
        ShippedExtractors.HasRelation(draft, "Taroko Mountain Watch", RelationKind.Sued, "Hualien County Government").ShouldBeTrue(ShippedExtractors.Relations(draft));
    }

    [Fact]
    public void Extract_ObjectOfAnEarlierVerbBeforeAnd_IsNoSubjectOfTheNext()
    {
        var draft = ShippedExtractors.Extract("accurate", "Yudaw Pisaw met Vincent Huang and Lin Mei-hua criticized Chen Chih-wei on Friday.");

        ShippedExtractors.HasRelation(draft, "Vincent Huang", RelationKind.Criticized, "Chen Chih-wei").ShouldBeFalse(ShippedExtractors.Relations(draft));
    }

    [Fact]
    public void Extract_SuedABodysPerson_SuesThePerson()
    {
        var draft = ShippedExtractors.Extract("accurate", "Since then the official has resigned, and Chingshui has sued TMW's Lin Mei-hua for defamation.");

        ShippedExtractors.HasRelation(draft, "Chingshui", RelationKind.Sued, "Lin Mei-hua").ShouldBeTrue(ShippedExtractors.Relations(draft));
        ShippedExtractors.HasRelation(draft, "Chingshui", RelationKind.Sued, "TMW").ShouldBeFalse(ShippedExtractors.Relations(draft));
    }

    [Fact]
    public void Extract_SuitFiledAtACourtAgainstAPerson_Sued()
    {
        var draft = ShippedExtractors.Extract("accurate", "On Thursday, Chingshui Stone Industrial Co. filed a civil suit at the Hualien District Court against Lin Mei-hua, seeking damages.");

        ShippedExtractors.HasRelation(draft, "Chingshui Stone Industrial Co.", RelationKind.Sued, "Lin Mei-hua").ShouldBeTrue(ShippedExtractors.Relations(draft));
    }

    [Fact]
    public void Extract_WhoResignedFromABody_ResignedFrom()
    {
        var draft = ShippedExtractors.Extract("accurate", "Chen Chih-wei, who resigned from the Hualien County Government on May 5, has agreed to give evidence.");

        ShippedExtractors.HasRelation(draft, "Chen Chih-wei", RelationKind.ResignedFrom, "Hualien County Government").ShouldBeTrue(ShippedExtractors.Relations(draft));
    }

    [Fact]
    public void Extract_JoinedAGovernment_WorksForIt()
    {
        var draft = ShippedExtractors.Extract("accurate", "Chen Chih-wei joined the Hualien County Government in August 2025.");

        ShippedExtractors.HasRelation(draft, "Chen Chih-wei", RelationKind.WorksFor, "Hualien County Government").ShouldBeTrue(ShippedExtractors.Relations(draft));
        ShippedExtractors.HasRelation(draft, "Chen Chih-wei", RelationKind.MemberOf, "Hualien County Government").ShouldBeFalse(ShippedExtractors.Relations(draft));
    }

    [Fact]
    public void Extract_ProgrammeTitleWithTwoLowerCaseWordsBeforeItsEpisode_IsAWork()
    {
        var draft = ShippedExtractors.Extract("accurate", "Voices from the Gorge — Episode 87: \"Who Speaks for Skadu?\"\n\nThis week Kuo travels to Skadu.");

        draft.Entities.ShouldContain(e => e.Name == "Voices from the Gorge" && e.Kind == EntityKind.Work, Names(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_ListOfGuestsSetApartBySemicolons_KeepsEachNameWhole(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "Guests: Yudaw Pisaw, chairman of the Skadu Tribal Council; Lin Mei-hua, executive director of Taroko Mountain Watch\n\n"
            + "This week Kuo travels to Skadu. Kuo Hsin-yi hosts the show on East Coast Radio.\n");

        draft.Entities.ShouldNotContain(e => e.Name.Contains(';', StringComparison.Ordinal), Names(draft));
        draft.Entities.ShouldContain(e => e.Name == "Skadu Tribal Council" && e.Kind == EntityKind.Organization, Names(draft));
        draft.Entities.ShouldContain(e => e.Name == "East Coast Radio" && e.Kind == EntityKind.Organization, Names(draft));
        draft.Entities.Single(e => e.Name == "Kuo Hsin-yi").Aliases.ShouldContain("Kuo", Names(draft));
    }

    [Fact]
    public void Extract_TranscriptNamingBothLins_GivesEachOfThemTheirOwnLin()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Since then Chingshui has sued TMW's Lin Mei-hua for defamation.\n\n"
            + "Kuo interviews Yudaw Pisaw at his home in Skadu, and speaks to Lin by phone.\n\n"
            + "KUO HSIN-YI: Legislator Lin Cheng-en — no relation, I should say —\n\n"
            + "LIN MEI-HUA: (laughs) No relation, thank goodness.\n\n"
            + "KUO HSIN-YI: — Legislator Lin says you live in Hualien City and don't speak for Skadu.\n\n"
            + "LIN MEI-HUA: He's right that I don't speak for Skadu. But Legislator Lin is the one who should explain why.\n");

        draft.Entities.ShouldNotContain(e => e.Name == "Lin" || e.Name == "Lin Mei-Hua" || e.Aliases.Contains("Lin Mei-Hua"), Names(draft));
        draft.Entities.Single(e => e.Name == "Lin Cheng-en").Aliases.ShouldContain("Lin", Names(draft));
        draft.Entities.Single(e => e.Name == "Lin Mei-hua").Aliases.ShouldContain("Lin", Names(draft));
    }

    private static bool Has(DraftEntity entity, string name) => entity.Name == name || entity.Aliases.Contains(name);

    private static string Names(ArticleDraft draft) => ShippedExtractors.Entities(draft);
}
