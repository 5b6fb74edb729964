using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Extraction.Tests.Relations;

/// <summary>
/// Names and relations as English-language news about Iceland writes them (the reydar-iceland cluster's sentences,
/// shortened): patronymics, given names on second mention, Icelandic bodies' names beside English ones, companies' legal
/// forms in lower case, through the shipped pipeline.
/// </summary>
public sealed class IcelandicNamedNewsTests
{
    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_CompanysLowercaseLegalForm_IsInItsNameAndEndsNoSentence(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "The owners filed a lawsuit against Austurlax hf. on Monday. Ásta Bergsdóttir, a lawyer with Héraðslögmenn ehf. in Egilsstaðir, represents them.");

        draft.Entities.ShouldContain(e => e.Name == "Austurlax hf." && e.Kind == EntityKind.Organization, Names(draft));
        draft.Entities.ShouldContain(e => e.Name == "Héraðslögmenn ehf." && e.Kind == EntityKind.Organization, Names(draft));
        draft.Entities.ShouldNotContain(e => e.Name == ".", Names(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_IcelandicBodysCompoundName_IsABody(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "Veiðiréttarfélag Breiðdælinga, the association of landowners on the river, filed the suit at Héraðsdómur Austurlands on Friday.");

        draft.Entities.ShouldContain(e => e.Name == "Veiðiréttarfélag Breiðdælinga" && e.Kind == EntityKind.Organization, Names(draft));
        draft.Entities.ShouldContain(e => e.Name == "Héraðsdómur Austurlands" && e.Kind == EntityKind.Organization, Names(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_GivenNameAloneAfterAPatronymicsFullName_IsThatPerson(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "Þórður Ragnarsson, chief executive of Austurlax, spoke to the council on Tuesday. Þórður said the pens had been repaired.");

        draft.Entities.ShouldContain(e => e.Name == "Þórður Ragnarsson" && e.Aliases.Contains("Þórður"), Names(draft));
    }

    [Fact]
    public void Extract_SuitAgainstADescribedCompany_IsSued()
    {
        // The fast recogniser reads no name in "Austurlax hf." this short.
        var draft = ShippedExtractors.Extract(
            "accurate",
            "On Thursday the river owners' association Veiðiréttarfélag Breiðdælinga filed a lawsuit against the fish-farming company Austurlax hf.");

        ShippedExtractors.HasRelation(draft, "Veiðiréttarfélag Breiðdælinga", RelationKind.Sued, "Austurlax hf.").ShouldBeTrue(ShippedExtractors.Relations(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_SuedLastWeekBy_IsSuedReversed(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "Austurlax hf. runs the pens. The resignation adds to the pressure on Austurlax, which was sued last week by Veiðiréttarfélag Breiðdælinga.");

        ShippedExtractors.HasRelation(draft, "Veiðiréttarfélag Breiðdælinga", RelationKind.Sued, "Austurlax").ShouldBeTrue(ShippedExtractors.Relations(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_HeadOfARegionsOfficeWhoResigned_ResignedFromTheBodyAndLeadsNoPlace(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "Hildur Þórðardóttir, head of the East Iceland district office of Matvælastofnun (MAST), the Icelandic Food and Veterinary Authority, "
            + "resigned on Wednesday.");

        ShippedExtractors.HasRelation(draft, "Hildur Þórðardóttir", RelationKind.ResignedFrom, "Matvælastofnun").ShouldBeTrue(ShippedExtractors.Relations(draft));
        ShippedExtractors.HasRelation(draft, "Hildur Þórðardóttir", RelationKind.Leads, "East Iceland").ShouldBeFalse(ShippedExtractors.Relations(draft));
        ShippedExtractors.HasRelation(draft, "Hildur Þórðardóttir", RelationKind.LivesIn, "East Iceland").ShouldBeFalse(ShippedExtractors.Relations(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_ResignedAsHeadOfABodysOffice_LeadsNotTheBody(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "Hildur Thordardottir, Thordur's daughter, resigned last month as head of MAST's East Iceland district office.");

        ShippedExtractors.HasRelation(draft, "Hildur Thordardottir", RelationKind.Leads, "MAST").ShouldBeFalse(ShippedExtractors.Relations(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_PronounCriticisedATitledName_IsCriticism(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "Sigurður Pálsson, a councillor, will table a motion on Tuesday. He criticised the mayor, Sigurður Einarsson, for \"acting as the company's spokesman.\"");

        ShippedExtractors.HasRelation(draft, "Sigurður Pálsson", RelationKind.Criticized, "Sigurður Einarsson").ShouldBeTrue(ShippedExtractors.Relations(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_CouncillorForAParty_IsAMemberNotAnEmployee(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "Sigurður Pálsson, 47, a councillor for the opposition East List, said he would table a motion.");

        ShippedExtractors.HasRelation(draft, "Sigurður Pálsson", RelationKind.MemberOf, "East List").ShouldBeTrue(ShippedExtractors.Relations(draft));
        ShippedExtractors.HasRelation(draft, "Sigurður Pálsson", RelationKind.WorksFor, "East List").ShouldBeFalse(ShippedExtractors.Relations(draft));
    }

    [Fact]
    public void Extract_ButDefendedTheCompanyTheSentenceBeforeIsAbout_SupportsIt()
    {
        // The fast recogniser reads no name in "Austurlax hf." this short.
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Austurlax hf. runs the pens. Austurlax is 58 percent owned by Havbruk Vest ASA, an aquaculture group based in Bergen. "
            + "Sigurdur Einarsson, the mayor of Fjardabyggd, called the escape \"a serious setback\" but defended the company and the industry.");

        ShippedExtractors.HasRelation(draft, "Sigurdur Einarsson", RelationKind.Supported, "Austurlax hf.").ShouldBeTrue(ShippedExtractors.Relations(draft));
        ShippedExtractors.HasRelation(draft, "Sigurdur Einarsson", RelationKind.Supported, "Havbruk Vest ASA").ShouldBeFalse(ShippedExtractors.Relations(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_IcelandicNameBesideItsEnglishOneAndItsPlace_IsOneBody(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "Hunters filled the quota, according to figures from Natturustofa Austurlands, the East Iceland Natural History Institute in Neskaupstadur.");

        draft.Entities.ShouldContain(e => e.Name == "East Iceland Natural History Institute" && e.Aliases.Contains("Natturustofa Austurlands"), Names(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_OneWordProgrammeBeforeItsEpisode_IsTheWork(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "# Fjarðaspjall — Episode 112: \"The salmon that got away\"\n\nHost: Sólveig Helgadóttir\n\nThis week on Fjarðaspjall, the fish farm and the river owners.");

        draft.Entities.ShouldContain(e => e.Name == "Fjarðaspjall" && e.Kind == EntityKind.Work, Names(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_KinsAppositionBeforeTheVerb_IsReadPast(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "Hildur Thordardottir, Thordur's daughter, resigned from Matvaelastofnun last month.");

        ShippedExtractors.HasRelation(draft, "Hildur Thordardottir", RelationKind.ResignedFrom, "Matvaelastofnun").ShouldBeTrue(ShippedExtractors.Relations(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_DefendedWhatIsTheCompanys_IsNoSupportOfIt(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "Vincent Huang, the chairman of the Hualien Residents' Association, also defended Chingshui's past relationship with the county.");

        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.Supported, ShippedExtractors.Relations(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_ButDefendedWhatIsTheCompanys_IsNoSupportOfIt(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "Vincent Huang, the chairman of the Hualien Residents' Association, called the fine too small but defended Chingshui's past relationship with the county.");

        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.Supported, ShippedExtractors.Relations(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_AndCriticisedTheBodysPerson_CriticisesThePerson(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "Taroko Mountain Watch (TMW) has campaigned against the quarry since 2019. "
            + "Vincent Huang, the chairman of the Hualien Residents' Association, welcomed the fine and criticised TMW's Lin Mei-hua for her silence.");

        ShippedExtractors.HasRelation(draft, "Vincent Huang", RelationKind.Criticized, "Lin Mei-hua").ShouldBeTrue(ShippedExtractors.Relations(draft));
        ShippedExtractors.HasRelation(draft, "Vincent Huang", RelationKind.Criticized, "Taroko Mountain Watch").ShouldBeFalse(ShippedExtractors.Relations(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_WireStorysReportingCredit_SaysNoOneLivesThere(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "The council meets on Tuesday.\n\nReporting by Erik Lindqvist in Egilsstadir; additional reporting by Marte Hovland in Bergen; editing by Hannah Cole");

        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.LivesIn, ShippedExtractors.Relations(draft));
    }

    private static string Names(ArticleDraft draft) => ShippedExtractors.Entities(draft);
}
