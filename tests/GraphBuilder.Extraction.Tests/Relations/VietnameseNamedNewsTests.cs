using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Extraction.Tests.Relations;

/// <summary>
/// Names and relations as news in English writes Vietnamese ones (the mekong-tra-vinh cluster's sentences, shortened):
/// titles of address ("Ông Hùng", "Bà Mai Lan"), bodies left in Vietnamese ("Công ty Cổ phần Nạo vét Phù Sa", "HTX Tôm Sú
/// Long Hòa") with their translations in parentheses, "Joint Stock Company", the people's committees, through the
/// shipped pipeline.
/// </summary>
public sealed class VietnameseNamedNewsTests
{
    [Theory]
    [InlineData("Ông Hùng said the dyke had held for forty years.", "Hùng")]
    [InlineData("Bà Mai Lan said her memos were never answered.", "Mai Lan")]
    [InlineData("Anh Tuấn said the families had been moved into the school.", "Tuấn")]
    [InlineData("\"Thank you, Comrade Lan,\" the chairman wrote.", "Lan")]
    public void Extract_VietnameseTitleOfAddress_IsNotPartOfTheName(string text, string name)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        draft.Entities.ShouldContain(e => e.Name == name && e.Kind == EntityKind.Person, Names(draft));
    }

    [Theory]
    [InlineData("The farmers blame Công ty Cổ phần Nạo vét Phù Sa for the collapse.", "Công ty Cổ phần Nạo vét Phù Sa")]
    [InlineData("She wrote to UBND tỉnh Trà Vinh in March and July.", "UBND tỉnh Trà Vinh")]
    [InlineData("Her memos went to Sở Tài nguyên và Môi trường tỉnh Trà Vinh twice.", "Sở Tài nguyên và Môi trường tỉnh Trà Vinh")]
    [InlineData("CÔNG TY CỔ PHẦN NẠO VÉT PHÙ SA\nPHU SA DREDGING JOINT STOCK COMPANY\n", "CÔNG TY CỔ PHẦN NẠO VÉT PHÙ SA")]
    [InlineData("Công ty TNHH Thương mại kinh doanh Phú Gia bought the sand.", "Công ty TNHH Thương mại kinh doanh Phú Gia")]
    public void Extract_VietnameseBodysNameFromItsOpener_IsOneOrganisation(string text, string name)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        draft.Entities.ShouldContain(e => e.Name == name && e.Kind == EntityKind.Organization, Names(draft));
    }

    [Theory]
    [InlineData("Hội An drew visitors all week.")]
    [InlineData("So the farmers waited for the survey.")]
    [InlineData("So Long Hoa waited for the survey.")]
    public void Extract_WordsThatOpenVietnamesePlacesOrEnglish_AreNoBody(string text)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        draft.Entities.ShouldNotContain(e => e.Kind == EntityKind.Organization && e.Name.StartsWith(text.Split(' ')[0], StringComparison.Ordinal), Names(draft));
    }

    [Theory]
    [InlineData(
        "The Green Delta Action Centre (Trung tâm Hành động vì Đồng bằng Xanh), a non-profit organisation based in Cần Thơ, has thrown its support behind the farmers.",
        "Green Delta Action Centre",
        "Trung tâm Hành động vì Đồng bằng Xanh")]
    [InlineData(
        "PSD respectfully disagrees with the assertion by Hợp tác xã Tôm Sú Long Hòa (the Long Hòa Tiger Shrimp Cooperative) that its barges caused the collapse.",
        "Long Hòa Tiger Shrimp Cooperative",
        "Hợp tác xã Tôm Sú Long Hòa")]
    public void Extract_VietnameseBodyAndItsTranslationInParentheses_AreOneOrganisation(string text, string english, string vietnamese)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        var body = draft.Entities.Single(e => e.Name == vietnamese || e.Aliases.Contains(vietnamese));
        body.Kind.ShouldBe(EntityKind.Organization);
        (body.Name == english || body.Aliases.Contains(english)).ShouldBeTrue(Names(draft));
    }

    [Theory]
    [InlineData("Phu Sa Dredging Joint Stock Company (\"PSD\") today announced that it has paused all sand extraction.", "Phu Sa Dredging Joint Stock Company")]
    [InlineData("About Phu Sa Dredging JSC\n\nThe company was founded in 2008.", "Phu Sa Dredging JSC")]
    public void Extract_NameBeforeJointStockCompany_IsOneCompany(string text, string name)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        draft.Entities.ShouldContain(e => e.Name == name && e.Kind == EntityKind.Organization, Names(draft));
        draft.Entities.ShouldNotContain(e => e.Name == "Joint Stock Company" || e.Name.StartsWith("About", StringComparison.Ordinal), Names(draft));
    }

    [Fact]
    public void Extract_TitleWithItsTranslationBeforeAnApposition_IsOneWork()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "She first told her story publicly on Đồng Bằng Hôm Nay (Delta Today), a current-affairs programme on the Cần Thơ station Radio Cửu Long.");

        var work = draft.Entities.Single(e => e.Name == "Đồng Bằng Hôm Nay");
        work.Kind.ShouldBe(EntityKind.Work);
        work.Aliases.ShouldContain("Delta Today", Names(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_BodysOfNameCutAtAndBeforeAField_IsOneBody(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "The 47-year-old engineer quit as deputy director of the provincial Department of Natural Resources and Environment, saying her memos were ignored.");

        draft.Entities.ShouldContain(e => e.Name == "Department of Natural Resources and Environment" && e.Kind == EntityKind.Organization, Names(draft));
        draft.Entities.ShouldNotContain(e => e.Name == "Environment", Names(draft));
    }

    [Fact]
    public void Extract_BodysOfNameBeforeAndAFieldThatOpensATitle_StaysTheBodyAlone()
    {
        var draft = ShippedExtractors.Extract("accurate", "The Ministry of Finance and Energy Minister Kofi Mensah met on Monday.");

        draft.Entities.ShouldNotContain(e => e.Name == "Ministry of Finance and Energy", Names(draft));
    }

    [Fact]
    public void Extract_BodysOfNameBeforeAndACompany_StaysTwo()
    {
        var draft = ShippedExtractors.Extract("accurate", "The Department of Justice and Goldman Sachs reached a settlement on Monday.");

        draft.Entities.ShouldContain(e => e.Name == "Goldman Sachs", Names(draft));
        draft.Entities.ShouldNotContain(e => e.Name.Contains("Justice and", StringComparison.Ordinal), Names(draft));
    }

    [Theory]
    [InlineData("Nguyen Minh Tuan, chairman of the Long Hoa commune People's Committee, said 11 families had been moved.", "Long Hoa commune People's Committee")]
    [InlineData("Nguyễn Minh Tuấn, chairman of the Long Hòa Commune People's Committee (Ủy ban nhân dân xã Long Hòa), said 11 families had been moved.", "Long Hòa Commune People's Committee")]
    public void Extract_PlaceDivisionAndPeoplesCommittee_IsOneBodyItsChairmanLeads(string text, string body)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        var leader = draft.Entities.Single(e => e.Kind == EntityKind.Person).Name;
        Has(draft, leader, RelationKind.Leads, body).ShouldBeTrue(Describe(draft));
        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.Leads && draft.Entities[r.Target].Kind == EntityKind.Location, Describe(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_VietnameseCityBrokenBetweenSyllables_IsOnePlace(string profile)
    {
        var draft = ShippedExtractors.Extract(profile, "At a question-and-answer session of the National Assembly in Hà Nội on 5 November, the deputy spoke.");

        draft.Entities.ShouldContain(e => e.Name == "Hà Nội" && e.Kind == EntityKind.Location, Names(draft));
        draft.Entities.ShouldNotContain(e => e.Name == "Hà" || e.Name == "Nội", Names(draft));
    }

    [Fact]
    public void Extract_NameEndingInProvince_IsAPlace()
    {
        var draft = ShippedExtractors.Extract("accurate", "126 Nguyễn Thị Minh Khai Street, Ward 2, Trà Vinh City, Trà Vinh Province, Vietnam");

        draft.Entities.ShouldContain(e => e.Name == "Trà Vinh Province" && e.Kind == EntityKind.Location, Names(draft));
    }

    [Fact]
    public void Extract_NameBeforeCooperativeReadApart_IsTheCooperative()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "The Long Hoa Shrimp Cooperative, which groups 86 households on Long Hoa, said the bank gave way. "
            + "\"We have lost almost everything,\" Nguyen Van Hung, the cooperative's chairman, told Mekong Wire.");

        draft.Entities.ShouldContain(e => e.Name == "Long Hoa Shrimp Cooperative" && e.Kind == EntityKind.Organization, Names(draft));
        draft.Entities.ShouldNotContain(e => e.Name == "Cooperative", Names(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_ResignedAsARoleOfABody_ResignedFromTheBody(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "The warnings were written by Trần Thị Mai Lan, who resigned last Tuesday as deputy director of the Trà Vinh Department of Natural Resources and Environment after 22 years.");

        Has(draft, "Trần Thị Mai Lan", RelationKind.ResignedFrom, "Trà Vinh Department of Natural Resources and Environment").ShouldBeTrue(Describe(draft));
    }

    [Fact]
    public void Extract_SubjectWithABareRoleApposition_IsWhoMet()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "On Saturday morning Nguyễn Minh Tuấn, chairman of the Long Hòa Commune People's Committee (Ủy ban nhân dân xã Long Hòa), met Nguyễn Văn Hùng at the cooperative's office.");

        Has(draft, "Nguyễn Minh Tuấn", RelationKind.Met, "Nguyễn Văn Hùng").ShouldBeTrue(Describe(draft));
        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.Met && draft.Entities[r.Source].Kind == EntityKind.Organization, Describe(draft));
    }

    [Fact]
    public void Extract_CoordinatedVerbAboutACompanyNamedBeforeIt_HasTheSentencesSubject()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "\"Now it is eating our land,\" Nguyen Van Hung, the cooperative's chairman, told Mekong Wire by telephone. "
            + "Hung said members had complained repeatedly about barges belonging to Phu Sa Dredging JSC working within sight of the island, "
            + "and accused the company of taking sand well beyond its licensed volume.");

        Has(draft, "Nguyen Van Hung", RelationKind.Accused, "Phu Sa Dredging JSC").ShouldBeTrue(Describe(draft));
    }

    [Fact]
    public void Extract_QualifiedOfficeDescription_IsThePersonTitledWithoutAnotherQualifier()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "- The office of Chairman Trần Quốc Bảo did not respond.\n"
            + "- Nguyễn Văn Hùng on his meeting with commune chairman Nguyễn Minh Tuấn\n"
            + "- National Assembly deputy Nguyễn Thị Thu Hà, who criticised the provincial chairman during last week's session.");

        Has(draft, "Nguyễn Thị Thu Hà", RelationKind.Criticized, "Trần Quốc Bảo").ShouldBeTrue(Describe(draft));
        Has(draft, "Nguyễn Thị Thu Hà", RelationKind.Criticized, "Nguyễn Minh Tuấn").ShouldBeFalse(Describe(draft));
    }

    [Theory]
    [InlineData("The Green Delta Action Centre, a non-profit organisation based in Cần Thơ, has thrown its support behind the farmers.")]
    [InlineData("The Green Delta Action Centre (Trung tâm Hành động vì Đồng bằng Xanh), a non-profit organisation based in Cần Thơ, has thrown its support behind the farmers.")]
    public void Extract_TheFarmersAfterTheirCooperative_AreTheCooperative(string support)
    {
        var draft = ShippedExtractors.Extract("accurate", "Members of the Long Hòa Tiger Shrimp Cooperative were collecting dead shrimp. " + support);

        draft.Relations.ShouldContain(
            r => r.Type == RelationKind.Supported
                && (draft.Entities[r.Source].Name == "Green Delta Action Centre" || draft.Entities[r.Source].Aliases.Contains("Green Delta Action Centre"))
                && draft.Entities[r.Target].Name == "Long Hòa Tiger Shrimp Cooperative",
            Describe(draft));
    }

    [Fact]
    public void Extract_PossessiveHeadOpeningALongerName_LeavesNoCrossingNames()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Bà Thu Hà has invited her to brief the National Assembly's Committee for Science, Technology and Environment.");

        draft.Entities.ShouldContain(e => e.Name == "National Assembly", Names(draft));
        draft.Entities.ShouldNotContain(e => e.Name == "National Assembly's Committee", Names(draft));
    }

    private static bool Has(ArticleDraft draft, string source, RelationKind kind, string target) =>
        ShippedExtractors.HasRelation(draft, source, kind, target);

    private static string Describe(ArticleDraft draft) => ShippedExtractors.Relations(draft);

    private static string Names(ArticleDraft draft) => ShippedExtractors.Entities(draft);
}
