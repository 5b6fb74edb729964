using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Model;
using GraphBuilder.Testing.Files;

namespace GraphBuilder.Extraction.Tests.Relations;

/// <summary>
/// Names and relations as Thai news in English writes them (the rayong-map-ta-phut cluster's sentences, shortened):
/// people called by their given names, "Khun" before them, a public company limited, lists of defendants, kin, through
/// the shipped pipeline.
/// </summary>
public sealed class ThaiNamedNewsTests
{
    [Fact]
    public void Extract_GivenNameAfterKhun_IsThePersonOfThatGivenName()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Somchai Wongsakul, director of the Eastern Coast Watch Foundation, joined the show.\n\nDUANGJAI: Khun Somchai, what happens now?");

        draft.Entities.ShouldNotContain(e => e.Name == "Khun Somchai", Names(draft));
        draft.Entities.Single(e => e.Name == "Somchai Wongsakul").Aliases.ShouldContain("Somchai", Names(draft));
    }

    [Fact]
    public void Extract_SuedAListOfBodiesWithAnAcronymAndArticles_SuesEach()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Sitting next to Khun Wichai is his daughter, Pimchanok Saengthong.\n\n"
            + "On June 7 the Khlong Pla Kot Small-Scale Fishers Group sued the Industrial Estate Authority of Thailand (IEAT), the Ministry of Industry and Eastern Horizon at the Central Administrative Court.");

        foreach (var defendant in new[] { "Industrial Estate Authority of Thailand", "Ministry of Industry", "Eastern Horizon" })
        {
            ShippedExtractors.HasRelation(draft, "Khlong Pla Kot Small-Scale Fishers Group", RelationKind.Sued, defendant).ShouldBeTrue(defendant + ": " + ShippedExtractors.Relations(draft));
        }
    }

    [Fact]
    public void Extract_WeAccuseInAQuotationTheSentenceBeforeGaveToALawyer_TheLawyerAccuses()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "The fishers are represented by the Eastern Coast Watch Foundation.\n\n"
            + "\u201CThe company knew at 11.40pm that its line had failed,\u201D said Pimchanok Saengthong, the foundation lawyer who drafted the suit. "
            + "\u201CWe accuse Eastern Horizon of hiding this leak for more than two hours.\u201D");

        ShippedExtractors.HasRelation(draft, "Pimchanok Saengthong", RelationKind.Accused, "Eastern Horizon").ShouldBeTrue(ShippedExtractors.Relations(draft));
    }

    [Fact]
    public void Extract_WeAccuseInASpeakersTurn_TheSpeakerAccuses()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "DUANGJAI: Eastern Horizon says it reported the leak properly.\n\nPLOY: We accuse Eastern Horizon of keeping quiet for more than two hours.\n\n"
            + "DUANGJAI: Have you had support from politicians?\n\nPLOY: Some.");

        ShippedExtractors.HasRelation(draft, "Ploy", RelationKind.Accused, "Eastern Horizon").ShouldBeTrue(ShippedExtractors.Relations(draft));
        ShippedExtractors.HasRelation(draft, "Duangjai", RelationKind.Accused, "Eastern Horizon").ShouldBeFalse(ShippedExtractors.Relations(draft));
    }

    [Fact]
    public void Extract_WeAccuseInAQuotationOfAnotherParagraph_AccusesNoOneNamedThere()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Pimchanok Saengthong, the foundation lawyer, said the suit was filed on Monday.\n\n"
            + "\u201CWe accuse Eastern Horizon of hiding this leak,\u201D a banner at the protest read.");

        ShippedExtractors.HasRelation(draft, "Pimchanok Saengthong", RelationKind.Accused, "Eastern Horizon").ShouldBeFalse(ShippedExtractors.Relations(draft));
    }

    [Fact]
    public void Extract_IsHisDaughter_RelatedTo()
    {
        var draft = ShippedExtractors.Extract("accurate", "Sitting next to Khun Wichai is his daughter, Pimchanok Saengthong. You're a lawyer now.");

        draft.Relations.ShouldContain(r => r.Type == RelationKind.RelatedTo, ShippedExtractors.Relations(draft));
    }

    [Fact]
    public void Extract_CompanyNamedForItsPetrochemicals_IsAnOrganization()
    {
        var draft = ShippedExtractors.Extract("accurate", "One week after a pipeline leak at Eastern Horizon Petrochemical's plant in the Map Ta Phut industrial estate, fishers are suing.");

        draft.Entities.ShouldContain(e => e.Name == "Eastern Horizon Petrochemical" && e.Kind == EntityKind.Organization, Names(draft));
    }

    [Fact]
    public void Extract_DatelineWithAProvinceAndACountry_NamesThreePlacesAndTheTownWholeInTheText()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "MAP TA PHUT, Rayong, Thailand, June 4, 2027 (Siam Wire) — A pipeline rupture in the Map Ta Phut industrial estate spilled benzene into the sea, officials said.");

        draft.Entities.ShouldContain(e => e.Name == "Map Ta Phut" && e.Kind == EntityKind.Location, Names(draft));
        draft.Entities.ShouldContain(e => e.Name == "Rayong" && e.Kind == EntityKind.Location, Names(draft));
        draft.Entities.ShouldContain(e => e.Name == "Thailand" && e.Kind == EntityKind.Location, Names(draft));
        draft.Entities.ShouldNotContain(e => e.Name.Contains(',', StringComparison.Ordinal) || e.Name == "Map Ta", Names(draft));
    }

    [Fact]
    public void Extract_NationalBodyOfACountry_IsOneBody()
    {
        var draft = ShippedExtractors.Extract("accurate", "The company, which is listed on the Stock Exchange of Thailand, operates two crackers.");

        draft.Entities.ShouldContain(e => e.Name == "Stock Exchange of Thailand" && e.Kind == EntityKind.Organization, Names(draft));
    }

    [Fact]
    public void Extract_AgedPersonWhoHeadsAGroupCutAtItsHyphen_LeadsTheWholeGroup()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "\"The sea was black,\" said Wichai Saengthong, 64, who heads the Khlong Pla Kot Small-Scale Fishers Group, an association of 140 boat owners.");

        ShippedExtractors.HasRelation(draft, "Wichai Saengthong", RelationKind.Leads, "Khlong Pla Kot Small-Scale Fishers Group").ShouldBeTrue(ShippedExtractors.Relations(draft));
    }

    [Fact]
    public void Extract_WireStoryWhoseRecogniserCutTheGroupAfterItsHyphen_LeadsTheWholeGroup()
    {
        // The whole wire story, as the recogniser reads "Small-Scale" only there as the group's last word.
        var text = File.ReadAllText(Directory.GetFiles(RepositoryPaths.ClusterArticles("rayong-map-ta-phut"), "*.txt").Single());

        var draft = ShippedExtractors.Extract("accurate", text);

        ShippedExtractors.HasRelation(draft, "Wichai Saengthong", RelationKind.Leads, "Khlong Pla Kot Small-Scale Fishers Group").ShouldBeTrue(ShippedExtractors.Relations(draft));
        draft.Entities.ShouldNotContain(e => e.Name == "Khlong Pla Kot Small-Scale", Names(draft));
    }

    private static string Names(ArticleDraft draft) => ShippedExtractors.Entities(draft);
}
