using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Extraction.Tests.Relations;

/// <summary>
/// Names and relations as news in English writes Turkish ones (the izmit-korfez cluster's sentences, shortened): a given
/// name with "Bey" or "Hanım", companies with "Sanayi ve Ticaret A.Ş.", bodies and places left in Turkish ("Gölcük
/// Belediyesi", "İzmit Körfezi"), translations in parentheses, through the shipped pipeline.
/// </summary>
public sealed class TurkishNamedNewsTests
{
    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_GivenNameWithBey_IsThePersonNamedInFull(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "In a statement on Wednesday, general manager Kerem Tarık Soydan said the plant had run normally. "
            + "Mr. Öztürk was unmoved. \"Kerem Bey invites us to look at his screens. Let him come to Gölcük,\" he said.");

        draft.Entities.Single(e => e.Name == "Kerem Tarık Soydan").Aliases.ShouldContain("Kerem Bey", Names(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_GivenNameWithTitleOfAddressAlone_IsAPerson(string profile)
    {
        var draft = ShippedExtractors.Extract(profile, "Levent Bey came on Wednesday and sat with us for two hours. \"Thank you, Ece Hanım,\" she said.");

        draft.Entities.ShouldContain(e => e.Name == "Levent Bey" && e.Kind == EntityKind.Person, Names(draft));
        draft.Entities.ShouldContain(e => e.Name == "Ece Hanım" && e.Kind == EntityKind.Person, Names(draft));
    }

    [Theory]
    [InlineData("On Tuesday he accused Derinsu Kimya Sanayi ve Ticaret A.Ş., which runs a plant in Derince, of releasing untreated wastewater.", "Derinsu Kimya Sanayi ve Ticaret A.Ş.")]
    [InlineData("A plume spread from the outfall of a plant run by Derinsu Kimya Sanayi ve Ticaret AS (DRNSU.IS) in Derince, he said.", "Derinsu Kimya Sanayi ve Ticaret AS")]
    public void Extract_TurkishCompanyCutAtVe_IsOneCompany(string text, string name)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        draft.Entities.ShouldContain(e => e.Name == name && e.Kind == EntityKind.Organization, Names(draft));
        draft.Entities.ShouldNotContain(e => e.Name.StartsWith("Ticaret", StringComparison.Ordinal) || e.Name == "Derinsu Kimya Sanayi", Names(draft));
    }

    [Fact]
    public void Extract_ShortNameReadAsAPersonsOpeningACompanysNameWithItsLegalForm_IsTheCompany()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Derinsu Kimya denies its Derince plant is to blame\n\n"
            + "On Tuesday he accused Derinsu Kimya Sanayi ve Ticaret A.Ş., which runs a plant in Derince, of releasing untreated wastewater. "
            + "Derinsu Kimya has flatly denied the claim.");

