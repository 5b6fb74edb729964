using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Model;
using GraphBuilder.Testing.Files;

namespace GraphBuilder.Extraction.Tests.Relations;

/// <summary>
/// Names and relations as Gulf news in English writes them (the ras-hadd cluster's sentences, shortened): given names
/// with "bin", "bint" and an "al-" family name, titles of address (Sheikh, Sayyid, Eng., Haj, H.E.), kunyas, "Ras al-"
/// places, Omani listed companies, through the shipped pipeline.
/// </summary>
public sealed class GulfArabicNamedNewsTests
{
    [Theory]
    [InlineData("The story was written by Zainab bint Hilal al-Mamari, who covers the coast.", "Zainab bint Hilal al-Mamari")]
    [InlineData("The media contact is Huda bint Salim al-Wahaibi, head of corporate communications.", "Huda bint Salim al-Wahaibi")]
    [InlineData("The programme's producer, Hamdan bin Said al-Sadi, declined to comment.", "Hamdan bin Said al-Sadi")]
    [InlineData("Sheikh Saif bin Humaid al-Araimi, chairman of the association, said the sea had never done this.", "Saif bin Humaid al-Araimi")]
    public void Extract_GivenNameFathersNameAndFamilyName_AreOnePerson(string text, string name)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        draft.Entities.ShouldContain(e => e.Name == name && e.Kind == EntityKind.Person, Names(draft));
    }

    [Theory]
    [InlineData("Its chief executive, Eng. Tariq bin Hamood al-Ghailani, said the plant was within its permit.", "Tariq bin Hamood al-Ghailani")]
    [InlineData("On Friday, Sayyid Mazin bin Talal al-Busaidi toured the plant.", "Mazin bin Talal al-Busaidi")]
    [InlineData("\"My boat has not moved for a week,\" said Haj Rashid bin Khamis al-Alawi, a 67-year-old fisherman.", "Rashid bin Khamis al-Alawi")]
    [InlineData("During the visit, H.E. Sayyid Mazin Al Busaidi was briefed on the plant.", "Mazin Al Busaidi")]
    public void Extract_GulfTitleOfAddress_IsNoPartOfTheName(string text, string name)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        draft.Entities.ShouldContain(e => e.Name == name && e.Kind == EntityKind.Person, Names(draft));
        draft.Entities.ShouldNotContain(e => e.Name.StartsWith("Eng", StringComparison.Ordinal) || e.Name.StartsWith("H.E", StringComparison.Ordinal), Names(draft));
    }

    [Fact]
    public void Extract_MosqueNamedAfterATitledPerson_IsAPlace()
    {
        var draft = ShippedExtractors.Extract("accurate", "Pilgrims\n\nThe Sheikh Zayed Grand Mosque was closed to visitors on Friday.");

        draft.Entities.ShouldContain(e => e.Name.EndsWith("Mosque", StringComparison.Ordinal) && e.Kind == EntityKind.Location, Names(draft));
    }

    [Fact]
    public void Extract_NameRunningOnIntoABodysName_IsLeftToTheBody()
    {
        var draft = ShippedExtractors.Extract("accurate", "The grant came from the Mohammed bin Rashid Al Maktoum Foundation in Dubai.");

        draft.Entities.ShouldNotContain(e => e.Name == "Mohammed bin Rashid Al Maktoum" && e.Kind == EntityKind.Person, Names(draft));
    }

    [Theory]
    [InlineData("Dead fish began washing up around Ras al-Hadd, a fishing village at the eastern tip of Oman.", "Ras al-Hadd", EntityKind.Location)]
    [InlineData("Chairman Saif Al Araimi said the Ras Al Hadd Fishermen Association would seek compensation.", "Ras Al Hadd Fishermen Association", EntityKind.Organization)]
    public void Extract_RasAlPlace_IsOneNameAndOpensTheBodysName(string text, string name, EntityKind kind)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        draft.Entities.ShouldContain(e => e.Name == name && e.Kind == kind, Names(draft));
    }

    [Fact]
    public void Extract_FormerLegalFormAndTicker_AreTheCompanysOtherNames()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Hadd Coastal Water Company SAOG (Sharikat Miyah Sahil al-Hadd), formerly Hadd Coastal Water Company LLC, was established in 2021. "
            + "The Company converted to a public joint stock company and listed its shares in 2025 under the ticker HADW.");

        var company = draft.Entities.Single(e => e.Aliases.Contains("Hadd Coastal Water Company LLC") || e.Name == "Hadd Coastal Water Company LLC");
        company.Aliases.ShouldContain("HADW", Names(draft));
        draft.Entities.ShouldNotContain(e => e.Name == "SAOG", Names(draft));
    }

    [Fact]
    public void Extract_FormerNameAfterComma_IsTheCompanysOtherName()
    {
        var draft = ShippedExtractors.Extract("accurate", "Oman Coastal Power SAOC, formerly Sur Energy Company LLC, owns the plant at Ras al-Hadd.");

        draft.Entities.ShouldContain(e => e.Name == "Oman Coastal Power SAOC" && e.Aliases.Contains("Sur Energy Company LLC"), Names(draft));
    }

    [Fact]
    public void Extract_PressReleaseChairmanOfABodyNamedAfterItsVillage_LeadsTheBodyNotThePlace()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.ClusterArticles("ras-hadd"), "2027-09-04-hcwc-press-release-ras-al-hadd.txt"));

        var draft = ShippedExtractors.Extract("accurate", text);

        Has(draft, "Saif bin Humaid al-Araimi", RelationKind.Leads, "Ras al-Hadd Fishermen's Association").ShouldBeTrue(Describe(draft));
        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.Leads && draft.Entities[r.Target].Kind == EntityKind.Location, Describe(draft));
    }

    [Fact]
    public void Extract_OmaniExchangeCode_IsTheListedCompanys()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Hadd Coastal Water Co (MSX: HADW), which runs a plant on the coast at Ras Al Hadd, saw its shares fall a further 2.1% on Sunday.");

        draft.Entities.ShouldContain(e => e.Aliases.Contains("HADW") && e.Kind == EntityKind.Organization, Names(draft));
    }

    [Theory]
    [InlineData("Al-Araimi, who has fished out of Ras al-Hadd for four decades and is known locally as Abu Nasser, said the association would seek compensation.", "Al-Araimi", "Abu Nasser")]
    [InlineData("The programme is presented by Maryam bint Abdullah al-Balushi — known to many listeners simply as Umm Ahmed. It broadcasts from Sur.", "Maryam bint Abdullah al-Balushi", "Umm Ahmed")]
    public void Extract_Kunya_IsThePersonsNickname(string text, string name, string kunya)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        draft.Entities.ShouldContain(e => e.Kind == EntityKind.Person && new[] { e.Name }.Concat(e.Aliases).Order().SequenceEqual(new[] { name, kunya }.Order()), Names(draft));
    }

    [Fact]
    public void Extract_ProgrammeTitlesGlossAndLaterMentions_AreTheWork()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "The Blue Majlis — Episode 147: Brine, Fish and Trust\n\n"
            + "The Blue Majlis (Al-Majlis al-Azraq) is the weekly programme of Qalhat FM about the people of the coast, created by Maryam bint Abdullah al-Balushi.");

        var work = draft.Entities.Single(e => e.Kind == EntityKind.Work);
        new[] { work.Name }.Concat(work.Aliases).ShouldBe(["Al-Majlis al-Azraq", "The Blue Majlis"], ignoreOrder: true, Names(draft));
        draft.Entities.ShouldNotContain(e => e.Name == "Majlis", Names(draft));
    }

    [Fact]
    public void Extract_OmaniBeforeANoun_IsNoPlaceNamed()
    {
        var draft = ShippedExtractors.Extract("accurate", "Omani fishermen on Saturday blamed the plant's brine for the fish kill.");

        draft.Entities.ShouldNotContain(e => e.Name == "Omani", Names(draft));
    }

    [Fact]
    public void Extract_CaptionLabelInCapitals_IsNoDatelinesPlace()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Fish kill\n\nPHOTO: Municipal workers collect dead fish from the beach at Ras al-Hadd, Oman, Aug. 31, 2027. Gulf Wire/Khalid al-Maskari\n");

        draft.Entities.ShouldNotContain(e => e.Name.Equals("Photo", StringComparison.OrdinalIgnoreCase), Names(draft));
    }

    [Theory]
    [InlineData("The association says the kill has cost its members at least RO 180,000 in lost catches.", "RO")]
    [InlineData("Fishermen were paid QR 2,000 each by the operator.", "QR")]
    public void Extract_GulfCurrencyBeforeAnAmount_IsNoBody(string text, string code)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        draft.Entities.ShouldNotContain(e => e.Name == code, Names(draft));
    }

    [Fact]
    public void Extract_NewspapersNameAfterThe_IsNoPerson()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "In her resignation letter, seen by the Sharqiyah Observer, she wrote that her team recorded high salinity.");

        draft.Entities.ShouldNotContain(e => e.Name.Contains("Observer", StringComparison.Ordinal) && e.Kind == EntityKind.Person, Names(draft));
    }

    [Theory]
    [InlineData("the Sultanate of Oman", "Oman")]
    [InlineData("the Kingdom of Saudi Arabia", "Saudi Arabia")]
    [InlineData("Hashemite Kingdom of Jordan", "Jordan")]
    public void TryGetCountry_FormalNameOfAState_IsTheCountry(string name, string country)
    {
        Lexicons.CountryNames.TryGetCountry(name, out var found).ShouldBeTrue();
        found.ShouldBe(country);
    }

    [Theory]
    [InlineData("Republic of China")]
    [InlineData("Democratic Republic of the Congo")]
    [InlineData("Kingdom of Heaven")]
    public void TryGetCountry_FormalNameOfTwoCountriesOrNone_IsNoCountry(string name) =>
        Lexicons.CountryNames.TryGetCountry(name, out _).ShouldBeFalse();

    [Theory]
    [InlineData("The dispute escalated when Dr. Shamsa bint Khalfan al-Rashdi, director-general of marine environment monitoring at the Coastal and Marine Environment Authority (CMEA), resigned.", "Shamsa bint Khalfan al-Rashdi")]
    [InlineData("Dr. Leila bint Khalfan al-Harthi stepped down on Thursday as director-general of marine environment monitoring at the Coastal and Marine Environment Authority.", "Leila bint Khalfan al-Harthi")]
    [InlineData("Dr Amal Al Rashdi resigned on 2 September as director-general of marine environment monitoring at the Coastal and Marine Environment Authority.", "Amal Al Rashdi")]
    public void Extract_LongTitleAtTheBodyOfOneWhoResigned_ResignedFrom(string text, string person)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        Has(draft, person, RelationKind.ResignedFrom, "Coastal and Marine Environment Authority").ShouldBeTrue(Describe(draft));
    }

    [Fact]
    public void Extract_AffirmedABodysSupportFor_Supported()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "During the visit, Sayyid Mazin al-Busaidi affirmed the Ministry's support for Hadd Coastal Water Company and for the supply of water.");

        Has(draft, "Mazin al-Busaidi", RelationKind.Supported, "Hadd Coastal Water Company").ShouldBeTrue(Describe(draft));
        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.Supported && draft.Entities[r.Source].Kind == EntityKind.Organization, Describe(draft));
    }

    [Fact]
    public void Extract_RemarksDrewCriticismFrom_TheCriticCriticizedTheSpeaker()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "\"Hadd Coastal Water has our full confidence while the facts are established,\" Sayyid Mazin al-Busaidi told reporters at the site. "
            + "The remarks drew sharp criticism from Ahmed bin Mohammed al-Sinani, who represents Sur in the Majlis al-Shura.");

        Has(draft, "Ahmed bin Mohammed al-Sinani", RelationKind.Criticized, "Mazin al-Busaidi").ShouldBeTrue(Describe(draft));
    }

    [Fact]
    public void Extract_RemarksDrewCriticismWithNoSpeakerBefore_GivesNoCriticism()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "The plant supplies water to 140,000 people, according to Sayyid Mazin al-Busaidi's office. "
            + "The remarks drew sharp criticism from Ahmed bin Mohammed al-Sinani, who represents Sur.");

        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.Criticized, Describe(draft));
    }

    [Fact]
    public void Extract_GuestListedAfterHisTitle_WasInterviewedByTheHost()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "The Blue Majlis — Episode 147\n\nHost: Maryam al-Balushi\n\nGuests:\n"
            + "Eng. Tariq bin Hamood al-Ghailani, Chief Executive Officer, Hadd Coastal Water Company SAOG (in the studio)\n"
            + "Sheikh Saif bin Humaid al-Araimi, Chairman, Ras al-Hadd Fishermen's Association (by telephone)\n\n"
            + "Summary\n\nA week after dead fish first washed up, Maryam sits down with the head of the company.");

        Has(draft, "Maryam al-Balushi", RelationKind.Interviewed, "Tariq bin Hamood al-Ghailani").ShouldBeTrue(Describe(draft));
        Has(draft, "Maryam al-Balushi", RelationKind.Interviewed, "Saif bin Humaid al-Araimi").ShouldBeTrue(Describe(draft));
    }

    [Fact]
    public void Extract_BodysNameCutAtAndUnderATitleCaseHeadline_IsWhole()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Omani Fishermen Blame Desalination Plant Brine For Mass Fish Kill Near Ras Al-Hadd\n\n"
            + "The dispute escalated on Thursday when Dr. Shamsa bint Khalfan al-Rashdi, director-general of marine environment monitoring "
            + "at the Coastal and Marine Environment Authority (CMEA), resigned.");

        draft.Entities.ShouldContain(e => e.Name == "Coastal and Marine Environment Authority", Names(draft));
        draft.Entities.ShouldNotContain(e => e.Name == "Marine Environment Authority", Names(draft));
    }

    [Fact]
    public void Extract_FastReadingOfABodysNameCutAtAndTwice_IsWhole()
    {
        var draft = ShippedExtractors.Extract(
            "fast",
            "The regulatory picture is less settled. Dr Shamsa Al Rashdi resigned on 2 September as director-general of marine environment "
            + "monitoring at the Coastal and Marine Environment Authority (CMEA).");

        draft.Entities.ShouldContain(e => e.Name == "Coastal and Marine Environment Authority", Names(draft));
        draft.Entities.ShouldNotContain(e => e.Name == "Coastal", Names(draft));
    }

    private static bool Has(ArticleDraft draft, string source, RelationKind kind, string target) =>
        ShippedExtractors.HasRelation(draft, source, kind, target);

    private static string Describe(ArticleDraft draft) => ShippedExtractors.Relations(draft);

    private static string Names(ArticleDraft draft) => ShippedExtractors.Entities(draft);
}
