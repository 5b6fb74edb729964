using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Extraction.Tests.Relations;

/// <summary>
/// Names and relations as Korean news in English writes them (the geoje cluster's sentences, shortened): family names
/// first, given names joined by a hyphen, namesakes, a union's branch, a programme's page, through the shipped pipeline.
/// </summary>
public sealed class KoreanNamedNewsTests
{
    [Fact]
    public void Extract_FamilyNameAloneAfterTwoNamesakes_IsTheOneNamedLast()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "A welder, Kim Hyun-woo, 38, died on Thursday at the yard.\n\n"
            + "\"This was not an accident,\" said Kim Dong-su, who heads the union branch. \"Our members will decide next week.\"\n\n"
            + "Kim said the union had raised the problem in writing in February.");

        draft.Entities.Single(e => e.Name == "Kim Dong-su").Aliases.ShouldContain("Kim", Names(draft));
        draft.Entities.Single(e => e.Name == "Kim Hyun-woo").Aliases.ShouldNotContain("Kim", Names(draft));
        draft.Entities.ShouldNotContain(e => e.Name == "Kim", Names(draft));
    }

    [Fact]
    public void Extract_WesternSurnameAloneAfterTwoNamesakes_JoinsNeither()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Bill Clinton spoke first on Monday.\n\nHillary Clinton spoke after him.\n\nClinton said the campaign would go on.");

        draft.Entities.Where(e => e.Name is "Bill Clinton" or "Hillary Clinton").ShouldAllBe(e => !e.Aliases.Contains("Clinton"), Names(draft));
    }

    [Fact]
    public void Extract_GivenNameAloneAfterTwoNamesakes_JoinsNeither()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Jordan Peele spoke first on Monday.\n\nJordan Smith spoke after him.\n\nJordan said the campaign would go on.");

        draft.Entities.Where(e => e.Name is "Jordan Peele" or "Jordan Smith").ShouldAllBe(e => !e.Aliases.Contains("Jordan"), Names(draft));
    }

    [Theory]
    [InlineData("A second worker, Taegang rigger Park Sung-jin, 44, suffered leg injuries and was taken to a hospital in Busan.", "Park Sung-jin")]
    [InlineData("(Reporting by Seo Ji-an in Geoje and Matthew Rourke in Seoul; Editing by Helen Achterberg)", "Seo Ji-an")]
    public void Extract_GivenNameCutAtItsHyphen_IsOnePerson(string text, string name)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        draft.Entities.ShouldContain(e => e.Name == name && e.Kind == EntityKind.Person, Names(draft));
    }

    [Fact]
    public void Extract_CompanysShortNameWithItsStaff_IsTheCompany()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "South Korea halts crane work at Taegang shipyard after welder killed\n\n"
            + "Kim Hyun-woo, a welder who had worked for Taegang for 11 years, died on Thursday.\n\n"
            + "Taegang Heavy Industries Co., Ltd., which is headquartered in Geoje, said it was deeply sorry. "
            + "Taegang spokesman Jang Min-ho said the company had no record of any notice.");

        draft.Entities.Single(e => e.Name == "Taegang Heavy Industries Co., Ltd.").Aliases.ShouldContain("Taegang", Names(draft));
    }

    [Theory]
    [InlineData("Senator Ana Ruiz called on the health minister, Pedro Soto, to resign.", "Pedro Soto")]
    [InlineData("Senator Ana Ruiz called on the Minister of Mining, Ximena Orellana, to explain why she had praised the company.", "Ximena Orellana")]
    public void Extract_CalledOnAnOfficialSetOffInCommasToResignOrExplain_Criticized(string text, string official)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        Has(draft, "Ana Ruiz", RelationKind.Criticized, official).ShouldBeTrue(Describe(draft));
    }

    [Fact]
    public void Extract_CompanysShortNameOpeningALineWithAYearAfterItsComma_IsNoDateline()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "The ministry accused Taegang Heavy Industries of failing to act on warnings. It booked Taegang chief executive Choi Jae-won for investigation.\n\n"
            + "Taegang, founded in 1978 and headquartered on Geoje island in South Gyeongsang Province, employs about 6,000 people directly.");

        draft.Entities.Single(e => e.Name == "Taegang Heavy Industries").Aliases.ShouldContain("Taegang", Names(draft));
    }

    [Fact]
    public void Extract_CalledOnAnotherOfficialAfterSomeoneElseSpoke_IsNoCriticismByTheSpeaker()
    {
        // Only adverbs may stand before the call: the name before another's call is not its subject.
        var draft = ShippedExtractors.Extract("accurate", "Ana Ruiz said Luis Vega called on the health minister, Pedro Soto, to resign.");

        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.Criticized && draft.Entities[r.Source].Name == "Ana Ruiz", Describe(draft));
    }

    [Fact]
    public void Extract_CalledOnToExplain_Criticized()
    {
        var draft = ShippedExtractors.Extract("accurate", "Senator Rosa Nieto called on Tomas Reyes to explain the delays.");

        Has(draft, "Rosa Nieto", RelationKind.Criticized, "Tomas Reyes").ShouldBeTrue(Describe(draft));
    }

    [Fact]
    public void Extract_CalledOnToAttend_IsNoCriticism()
    {
        var draft = ShippedExtractors.Extract("accurate", "Senator Rosa Nieto called on Tomas Reyes to attend the hearing.");

        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.Criticized, Describe(draft));
    }

    [Fact]
    public void Extract_RelativeClauseAfterThePersonsParty_HasThePersonAsSubject()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Rep. Yoon Seo-yeon of the opposition Solidarity Future Party, who has called for Choi Jae-won to step down, said the findings showed a failure.");

        Has(draft, "Yoon Seo-yeon", RelationKind.Criticized, "Choi Jae-won").ShouldBeTrue(Describe(draft));
        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.Criticized && draft.Entities[r.Source].Name == "Solidarity Future Party", Describe(draft));
    }

    [Fact]
    public void Extract_MetForAnHourWith_Met()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Rep. Yoon Seo-yeon joined strikers at the main gate. Before addressing the crowd, she met for about an hour with Kim Dong-su at the union's office.");

        Has(draft, "Yoon Seo-yeon", RelationKind.Met, "Kim Dong-su").ShouldBeTrue(Describe(draft));
    }

    [Fact]
    public void Extract_RepeatedTheChargeThatTheCompanyDid_Accused()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Taegang Heavy Industries Co., Ltd. said it was sorry. Kim Dong-su repeated the union's charge that the company had ignored two letters.");

        Has(draft, "Kim Dong-su", RelationKind.Accused, "Taegang Heavy Industries Co., Ltd.").ShouldBeTrue(Describe(draft));
    }

    [Fact]
    public void Extract_ChairOfAUnionsBranch_IsTheUnionsMember()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "The Korean Metal Workers' Union (KMWU) called the strike. She met Kim Dong-su, the chairman of the KMWU's Taegang branch, at the gate.");

        Has(draft, "Kim Dong-su", RelationKind.MemberOf, "Korean Metal Workers' Union").ShouldBeTrue(Describe(draft));
        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.WorksFor && draft.Entities[r.Target].Name == "Korean Metal Workers' Union", Describe(draft));
    }

    [Fact]
    public void Extract_ChannelsProgrammeNamedAfterIt_AiredOnTheChannel()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Kim Dong-su told the HBS programme Steel and Salt last week that the union would not end the walkout.");

        Has(draft, "Steel and Salt", RelationKind.AiredOn, "HBS").ShouldBeTrue(Describe(draft));
    }

    [Theory]
    [InlineData("The documentary series Harbor Lights airs Fridays at 8 p.m. on Channel Nine.")]
    [InlineData("The documentary series Harbor Lights is produced by Lena Ortiz and airs Fridays on Channel Nine.")]
    public void Extract_ProgrammeAiringOnASchedule_AiredOnTheChannel(string text)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        Has(draft, "Harbor Lights", RelationKind.AiredOn, "Channel Nine").ShouldBeTrue(Describe(draft));
    }

    [Theory]
    [InlineData("\n\nSong Yu-ri produced the episode.")]
    [InlineData("\nTimestamps\nSong Yu-ri reads the credits at 41:00.")]
    public void Extract_HostAndGuestsLabelled_HostInterviewedEachGuest(string after)
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Steel and Salt, episode 88\n\nHost: Daniel Cho\n\nGuests:\nKim Dong-su, chairman of the union branch\nRachel Whitford, senior analyst" + after);

        Has(draft, "Daniel Cho", RelationKind.Interviewed, "Kim Dong-su").ShouldBeTrue(Describe(draft));
        Has(draft, "Daniel Cho", RelationKind.Interviewed, "Rachel Whitford").ShouldBeTrue(Describe(draft));
        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.Interviewed && draft.Entities[r.Target].Name == "Song Yu-ri", Describe(draft));
    }

    [Fact]
    public void Extract_CallOnATitledOfficialCoordinatedWithTheFirstVerb_Criticized()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Senator Luis Vega, who represents the region, said the report was damning and called on the Minister of Health, Marta Gil, to resign.");

        Has(draft, "Luis Vega", RelationKind.Criticized, "Marta Gil").ShouldBeTrue(Describe(draft));
    }

    [Fact]
    public void Extract_SpeakerQuotingAnothersStatement_FirstPersonIsNotTheSpeakers()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Steel and Salt, episode 88\n\nKIM DONG-SU: I have been a member of the Korean Metal Workers' Union for twenty years.\n\n"
            + "DANIEL CHO: Choi Jae-won declined an interview. In a statement to Steel and Salt he said: \"I will meet the union leadership at the "
            + "earliest opportunity.\" Will you go?\n\nKIM DONG-SU: We will sit down with Mr. Choi.");

        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.Met, Describe(draft));
    }

    [Theory]
    [InlineData("Cho, a Korean-American reporter, joined Hanbada Broadcasting System in 2022.", "Hanbada Broadcasting System", RelationKind.WorksFor)]
    [InlineData("Cho joined the Solidarity Future Party in 2020.", "Solidarity Future Party", RelationKind.MemberOf)]
    public void Extract_Joined_IsEmploymentAtACompanyAndMembershipElsewhere(string sentence, string body, RelationKind expected)
    {
        var draft = ShippedExtractors.Extract("accurate", "Daniel Cho hosts the programme. " + sentence);

        Has(draft, "Daniel Cho", expected, body).ShouldBeTrue(Describe(draft));
        draft.Relations.ShouldNotContain(r => r.Type != expected && draft.Entities[r.Target].Name == body, Describe(draft));
    }

    [Fact]
    public void Extract_LawmakerOfTheOppositionParty_IsItsMemberNotItsEmployee()
    {
        var draft = ShippedExtractors.Extract("accurate", "Rep. Yoon Seo-yeon of the opposition Solidarity Future Party said the findings showed a failure.");

        Has(draft, "Yoon Seo-yeon", RelationKind.MemberOf, "Solidarity Future Party").ShouldBeTrue(Describe(draft));
        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.WorksFor, Describe(draft));
    }

    [Fact]
    public void Extract_MemberOfABodysCommittee_IsNoEmployeeOfIt()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Yoon Seo-yeon, a member of the Assembly's Environment and Labor Committee, also took aim at the Ministry of Employment and Labor.");

        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.WorksFor && draft.Entities[r.Target].Name == "Environment and Labor Committee", Describe(draft));
    }

    [Fact]
    public void Extract_PlaceALawmakerRepresents_IsNoBaseOfTheLegislature()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Rep. Yoon Seo-yeon of the Solidarity Future Party, who represents Geoje in the National Assembly, joined strikers at the main gate shortly after 7 a.m.");

        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.BasedIn, Describe(draft));
    }

    [Fact]
    public void Extract_PlaceThatNamesABodysOffice_IsNoHome()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "\"That is the central finding of our inspection so far,\" said Lee Jung-hwa, the head of the ministry's Tongyeong branch office, "
            + "which oversees workplaces on Geoje.");

        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.LivesIn, Describe(draft));
    }

    [Fact]
    public void Extract_OfficersRemitAfterFor_IsNoBody()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Copies of the letters, addressed to Mr. Bae Jun-seok, Taegang's Executive Director for Yard Safety, are attached.");

        draft.Entities.ShouldNotContain(e => e.Name == "Yard Safety", Names(draft));
    }

    [Fact]
    public void Extract_BodyAndItsCountryReadAsOneName_AreTheBodyAndThePlace()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Guests:\nRachel Whitford — senior analyst, Meridian Maritime Research, Singapore\n");

        draft.Entities.ShouldContain(e => e.Name == "Meridian Maritime Research" && e.Kind == EntityKind.Organization, Names(draft));
        draft.Entities.ShouldContain(e => e.Name == "Singapore" && e.Kind == EntityKind.Location, Names(draft));
    }

    private static bool Has(ArticleDraft draft, string source, RelationKind kind, string target) =>
        ShippedExtractors.HasRelation(draft, source, kind, target);

    private static string Describe(ArticleDraft draft) => ShippedExtractors.Relations(draft);

    private static string Names(ArticleDraft draft) => ShippedExtractors.Entities(draft);
}