        draft.Entities.Single(e => e.Name == "Derinsu Kimya Sanayi ve Ticaret A.Ş.").Aliases.ShouldContain("Derinsu Kimya", Names(draft));
        draft.Entities.ShouldNotContain(e => e.Kind == EntityKind.Person, Names(draft));
    }

    [Theory]
    [InlineData("Mr. Akgül said Gölcük Belediyesi (Gölcük Municipality) would cover fuel costs for the boats.", "Gölcük Belediyesi", EntityKind.Organization)]
    [InlineData("On Thursday Kıyı Gözcüleri Derneği filed a criminal complaint on behalf of the fishermen.", "Kıyı Gözcüleri Derneği", EntityKind.Organization)]
    [InlineData("He accused the company of releasing untreated wastewater into İzmit Körfezi during the heavy rain.", "İzmit Körfezi", EntityKind.Location)]
    [InlineData("On Tuesday he accused Derinsu Kimya Sanayi ve Ticaret A.Ş., which runs a chlor-alkali and surfactant plant in Derince, of releasing untreated wastewater into İzmit Körfezi during the heavy rain of Oct. 10 and 11.", "İzmit Körfezi", EntityKind.Location)]
    public void Extract_TurkishBodysOrPlacesHead_TypesTheName(string text, string name, EntityKind kind)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        draft.Entities.ShouldContain(e => (e.Name == name || e.Aliases.Contains(name)) && e.Kind == kind, Names(draft));
    }

    [Fact]
    public void Extract_MunicipalitysNameInTurkish_IsNotItsTown()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "The mussel farms off Gölcük died overnight. Mr. Akgül said Gölcük Belediyesi (Gölcük Municipality) would cover fuel costs.");

        var municipality = draft.Entities.Single(e => e.Name == "Gölcük Belediyesi" || e.Aliases.Contains("Gölcük Belediyesi"));
        municipality.Kind.ShouldBe(EntityKind.Organization);
        (municipality.Name == "Gölcük Municipality" || municipality.Aliases.Contains("Gölcük Municipality")).ShouldBeTrue(Names(draft));
        municipality.Aliases.ShouldNotContain("Gölcük", Names(draft));
    }

    [Fact]
    public void Extract_GulfOfAName_IsOnePlace()
    {
        var draft = ShippedExtractors.Extract(
            "accurate", "Fishermen on the southern shore of the Gulf of Izmit have been hauling up ropes of empty, blackened shells.");

        draft.Entities.ShouldContain(e => e.Name == "Gulf of Izmit" && e.Kind == EntityKind.Location, Names(draft));
        draft.Entities.ShouldNotContain(e => e.Name == "Gulf" || e.Name == "Izmit", Names(draft));
    }

    [Theory]
    [InlineData("Turkish inspector quits as fishermen blame chemicals maker for Gulf of Izmit mussel die-off\n\nThe gulf is lined with refineries.", "Gulf of Izmit")]
    [InlineData("The outfall discharges through a multiport diffuser about 900 m offshore, a standard configuration for Gulf of Oman and Arabian Sea plants of this size.", "Gulf of Oman")]
    public void Extract_GulfOfANameReadWholeAsMiscellaneous_IsAPlace(string text, string name)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        draft.Entities.ShouldContain(e => e.Name == name && e.Kind == EntityKind.Location, Names(draft));
    }

    [Fact]
    public void Extract_TurkishPlacesNameInParentheses_IsTheOtherNameOfThePlaceBefore()
    {
        var draft = ShippedExtractors.Extract(
            "accurate", "The company responded to reports of dead mussels along parts of the Gulf of İzmit (İzmit Körfezi) on Monday.");

        draft.Entities.Single(e => e.Name == "Gulf of İzmit").Aliases.ShouldContain("İzmit Körfezi", Names(draft));
        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.LocatedIn, Describe(draft));
    }

    [Fact]
    public void Extract_PressReleasesSeveralDefinedTerms_AreAllTheCompanys()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Derinsu Kimya Sanayi ve Ticaret A.Ş. (\"Derinsu Kimya\" or \"DSK\") today issued the following statement. "
            + "DSK shares the concern of the fishing community.");

        var company = draft.Entities.Single(e => e.Name == "Derinsu Kimya Sanayi ve Ticaret A.Ş.");
        company.Aliases.ShouldContain("DSK", Names(draft));
        company.Aliases.ShouldContain("Derinsu Kimya", Names(draft));
    }

    [Fact]
    public void Extract_PressReleasesFirstOfSeveralDefinedTerms_IsTheCompanys()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Derinsu Kimya Sanayi ve Ticaret A.Ş. (\"DSK\" or \"the Company\") today issued the following statement. "
            + "DSK employs approximately 640 people.");

        draft.Entities.Single(e => e.Name == "Derinsu Kimya Sanayi ve Ticaret A.Ş.").Aliases.ShouldContain("DSK", Names(draft));
    }

    [Fact]
    public void Extract_SpeakersLabelsInTurkishCapitals_AreThePerson()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Tide Lines\n\nECE NAZLI KAPLAN: Good evening, and welcome to Tide Lines.\n\n"
            + "HÜSEYİN CAHİT ÖZTÜRK: You see these crates? This is one boat.\n\n"
            + "KAPLAN: Derinsu Kimya says its plant was working normally that night.\n\n"
            + "ÖZTÜRK: Then let them explain the yellow water.\n\n"
            + "KAPLAN: The mayor of Gölcük came to see you this week.\n\n"
            + "ÖZTÜRK: He came on Wednesday.");

        draft.Entities.ShouldNotContain(e => e.Kind == EntityKind.Location && e.Name.Contains("ztürk", StringComparison.OrdinalIgnoreCase), Names(draft));
        draft.Entities.Single(e => e.Aliases.Contains("ÖZTÜRK") || e.Name == "ÖZTÜRK").Kind.ShouldBe(EntityKind.Person, Names(draft));
    }

    [Fact]
    public void Extract_FoundBackingFromABody_TheBodySupported()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "S.S. Mavi Ağ Su Ürünleri Kooperatifi has also found backing from Kıyı Gözcüleri Derneği, an environmental group in İzmit.");

        Has(draft, "Kıyı Gözcüleri Derneği", RelationKind.Supported, "S.S. Mavi Ağ Su Ürünleri Kooperatifi").ShouldBeTrue(Describe(draft));
    }

    [Fact]
    public void Extract_CriticismDismissed_TheCriticCriticized()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Nesrin Gül Karaca, an opposition deputy, spoke on Wednesday. Governor Orhan Yavuz Tekeli met reporters on Thursday. "
            + "Mr. Tekeli dismissed Ms. Karaca's criticism as \"political exploitation of a tragedy\".");

        Has(draft, "Nesrin Gül Karaca", RelationKind.Criticized, "Orhan Yavuz Tekeli").ShouldBeTrue(Describe(draft));
        Has(draft, "Orhan Yavuz Tekeli", RelationKind.Criticized, "Nesrin Gül Karaca").ShouldBeFalse(Describe(draft));
    }

    [Theory]
    [InlineData("Nesrin Gul Karaca, a member of parliament for Kocaeli from the opposition Democratic Coast Party (DKP), accused Governor Orhan Yavuz Tekeli of shielding a company.", "Nesrin Gul Karaca")]
    [InlineData("Av. Nesrin Gül Karaca, the Kocaeli deputy of the opposition Demokratik Kıyı Partisi (DKP, Democratic Coast Party), accused Governor Orhan Yavuz Tekeli of shielding the company.", "Nesrin Gül Karaca")]
    public void Extract_AppositionHoldingAnAcronymInParentheses_TheNameBeforeItAccused(string text, string accuser)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        Has(draft, accuser, RelationKind.Accused, "Orhan Yavuz Tekeli").ShouldBeTrue(Describe(draft));
        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.Accused && draft.Entities[r.Source].Kind == EntityKind.Organization, Describe(draft));
    }

    [Fact]
    public void Extract_TranslationAfterAnAcronymInParentheses_IsTheBodysOtherName()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Av. Nesrin Gül Karaca, the Kocaeli deputy of the opposition Demokratik Kıyı Partisi (DKP, Democratic Coast Party), accused the governor.");

        var party = draft.Entities.Single(e => e.Name == "Demokratik Kıyı Partisi" || e.Name == "Democratic Coast Party");
        party.Aliases.ShouldContain("DKP", Names(draft));
        (party.Name == "Democratic Coast Party" || party.Aliases.Contains("Democratic Coast Party")).ShouldBeTrue(Names(draft));
        draft.Entities.ShouldNotContain(e => e.Name == "Av" || e.Name == "Av.", Names(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_LawyersTitleBeforeAName_EndsNoSentenceAndIsNoPartOfTheName(string profile)
    {
        var draft = ShippedExtractors.Extract(profile, "Joining us now is Av. Gizem Naz Ekinci, who chairs the association. She filed the complaint.");

        draft.Entities.ShouldContain(e => e.Name == "Gizem Naz Ekinci" && e.Kind == EntityKind.Person, Names(draft));
        draft.Entities.ShouldNotContain(e => e.Name.StartsWith("Av", StringComparison.Ordinal), Names(draft));
    }

    [Theory]
    [InlineData("Türkiye")]
    [InlineData("Turkiye")]
    public void TryGetCountry_TurkeysOwnName_IsTurkey(string name)
    {
        Lexicons.CountryNames.TryGetCountry(name, out var country).ShouldBeTrue();
        country.ShouldBe("Turkey");
    }

    private static bool Has(ArticleDraft draft, string source, RelationKind kind, string target) =>
        ShippedExtractors.HasRelation(draft, source, kind, target);

    private static string Describe(ArticleDraft draft) => ShippedExtractors.Relations(draft);

    private static string Names(ArticleDraft draft) => ShippedExtractors.Entities(draft);
}
