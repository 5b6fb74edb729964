using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Model;
using GraphBuilder.Testing.Files;

namespace GraphBuilder.Extraction.Tests.Relations;

/// <summary>
/// Names and relations as Chilean news in English writes them (the atacama cluster's sentences, shortened): two
/// surnames, Spanish names of bodies glossed in English, legal forms, a show's notes, through the shipped pipeline.
/// </summary>
public sealed class SpanishNamedNewsTests
{
    [Fact]
    public void Extract_FathersSurnameAloneAfterTheFullName_IsThePerson()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "In a letter to the Superintendent of the Environment, Claudia Bustamante Oyarzún, he said he was stepping down.\n\n"
            + "Bustamante accepted the resignation on Friday.");

        var person = draft.Entities.Single(e => e.Name == "Claudia Bustamante Oyarzún");
        person.Aliases.ShouldContain("Bustamante", Names(draft));
        draft.Entities.ShouldNotContain(e => e.Name == "Bustamante", Names(draft));
    }

    [Fact]
    public void Extract_GivenNamesAndFathersSurnameAfterTheFullName_AreThePerson()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Plus: María José Fuentes Ibarra, president of the association, responds.\n\n"
            + "After the interview I called María José Fuentes in Socaire. He has sat down with Doña María José twice.");

        var person = draft.Entities.Single(e => e.Name == "María José Fuentes Ibarra");
        person.Aliases.ShouldContain("María José Fuentes", Names(draft));
        person.Aliases.ShouldContain("María José", Names(draft));
    }

    [Fact]
    public void Extract_GivenNamesAloneAfterATitle_AreThePersonNamedInFull()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Plus: María José Fuentes Ibarra, president of the association, responds.\n\n"
            + "\"I have sat down with Doña María José twice, and I respect her,\" the chief executive said.");

        draft.Entities.Single(e => e.Name == "María José Fuentes Ibarra").Aliases.ShouldContain("María José", Names(draft));
    }

    [Fact]
    public void Extract_LongerNameWrittenOnlyAfterTheShorter_IsNoFullerFormOfIt()
    {
        // "Andy Warhol" is no short form of a body's name read as a person's later ("Andy Warhol Photographic"), though
        // "Warhol" could be a first surname and "Photographic" a second.
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Andy Warhol took thousands of pictures. Andy Warhol said he liked cameras.\n\n"
            + "The Andy Warhol Photographic Legacy Program gave them away; Andy Warhol Photographic prints went to colleges.");

        draft.Entities.ShouldContain(e => e.Name == "Andy Warhol" && e.Kind == EntityKind.Person, Names(draft));
    }

    [Theory]
    [InlineData("fast")]
    [InlineData("accurate")]
    public void Extract_CompanyWithALegalFormWhoseShortFormReadsAsAPerson_IsACompanyAndNoPronounsReferent(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "Chile's regulator charged Salar Andino Minerales SpA on Tuesday. Salar Andino said it would comply.\n\n"
            + "\"We need water,\" Ms Fuentes said. She has accused the company of drying out the aquifer, a charge Salar Andino denies.");

        draft.Entities.Single(e => e.Name == "Salar Andino Minerales SpA").Kind.ShouldBe(EntityKind.Organization);
        Has(draft, "Fuentes", RelationKind.Accused, "Salar Andino Minerales SpA").ShouldBeTrue(Describe(draft));
    }

    [Fact]
    public void Extract_PlaceTheTextDescribesOnce_IsAPlaceEverywhereAndNoBodysShortForm()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Orellana travelled on Wednesday to Socaire, a village of about 400 people, where she met leaders of the "
            + "Lickanantay Indigenous Association of Socaire.\n\n\"The minister went to Socaire for a photograph,\" said Carrasco.");

        draft.Entities.ShouldContain(e => e.Name == "Socaire" && e.Kind == EntityKind.Location, Names(draft));
        draft.Entities.Single(e => e.Name == "Lickanantay Indigenous Association of Socaire").Aliases.ShouldNotContain("Socaire");
    }

    [Theory]
    [InlineData("fast")]
    [InlineData("accurate")]
    public void Extract_BodysNameInAnotherLanguageInParentheses_IsTheBodyWithItsAcronym(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "The Environment Superintendency (Superintendencia del Medio Ambiente, SMA) said on Tuesday it had opened a "
            + "sanction procedure against the company.");

        var body = draft.Entities.Single(e => e.Aliases.Contains("Environment Superintendency") || e.Name == "Environment Superintendency");
        new[] { body.Name }.Concat(body.Aliases).ShouldContain("Superintendencia del Medio Ambiente", Names(draft));
        draft.Entities.ShouldNotContain(e => e.Name.Contains('(', StringComparison.Ordinal), Names(draft));
    }

    [Fact]
    public void Extract_NicknameAfterAnApposition_JoinsThePerson()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Senator José Manuel Carrasco Uribe spoke on Wednesday. \"The minister spoke like the company's lawyer,\" said "
            + "Carrasco, a former schoolteacher widely known as \"Pepe\" who has sat in the Senate since 2022.");

        draft.Entities.Single(e => e.Name == "José Manuel Carrasco Uribe").Aliases.ShouldContain("Pepe", Names(draft));
    }

    [Fact]
    public void Extract_ShowNamedBeforeItsNoun_IsAWorkInEveryMention()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Buenas noches, and welcome to Voces del Desierto. That's all for tonight's Voces del Desierto.\n\n"
            + "Achurra told the Voces del Desierto programme on Radio Cordillera Norte that the company had exceeded its limits.");

        draft.Entities.ShouldContain(e => e.Name == "Voces del Desierto" && e.Kind == EntityKind.Work, Names(draft));
    }

    [Fact]
    public void Extract_TitleAShowsNounIntroducesWithAColon_IsAWork()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "About the show: Voces del Desierto was created by journalist Valentina Ñancupil Quispe in 2024.");

        draft.Entities.ShouldContain(e => e.Name == "Voces del Desierto" && e.Kind == EntityKind.Work, Names(draft));
    }

    [Fact]
    public void Extract_CompanyDescriptionAfterALegislaturesName_IsTheCompany()
    {
        // A one-word name fits "the company" unless it is a legislature's.
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Salar Andino Minerales SpA was charged on Tuesday. The senator has sat in the Senate since 2022.\n\n"
            + "María José Fuentes Ibarra has accused the company of drying out the aquifer.");

        Has(draft, "María José Fuentes Ibarra", RelationKind.Accused, "Salar Andino Minerales SpA").ShouldBeTrue(Describe(draft));
    }

    [Theory]
    [InlineData("The pumping lowered the water table beside the Salar de Atacama, the company said.", "Salar de Atacama", EntityKind.Location)]
    [InlineData("The loan came from Banco de Chile, the company said.", "Banco de Chile", EntityKind.Organization)]
    public void Extract_SpanishNameOfALandform_IsAPlaceButABanksIsNot(string text, string name, EntityKind kind)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        draft.Entities.Single(e => e.Name == name).Kind.ShouldBe(kind, Names(draft));
    }

    [Fact]
    public void Extract_HostWhoSitsDownWithAGuestInShowNotes_InterviewedTheGuest()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Show notes: Valentina Ñancupil Quispe sits down with Juan Pablo Achurra del Campo, chief executive of Salar "
            + "Andino Minerales SpA, days after the regulator charged the company.");

        draft.Relations.ShouldContain(
            r => r.Type == RelationKind.Interviewed && draft.Entities[r.Source].Name == "Valentina Ñancupil Quispe"
                && draft.Entities[r.Target].Name.StartsWith("Juan Pablo Achurra", StringComparison.Ordinal),
            Describe(draft));
        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.Met, Describe(draft));
    }

    [Fact]
    public void Extract_LeaderWhoSitsDownWithAnotherInTheNews_IsNoInterview()
    {
        var draft = ShippedExtractors.Extract("accurate", "President Gabriel Soto sits down with Chancellor Olaf Brenner in Berlin on Friday.");

        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.Interviewed, Describe(draft));
    }

    [Fact]
    public void Extract_CompanyDescriptionAfterAMinistryOfAnIndustry_IsTheCompany()
    {
        // "Mining" ends companies' names, but a ministry of mining is none.
        var draft = ShippedExtractors.Extract(
            "accurate",
            "The minister praised Salar Andino Minerales SpA last month. The Ministry of Mining said she respects the regulator.\n\n"
            + "\"The minister spoke like the company's lawyer,\" said Senator José Manuel Carrasco Uribe.\n\n"
            + "María José Fuentes Ibarra has accused the company of drying out the aquifer.");

        Has(draft, "María José Fuentes Ibarra", RelationKind.Accused, "Salar Andino Minerales SpA").ShouldBeTrue(Describe(draft));
        draft.Relations.ShouldNotContain(r => draft.Entities[r.Target].Name == "Ministry of Mining" && r.Type == RelationKind.Accused, Describe(draft));
    }

    [Theory]
    [InlineData("fast")]
    [InlineData("accurate")]
    public void Extract_SpanishBodysNameBrokenAtItsParticles_IsOneBody(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "The approval was granted by the Environmental Evaluation Service (Servicio de Evaluación Ambiental, SEA) in 2018.");

        draft.Entities.ShouldContain(
            e => e.Kind == EntityKind.Organization && (e.Name == "Servicio de Evaluación Ambiental" || e.Aliases.Contains("Servicio de Evaluación Ambiental")),
            Names(draft));
        draft.Entities.ShouldNotContain(e => e.Name.StartsWith("de ", StringComparison.Ordinal), Names(draft));
    }

    [Fact]
    public void Extract_MeetingWithAGroupAmongThemAPerson_MetThePerson()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Mining Minister Ximena Orellana Pizarro travelled to the village on Wednesday, where she met for two hours with "
            + "community representatives, among them María José Fuentes Ibarra.");

        Has(draft, "Ximena Orellana Pizarro", RelationKind.Met, "María José Fuentes Ibarra").ShouldBeTrue(Describe(draft));
    }

    [Fact]
    public void Extract_SenatorOfABody_IsItsMemberNotItsEmployee()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Senator José Manuel Carrasco Uribe, of the Green Regionalist Front, said the remarks showed the minister had chosen a side.");

        Has(draft, "José Manuel Carrasco Uribe", RelationKind.MemberOf, "Green Regionalist Front").ShouldBeTrue(Describe(draft));
        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.WorksFor, Describe(draft));
    }

    [Fact]
    public void Extract_HolderInParenthesesAfterAnOffice_IsNoEmployeeOfIt()
    {
        // glanmor's record of the Senedd's questions, where the fast classifier had made the Llywydd Elin Jones's employee.
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.ClusterArticles("glanmor"), "2026-12-02-senedd-questions.txt"));
        var draft = ShippedExtractors.Extract("fast", text);

        draft.Relations.ShouldNotContain(r => draft.Entities[r.Target].Name == "Elin Jones" || draft.Entities[r.Source].Name == "Elin Jones", Describe(draft));
    }

    [Fact]
    public void Extract_PlaceOfBirthLeftBehind_IsNoHome()
    {
        var draft = ShippedExtractors.Extract("accurate", "Joan Pike was born in Harbor City but moved away as a child.");

        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.LivesIn, Describe(draft));
    }

    [Fact]
    public void Extract_NicknameInQuotationMarksInsideAName_IsOnePersonNamedWithoutIt()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "The affair quickly reached Congress. Senator José Manuel “Pepe” Carrasco Uribe, who represents the Antofagasta Region, said the "
            + "resignation was “the bare minimum” and called on the Minister of Mining, Ximena Orellana Pizarro, to explain why she had praised the company.");

        draft.Entities.ShouldContain(e => e.Name == "José Manuel Carrasco Uribe" && e.Kind == EntityKind.Person, Names(draft));
        draft.Entities.ShouldNotContain(e => e.Name == "José Manuel", Names(draft));
        Has(draft, "José Manuel Carrasco Uribe", RelationKind.Criticized, "Ximena Orellana Pizarro").ShouldBeTrue(Describe(draft));
    }

    private static bool Has(ArticleDraft draft, string source, RelationKind kind, string target) =>
        draft.Relations.Any(r => r.Type == kind && r.Evidence.Confidence >= 0.5 && draft.Entities[r.Source].Name.EndsWith(source, StringComparison.Ordinal) && draft.Entities[r.Target].Name == target);

    private static string Describe(ArticleDraft draft) => ShippedExtractors.Relations(draft);

    private static string Names(ArticleDraft draft) => ShippedExtractors.Entities(draft);
}
