using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Extraction.Tests.Relations;

/// <summary>
/// Names and relations as Ethiopian news in English writes them (the bahir-dar-ethiopia cluster's sentences, shortened):
/// a given name and the father's, second references by the given name, Amharic titles of address, a share company's
/// "S.C.", an association named for its members, through the shipped pipeline.
/// </summary>
public sealed class EthiopianNamedNewsTests
{
    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_AmharicTitles_AreNoPartOfTheNames(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "\"Our children need the jobs,\" Weyzero Tigist Haile, the association's chairwoman, told reporters. "
            + "The association's lawyer, Ato Fikru Desta, said the claim rested on the polluter-pays principle.");

        draft.Entities.ShouldContain(e => e.Name == "Tigist Haile" && e.Kind == EntityKind.Person, Names(draft));
        draft.Entities.ShouldContain(e => e.Name == "Fikru Desta" && e.Kind == EntityKind.Person, Names(draft));
        draft.Entities.ShouldNotContain(e => e.Name.StartsWith("Weyzero", StringComparison.Ordinal) || e.Name.StartsWith("Ato", StringComparison.Ordinal), Names(draft));
    }

    [Fact]
    public void Extract_GivenNameAloneBesideAFathersName_IsTheOneItStarts()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Dawit Alemu has resigned as general manager of Abbay Leather Industry Share Company. The board named his father, Alemu Tesfaye, "
            + "the company's founder, as acting general manager. Alemu, 64, founded the company in 1998.");

        draft.Entities.ShouldContain(e => e.Name == "Alemu Tesfaye" && e.Aliases.Contains("Alemu"), Names(draft));
        draft.Entities.ShouldNotContain(e => e.Name == "Dawit Alemu" && e.Aliases.Contains("Alemu"), Names(draft));
    }

    [Fact]
    public void Extract_EngineerBeforeAGivenName_IsATitle()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "The lawmaker has called on the bureau head, Engineer Getachew Mekonnen, to resign. We invited Engineer Getachew to join us; "
            + "his office said he was unavailable. Getachew has not commented.");

        draft.Entities.ShouldContain(e => e.Name == "Getachew Mekonnen" && e.Aliases.Contains("Getachew"), Names(draft));
        draft.Entities.ShouldNotContain(e => e.Name.StartsWith("Engineer", StringComparison.Ordinal), Names(draft));
    }

    [Theory]
    [InlineData("accurate", "The earthen wall of a wastewater pond at the Abbay Leather Industry S.C. tannery gave way late on Saturday.")]
    [InlineData("fast", "The earthen wall of a wastewater pond at the Abbay Leather Industry S.C. tannery gave way late on Saturday.")]
    [InlineData("accurate", "An association of fishers on Thursday sued Abbay Leather Industry S.C. and the Amhara Regional Environment and Forest Bureau.")]
    [InlineData("fast", "An association of fishers on Thursday sued Abbay Leather Industry S.C. and the Amhara Regional Environment and Forest Bureau.")]
    public void Extract_ShareCompanyLetters_AreTheCompanysLegalFormNotACarolina(string profile, string text)
    {
        var draft = ShippedExtractors.Extract(profile, text);

        draft.Entities.ShouldContain(e => e.Name == "Abbay Leather Industry S.C." && e.Kind == EntityKind.Organization, Names(draft));
        draft.Entities.ShouldNotContain(e => e.Name == "S.C.", Names(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_BodyNamedForItsMembers_KeepsTheWholeList(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "The Association of Lake Tana Fishers, Boat Operators and Shoreline Communities filed its case at the court in Bahir Dar.");

        draft.Entities.ShouldContain(e => e.Name == "Association of Lake Tana Fishers, Boat Operators and Shoreline Communities", Names(draft));
    }

    [Fact]
    public void Extract_LedeThatNamesTheBodyInTheNextSentence_GivesTheBodysSuit()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "BAHIR DAR — An association of fishers sued Abbay Leather Industry S.C. on Thursday over the spill. "
            + "The Association of Lake Tana Fishers filed its case at the Amhara Regional State Supreme Court.");

        ShippedExtractors.HasRelation(draft, "Association of Lake Tana Fishers", RelationKind.Sued, "Abbay Leather Industry S.C.").ShouldBeTrue(ShippedExtractors.Relations(draft));
    }

    [Fact]
    public void Extract_CompanyFacingASuitFiledByABody_IsSuedByIt()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Abbay Leather also faces a 120 million birr lawsuit filed last week by the Lake Tana Fishers' Association.");

        ShippedExtractors.HasRelation(draft, "Lake Tana Fishers' Association", RelationKind.Sued, "Abbay Leather").ShouldBeTrue(ShippedExtractors.Relations(draft));
    }

    [Fact]
    public void Extract_KinAfterAPossessivePronoun_IsRelated()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Dawit Alemu has resigned as general manager of the tannery. The company was founded in 1998 by his father, Alemu Tesfaye, who remains chairman.");

        ShippedExtractors.HasRelation(draft, "Dawit Alemu", RelationKind.RelatedTo, "Alemu Tesfaye").ShouldBeTrue(ShippedExtractors.Relations(draft));
    }

    [Theory]
    [InlineData("Haile Worku, the Bahar Dar member of parliament who has called for Getachew Mekonnen to step down, said the resignation changed nothing.")]
    [InlineData("The findings add to the pressure on Getachew Mekonnen, whose resignation has been demanded by Haile Worku, a federal lawmaker.")]
    [InlineData("Haile Worku says the real failure lies with the bureau, and he has called on its head, Engineer Getachew Mekonnen, to resign.")]
    public void Extract_CallForAnOfficialToGo_IsCriticism(string text)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        ShippedExtractors.HasRelation(draft, "Haile Worku", RelationKind.Criticized, "Getachew Mekonnen").ShouldBeTrue(ShippedExtractors.Relations(draft));
    }

    [Fact]
    public void Extract_BodyQualifyingANounAfterAResignation_IsNotWhatThePersonLeft()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Abbay Leather general manager Dawit Alemu resigns as spill lawsuit and EPA inquiry weigh on tanner");

        ShippedExtractors.HasRelation(draft, "Dawit Alemu", RelationKind.ResignedFrom, "EPA").ShouldBeFalse(ShippedExtractors.Relations(draft));
    }

    [Theory]
    [InlineData("By Bethlehem Assefa in Bahir Dar\n\nThe tannery stayed closed on Friday.", "Bethlehem Assefa")]
    [InlineData("The market reopened on Monday.\n\n(Reporting by Kayode Adeniran in Ogbomoso; editing by Yusuf Bello)", "Kayode Adeniran")]
    public void Extract_WriterAfterBy_IsAPersonInNoPlace(string text, string writer)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        draft.Entities.ShouldContain(e => e.Name == writer && e.Kind == EntityKind.Person, Names(draft));
        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.LocatedIn, ShippedExtractors.Relations(draft));
    }

    private static string Names(ArticleDraft draft) => ShippedExtractors.Entities(draft);
}
