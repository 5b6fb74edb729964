using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Extraction.Tests.Relations;

/// <summary>
/// Names as Hungarian news in English writes them (the tiszavar-hungary cluster's sentences, shortened): family names
/// first where the text quotes Hungarian, married women's "-né" names, Hungarian bodies' names and companies' legal forms,
/// through the shipped pipeline.
/// </summary>
public sealed class HungarianNamedNewsTests
{
    [Theory]
    [InlineData("Ferenc Nagy, 58, head of the water protection department at the Közép-Tisza-vidéki Vízügyi Igazgatóság (KÖTIVIZIG) in Szolnok, stepped down.", "Közép-Tisza-vidéki Vízügyi Igazgatóság")]
    [InlineData("The sludge ran into four ponds of Tiszavári Halgazdaság Kft., the family fish farm run by József Varga.", "Tiszavári Halgazdaság Kft")]
    [InlineData("An association of allotment holders has sued sugar producer Tiszamenti Cukor Zrt over the breach.", "Tiszamenti Cukor Zrt")]
    public void Extract_HungarianBodysOrCompanysName_IsOneBody(string text, string name)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        draft.Entities.ShouldContain(e => e.Name.StartsWith(name, StringComparison.Ordinal) && e.Kind == EntityKind.Organization, Names(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_DirectoratesName_IsABodyNeverAPlace(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "Firefighters and staff of the Middle Tisza District Water Directorate (KOTIVIZIG), the state agency in Szolnok that supervises dykes, closed the gap with sandbags.");

        draft.Entities.ShouldContain(e => e.Name == "Middle Tisza District Water Directorate" && e.Kind == EntityKind.Organization, Names(draft));
    }

    [Fact]
    public void Extract_SteppedDownAfterThePersonsApposition_ResignedFromTheBodyInIt()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Ferenc Nagy, 58, head of the water protection department at the Közép-Tisza-vidéki Vízügyi Igazgatóság (KÖTIVIZIG) in Szolnok, stepped down after the Herald reported on an inspection he signed.");

        draft.Relations.ShouldContain(
            r => r.Type == RelationKind.ResignedFrom && draft.Entities[r.Source].Name == "Ferenc Nagy" && draft.Entities[r.Target].Name == "Közép-Tisza-vidéki Vízügyi Igazgatóság",
            ShippedExtractors.Relations(draft));
    }

