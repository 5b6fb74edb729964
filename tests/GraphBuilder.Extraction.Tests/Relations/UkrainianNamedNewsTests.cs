using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Extraction.Tests.Relations;

/// <summary>
/// Names as Ukrainian news in English writes them (the izmail-danube cluster's sentences, shortened): a court register's
/// family name first in capitals, a given name and patronymic as a form of address, a company's Ukrainian name beside
/// the one it trades as, a body's Ukrainian acronym, a programme's title with its translation, through the shipped
/// pipeline.
/// </summary>
public sealed class UkrainianNamedNewsTests
{
    [Fact]
    public void Extract_RegistersFamilyNameFirstInCapitals_IsThePersonNamedInTheUsualOrder()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Oleksandr Zhuravskyi, 61, head of the cooperative, said the farmers would sue.\n\n"
            + "Claimant: SOK NYVA PODUNAVIA, represented by the head of the board ZHURAVSKYI Oleksandr Ivanovych.");

        var person = draft.Entities.Single(e => e.Name == "Oleksandr Zhuravskyi" || e.Aliases.Contains("Oleksandr Zhuravskyi"));
        person.Kind.ShouldBe(EntityKind.Person);
        (person.Aliases.Append(person.Name)).ShouldContain("ZHURAVSKYI Oleksandr Ivanovych", Names(draft));
    }

    [Fact]
    public void Extract_GivenNameAndPatronymic_IsTheOnlyPersonOfThatGivenName()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "HOST: Larysa Melnyk, our member of parliament, came to Zaplavne last week.\n\nGUEST: Larysa Volodymyrivna came, she stood in the field, she listened.");

        draft.Entities.Single(e => e.Name == "Larysa Melnyk").Aliases.ShouldContain("Larysa Volodymyrivna", Names(draft));
    }

    [Fact]
    public void Extract_GivenNameAndPatronymicOfTwoNamesakes_JoinsNeither()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Larysa Melnyk and Larysa Bondar came to Zaplavne last week.\n\nGUEST: Larysa Volodymyrivna stood in the field.");

        draft.Entities.Where(e => e.Name is "Larysa Melnyk" or "Larysa Bondar").SelectMany(e => e.Aliases).ShouldNotContain("Larysa Volodymyrivna", Names(draft));
    }

    [Fact]
    public void Extract_CompanyThatTradesAsAnotherName_IsOneBody()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "The cooperative filed the claim on Friday against TOV Dunaiskyi Zernovyi Terminal, the limited liability company that trades as Danube Grain Terminal LLC.");

        draft.Entities.ShouldContain(
            e => new[] { e.Name }.Concat(e.Aliases).Contains("Danube Grain Terminal LLC") && new[] { e.Name }.Concat(e.Aliases).Contains("TOV Dunaiskyi Zernovyi Terminal"),
            Names(draft));
    }

    [Fact]
    public void Extract_BodyKnownByItsAcronymInAnotherLanguage_HasThatAcronym()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "The Ukrainian Sea Ports Authority, known by its Ukrainian acronym AMPU, is examining why the barge was cleared.");

        draft.Entities.Single(e => e.Name == "Ukrainian Sea Ports Authority").Aliases.ShouldContain("AMPU", Names(draft));
    }

    [Fact]
    public void Extract_ProgrammeTitleWithItsTranslationBeforeItsEpisode_IsAWork()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "# Holos Dunaiu (Voice of the Danube) — Episode 212: \"The river is our field\"\n\n"
            + "Holos Dunaiu, which Mariia Ostapchuk created in 2021, is Radio Prydunavia's weekly programme on life along the Danube.");

        draft.Entities.ShouldContain(e => e.Kind == EntityKind.Work && (e.Name == "Holos Dunaiu" || e.Aliases.Contains("Holos Dunaiu")), Names(draft));
    }

    [Fact]
    public void Extract_ClaimFiledAtACourtAfterTheNamesOtherName_Sued()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "The agricultural service cooperative Nyva Podunavia (SOK Nyva Podunavia) filed the claim on Friday at the Commercial Court of Odesa Oblast against Danube Grain Terminal LLC.");

        draft.Relations.ShouldContain(
            r => r.Type == RelationKind.Sued && draft.Entities[r.Source].Name.EndsWith("Nyva Podunavia", StringComparison.Ordinal) && draft.Entities[r.Target].Name == "Danube Grain Terminal LLC",
            ShippedExtractors.Relations(draft));
    }

    [Fact]
    public void Extract_RepeatedHerCriticismOf_Criticized()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Larysa Melnyk, 49, said on Tuesday that the resignation answers one question. She repeated her criticism of the Odesa Regional Military Administration.");

        ShippedExtractors.HasRelation(draft, "Larysa Melnyk", RelationKind.Criticized, "Odesa Regional Military Administration").ShouldBeTrue(ShippedExtractors.Relations(draft));
    }

    [Fact]
    public void Extract_SheAfterAWomanAndAManCalledMr_IsTheWoman()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Viktor Melnyk resigned from the port authority. Larysa Melnyk, 49, said on Tuesday that Mr Melnyk's resignation \"answers one question out of twenty\". "
            + "She repeated her criticism of the Odesa Regional Military Administration.");

        ShippedExtractors.HasRelation(draft, "Larysa Melnyk", RelationKind.Criticized, "Odesa Regional Military Administration").ShouldBeTrue(ShippedExtractors.Relations(draft));
    }

    private static string Names(ArticleDraft draft) => ShippedExtractors.Entities(draft);
}
