using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Model;
using GraphBuilder.Testing.Files;

namespace GraphBuilder.Extraction.Tests.Relations;

/// <summary>
/// Names and relations as English-language news about Greece writes them (the lefkada-greece cluster's sentences,
/// shortened): a family name's masculine and feminine forms, names in Greek letters beside Latin ones, Greek bodies'
/// names, a bishop's title and see, a wire's reporting credit, a podcast's show notes and transcript, through the
/// shipped pipeline.
/// </summary>
public sealed class GreekNamedNewsTests
{
    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_DaughtersFeminineSurnameBesideHerFathers_IsAnotherPersonWhoResigns(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "Eleni Vlachopoulou has resigned as director of operations and as a board member of Alkyoni Lines S.A., the Lefkada-based ferry operator. "
            + "Ms Vlachopoulou, 41, is the daughter of Alkyoni's chairman and chief executive, Panagiotis Vlachopoulos. "
            + "Mr Vlachopoulos will take over her responsibilities.");

        draft.Entities.ShouldContain(e => e.Name == "Eleni Vlachopoulou" && e.Kind == EntityKind.Person, Names(draft));
        draft.Entities.ShouldContain(e => e.Name == "Panagiotis Vlachopoulos" && e.Kind == EntityKind.Person, Names(draft));
        draft.Entities.ShouldNotContain(e => e.Name == "Eleni Vlachopoulou" && e.Aliases.Contains("Vlachopoulos"), Names(draft));
        ShippedExtractors.HasRelation(draft, "Eleni Vlachopoulou", RelationKind.ResignedFrom, "Alkyoni Lines").ShouldBeTrue(ShippedExtractors.Relations(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_NameInGreekLettersInParentheses_IsTheSamePerson(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "Mr Zavitsianos was referring to the chairman of Alkyoni Lines, Panayiotis Vlachopoulos (Παναγιώτης Βλαχόπουλος), who did not respond.");

        draft.Entities.ShouldContain(e => e.Name == "Panayiotis Vlachopoulos" && e.Aliases.Contains("Παναγιώτης Βλαχόπουλος"), Names(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_MunicipalityOfAPlace_IsTheBodyThatSues(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "The Municipality of Lefkada on Friday filed a lawsuit against Alkyoni Lines at the Lefkada Court of First Instance.");

        draft.Entities.ShouldContain(e => e.Name == "Municipality of Lefkada" && e.Kind == EntityKind.Organization, Names(draft));
        ShippedExtractors.HasRelation(draft, "Municipality of Lefkada", RelationKind.Sued, "Alkyoni Lines").ShouldBeTrue(ShippedExtractors.Relations(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_GreekBodysNameAfterItsHead_IsABody(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "The association, known locally as the Alieftikos Syllogos Meganisiou, is seeking compensation. The Dimos Lefkadas has hired lawyers.");

        draft.Entities.ShouldContain(e => e.Name == "Alieftikos Syllogos Meganisiou" && e.Kind == EntityKind.Organization, Names(draft));
        draft.Entities.ShouldContain(e => e.Name == "Dimos Lefkadas" && e.Kind == EntityKind.Organization, Names(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_ComplaintAccusingACompany_IsTheAccusationOfWhoFiledIt(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "On Tuesday Mr Konstantinou, 54, filed a criminal complaint with the public prosecutor in Lefkada on behalf of the association's 63 members, "
            + "accusing Alkyoni Lines S.A. of causing pollution through negligence.");

        ShippedExtractors.HasRelation(draft, "Konstantinou", RelationKind.Accused, "Alkyoni Lines").ShouldBeTrue(ShippedExtractors.Relations(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_CompanyRegisteredUnderAnotherName_IsOneCompany(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "Alkyoni Lines, registered in Greek as Alkyoni Naftiliaki A.E., did not dispute the authenticity of the entries.");

        draft.Entities.ShouldContain(
            e => e.Kind == EntityKind.Organization && (e.Name + "|" + string.Join("|", e.Aliases)).Contains("Alkyoni Lines", StringComparison.Ordinal)
                && (e.Name + "|" + string.Join("|", e.Aliases)).Contains("Alkyoni Naftiliaki", StringComparison.Ordinal),
            Names(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_BishopsTitleNameAndSee_IsThePersonAndTheTitleAloneNoName(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "On Sunday evening the Metropolitan of Lefkada and Ithaca, Nektarios, led a service of thanksgiving in Nydri. In his sermon the Metropolitan praised the fishermen.\n\n"
            + "On Friday evening Metropolitan Nektarios of Lefkada and Ithaca blessed the fleet at Vathy.");

        draft.Entities.ShouldContain(e => e.Name == "Nektarios" && e.Kind == EntityKind.Person, Names(draft));
        draft.Entities.ShouldNotContain(e => e.Name.StartsWith("Metropolitan", StringComparison.Ordinal) || e.Name.StartsWith("of ", StringComparison.Ordinal), Names(draft));
        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.LocatedIn && draft.Entities[r.Target].Name == "Nektarios", ShippedExtractors.Relations(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_SecondReporterOfAWireCredit_IsAPersonWhoLivesNowhereSaid(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "The ship remained wedged on the reef on Sunday.\n\n(Reporting by Stavros Kalligas in Athens and Marina Douka in Lefkada; Editing by Paul Hendry)");

        draft.Entities.ShouldContain(e => e.Name == "Marina Douka" && e.Kind == EntityKind.Person, Names(draft));
        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.LivesIn || r.Type == RelationKind.LocatedIn, ShippedExtractors.Relations(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_TranscriptsGivenNameWithoutTheShowNotesAccents_IsTheGuest(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "Katerina Sklavou goes over to Vathy to interview Giórgos Konstantínou, who led the fishermen's rescue.\n\n"
            + "KATERINA: So I'm standing on the quay in Vathy, and there's, what, Giorgos, ten boats here?\n\n"
            + "GIORGOS: Fourteen. Fourteen boats tied up.\n\n"
            + "KATERINA: And now the company says it was a sensor.\n\n"
            + "GIORGOS: We accuse the company, clearly, of polluting our sea with negligence.\n");

        draft.Entities.ShouldContain(e => e.Name == "Giórgos Konstantínou" && e.Aliases.Contains("Giorgos"), Names(draft));
        ShippedExtractors.HasRelation(draft, "Katerina Sklavou", RelationKind.Interviewed, "Giórgos Konstantínou").ShouldBeTrue(ShippedExtractors.Relations(draft));
    }

    [Fact]
    public void Extract_SpokenAccusationOfADescribedCompany_IsTheSpeakersAccusationOfIt()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Giorgos Konstantinou is the president of the fishermen.\n\n"
            + "KATERINA: You filed the complaint against Alkyoni Lines.\n\n"
            + "GIORGOS: Yes. We accuse the company, clearly, of polluting our sea with negligence.\n\n"
            + "KATERINA: Thank you.\n\nGIORGOS: Thanks.\n");

        ShippedExtractors.HasRelation(draft, "Giorgos Konstantinou", RelationKind.Accused, "Alkyoni Lines").ShouldBeTrue(ShippedExtractors.Relations(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_GuestsHeadingAndAPresenterInTheDescription_AreInterviewsByThePresenter(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "# Ionian Tides — Episode 87\n\nIonian Tides is the station's weekly programme about life on the islands, presented by Katerina Sklavou.\n\n"
            + "Guests\n\n- Dimítris Zavitsiános — Mayor of Lefkáda\n- Dr Anthí Raftopoúlou — marine biologist\n\nChapters\n\n- 00:00 — Intro\n");

        ShippedExtractors.HasRelation(draft, "Katerina Sklavou", RelationKind.Interviewed, "Dimítris Zavitsiános").ShouldBeTrue(ShippedExtractors.Relations(draft));
        ShippedExtractors.HasRelation(draft, "Katerina Sklavou", RelationKind.Interviewed, "Anthí Raftopoúlou").ShouldBeTrue(ShippedExtractors.Relations(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_GreekTitleOfAddress_IsNoPartOfTheName(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "Captain Vasiliki Konstantinou, the harbour master, was on the radio all night. Kyria Konstantinou told each boat where to go.");

        draft.Entities.ShouldContain(e => e.Name == "Vasiliki Konstantinou", Names(draft));
        draft.Entities.ShouldNotContain(e => e.Name.StartsWith("Kyria", StringComparison.Ordinal), Names(draft));
    }

    [Fact]
    public void Extract_PressReleaseWhoseComplaintsAccuseNoOne_ReadsEveryName()
    {
        // The far-reaching pattern read this release's long sentences about a complaint until a lazy loop overflowed the
        // compiled matcher's backtracking stack and failed the article.
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.ClusterArticles("mandaue"), "2027-03-12-swcc-press-release-graft-complaint.txt"));

        var draft = ShippedExtractors.Extract("accurate", text);

        draft.Entities.ShouldContain(e => e.Name == "Rogelio T. Villamor", Names(draft));
    }

    private static string Names(ArticleDraft draft) => ShippedExtractors.Entities(draft);
}
