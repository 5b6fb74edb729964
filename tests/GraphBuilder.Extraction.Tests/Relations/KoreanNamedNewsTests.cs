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

    [Fact]
    public void Extract_CalledOnAnOfficialSetOffInCommasToResign_Criticized()
    {
        var draft = ShippedExtractors.Extract("accurate", "Senator Ana Ruiz called on the health minister, Pedro Soto, to resign.");

        Has(draft, "Ana Ruiz", RelationKind.Criticized, "Pedro Soto").ShouldBeTrue(Describe(draft));
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

    [Fact]
    public void Extract_ProgrammeAiringOnASchedule_AiredOnTheChannel()
    {
        var draft = ShippedExtractors.Extract("accurate", "The documentary series Harbor Lights airs Fridays at 8 p.m. on Channel Nine.");

        Has(draft, "Harbor Lights", RelationKind.AiredOn, "Channel Nine").ShouldBeTrue(Describe(draft));
    }

    [Fact]
    public void Extract_HostAndGuestsLabelled_HostInterviewedEachGuest()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Steel and Salt, episode 88\n\nHost: Daniel Cho\n\nGuests:\nKim Dong-su, chairman of the union branch\nRachel Whitford, senior analyst\n\n"
            + "Producer: Song Yu-ri");

        Has(draft, "Daniel Cho", RelationKind.Interviewed, "Kim Dong-su").ShouldBeTrue(Describe(draft));
        Has(draft, "Daniel Cho", RelationKind.Interviewed, "Rachel Whitford").ShouldBeTrue(Describe(draft));
        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.Interviewed && draft.Entities[r.Target].Name == "Song Yu-ri", Describe(draft));
    }

    private static bool Has(ArticleDraft draft, string source, RelationKind kind, string target) =>
        draft.Relations.Any(r => r.Type == kind && r.Evidence.Confidence >= 0.5 && draft.Entities[r.Source].Name == source
            && (draft.Entities[r.Target].Name == target || draft.Entities[r.Target].Aliases.Contains(target)));

    private static string Describe(ArticleDraft draft) => ShippedExtractors.Relations(draft);

    private static string Names(ArticleDraft draft) =>
        string.Join("; ", draft.Entities.Select(e => $"{e.Kind} {e.Name} [{string.Join("|", e.Aliases)}]"));
}