    [Theory]
    [InlineData("Ferenc Nagy resigned on Thursday. The statement was signed “Nagy Ferenc osztályvezető” – head of department.", "Ferenc Nagy", "Nagy Ferenc")]
    [InlineData("Zsuzsanna Kovács chairs the association. The register lists her under her married name, Kovácsné Szabó Zsuzsanna.", "Zsuzsanna Kovács", "Kovácsné Szabó Zsuzsanna")]
    [InlineData("Levente Gáspár runs the plant. The register names the defendant's director, dr. Gáspár Levente.", "Levente Gáspár", "Gáspár Levente")]
    public void Extract_NameWrittenTheHungarianWay_IsThePersonNamedInProse(string text, string name, string form)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        draft.Entities.Single(e => e.Name == name || e.Aliases.Contains(name)).Aliases.Concat([draft.Entities.Single(e => e.Name == name || e.Aliases.Contains(name)).Name])
            .ShouldContain(a => a.EndsWith(form, StringComparison.Ordinal), Names(draft));
    }

    [Fact]
    public void Extract_SignatureWithAHungarianGivenName_IsAPersons()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "The Hungarian text of the speech, posted on his official page, was signed \"Balogh Tamás országgyűlési képviselő\".");

        draft.Entities.ShouldContain(e => e.Name == "Balogh Tamás" && e.Kind == EntityKind.Person, Names(draft));
    }

    [Fact]
    public void Extract_FamilyNameBeforeHerDaughterIsIntroduced_IsTheMother()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Zsuzsanna Kovács, 63, chairs the association.\n\nKovács said she took no satisfaction in the resignation.\n\n"
            + "Her daughter, Réka Kovács, 34, the association's secretary, said the plot holders rely on their vegetables.");

        draft.Entities.Single(e => e.Name == "Zsuzsanna Kovács").Aliases.ShouldContain("Kovács", Names(draft));
    }

    [Fact]
    public void Extract_PetFormOfAGivenNameAlone_IsTheOnlyPersonOfItsFullForm()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Zsuzsanna Kovács chairs the allotment holders' association.\n\nVARGA: Thirty-five. Zsuzsi has a better memory than me.");

        draft.Entities.Single(e => e.Name == "Zsuzsanna Kovács").Aliases.ShouldContain("Zsuzsi", Names(draft));
    }

    [Fact]
    public void Extract_TheCompanyBetweenTwoCompanies_IsTheOneTheArticleNamesMost()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "A dyke at the Tiszamenti Cukor Zrt. sugar plant gave way. Tiszamenti Cukor Zrt. said it regretted the damage.\n\n"
            + "The mud flowed into the ponds of Tiszavári Halgazdaság Kft., a family-run fish farm. Around 22 tonnes of fish died. No one was hurt.\n\n"
            + "On Monday the Tiszavári Kertbarát Egyesület, the allotment holders' association, sued the company at the Szolnoki Törvényszék.\n\n"
            + "Dr. Levente Gáspár, the chief executive of Tiszamenti Cukor, said the company welcomed the inquiry.");

        draft.Relations.ShouldContain(
            r => r.Type == RelationKind.Sued && draft.Entities[r.Source].Name == "Tiszavári Kertbarát Egyesület" && draft.Entities[r.Target].Name.StartsWith("Tiszamenti", StringComparison.Ordinal),
            ShippedExtractors.Relations(draft));
        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.Sued && draft.Entities[r.Target].Name.StartsWith("Tiszavári Halgazdaság", StringComparison.Ordinal), ShippedExtractors.Relations(draft));
    }

    [Theory]
    [InlineData("The Tiszavari Kertbarat Egyesulet filed the claim on Monday. Tiszavar's mayor, Ilona Toth, 61, backed the association.")]
    [InlineData("The Tiszavari Kertbarat Egyesulet filed the claim on Monday. The claim is for 640 million forints. The plant has been shut. It may reopen in spring. Tiszavar's mayor, Ilona Toth, 61, backed the association.")]
    public void Extract_TheAssociationAfterAHungarianAssociationsName_IsThatBody(string text)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        draft.Relations.ShouldContain(
            r => r.Type == RelationKind.Supported && draft.Entities[r.Source].Name == "Ilona Toth" && draft.Entities[r.Target].Name == "Tiszavari Kertbarat Egyesulet",
            ShippedExtractors.Relations(draft));
    }

    [Theory]
    [InlineData("Opposition MP Tamás Balogh on Monday accused Agriculture Minister Ildikó Fehér of \"hiding behind an inquiry\" while growers count their losses.")]
    [InlineData("Opposition MP Tamás Balogh on Monday accused Agriculture Minister Ildikó Fehér of negligence.")]
    public void Extract_AccusedAMinisterWithHerPortfolio_Accused(string text)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        draft.Relations.ShouldContain(
            r => r.Type == RelationKind.Accused && draft.Entities[r.Source].Name == "Tamás Balogh" && draft.Entities[r.Target].Name == "Ildikó Fehér",
            ShippedExtractors.Relations(draft));
    }

    [Fact]
    public void Extract_TwoPeopleWithTheirAgesWhoSpokeInAMeeting_Met()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Dr. Levente Gáspár, 52, and Zsuzsanna Kovács, 63, chair of the Tiszavári Kertbarát Egyesület, spoke for just over two hours at Tiszavár town hall in a meeting hosted by the mayor.");

        draft.Relations.ShouldContain(
            r => r.Type == RelationKind.Met && draft.Entities[r.Source].Name == "Levente Gáspár" && draft.Entities[r.Target].Name == "Zsuzsanna Kovács",
            ShippedExtractors.Relations(draft));
    }

    [Fact]
    public void Extract_GuestsLabelledInTwoLanguagesAndListedWithBullets_AreInterviewedByTheHost()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "# Alföldi Krónika — Episode 214\n\nHost: Eszter Nagy\n\nVendégek / Guests:\n- Zsuzsanna Kovács — chair, Tiszavár Allotment Holders' Association\n\nESZTER NAGY: Good evening.");

        draft.Relations.ShouldContain(
            r => r.Type == RelationKind.Interviewed && draft.Entities[r.Source].Name == "Eszter Nagy" && draft.Entities[r.Target].Name == "Zsuzsanna Kovács",
            ShippedExtractors.Relations(draft));
    }

    [Fact]
    public void Extract_PlaceADistanceIsMeasuredFrom_LiesNotInTheCountyAfterIt()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Tiszavar lies about 110 km (68 miles) southeast of Budapest in Jasz-Nagykun-Szolnok county, one of Hungary's main farming regions.");

        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.LocatedIn && draft.Entities[r.Source].Name == "Budapest", ShippedExtractors.Relations(draft));
    }

    private static string Names(ArticleDraft draft) => ShippedExtractors.Entities(draft);
}
