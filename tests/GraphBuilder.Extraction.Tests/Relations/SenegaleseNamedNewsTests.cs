using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Extraction.Tests.Relations;

/// <summary>
/// Names as Senegalese news in English writes them (the kayar-senegal cluster's sentences, shortened): French bodies'
/// names with their particles and lower-case adjectives, French courtesy titles, two unrelated people of one family
/// name told apart by them, through the shipped pipeline.
/// </summary>
public sealed class SenegaleseNamedNewsTests
{
    [Theory]
    [InlineData("I am therefore resigning from the Ministère des Pêches et de l'Économie maritime, with effect from today.", "Ministère des Pêches et de l'Économie maritime")]
    [InlineData("Serigne Abdoulaye Faye, an opposition deputy in the Assemblée nationale, said he had filed a written question.", "Assemblée nationale")]
    [InlineData("On Monday the Groupement d'intérêt économique des Femmes Transformatrices de Kayar sued the company.", "Groupement d'intérêt économique des Femmes Transformatrices de Kayar")]
    [InlineData("Ms Diop, 47, who has headed the Service régional des Pêches et de la Surveillance de Thiès since 2023, resigned.", "Service régional des Pêches et de la Surveillance de Thiès")]
    [InlineData("The plant is run by the Société Sénégalaise des Farines et Huiles de Poisson SA, a Dakar-based company.", "Société Sénégalaise des Farines et Huiles de Poisson SA")]
    [InlineData("The women filed the suit at the Tribunal de grande instance de Thiès on Monday.", "Tribunal de grande instance de Thiès")]
    public void Extract_FrenchBodysNameWithParticlesAndLowerCaseWords_IsOneBody(string text, string name)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        draft.Entities.ShouldContain(e => e.Name == name && e.Kind == EntityKind.Organization, Names(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_FrenchPartysNameWithItsPour_IsOneBody(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "Speaking during questions to the government, Mr Faye, 52, a member of the Alliance pour la Renaissance Citoyenne (ARC), said the ministry had buried two reports.");

        draft.Entities.ShouldContain(e => e.Name == "Alliance pour la Renaissance Citoyenne" && e.Kind == EntityKind.Organization, Names(draft));
    }

    [Fact]
    public void Extract_GroupsNameAfterItsLegalFormGie_IsOneBody()
    {
        var draft = ShippedExtractors.Extract(
            "fast",
            "El Hadji Mamadou Lamine Diop, 61, director general of SOSEFAH SA, met Ndeye Fatou Sarr, president of the GIE des Femmes Transformatrices de Kayar, for nearly three hours at Kayar town hall.");

        draft.Entities.ShouldContain(e => e.Name == "GIE des Femmes Transformatrices de Kayar" && e.Kind == EntityKind.Organization, Names(draft));
    }

    [Fact]
    public void Extract_FamilyNameAfterACourtesyTitle_IsTheNamesakeOfThatSex()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Mme Khady Diop resigned on Thursday. The company's director general, El Hadji Mamadou Lamine Diop, denied the charge.\n\n"
            + "Ms Diop said her reports were ignored.");

        draft.Entities.Single(e => e.Name == "Khady Diop").Aliases.ShouldContain(a => a.EndsWith("Diop", StringComparison.Ordinal) && a != "Khady Diop", Names(draft));
        draft.Entities.Single(e => e.Name == "El Hadji Mamadou Lamine Diop").Aliases.ShouldBeEmpty(Names(draft));
    }

    [Fact]
    public void Extract_FamilyNameAfterMr_IsTheNamesakeNoTitleMakesAWoman()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Mme Khady Diop resigned on Thursday. The company's director general, El Hadji Mamadou Lamine Diop, denied the charge.\n\n"
            + "Mr Diop said the company had invested in a treatment station.");

        draft.Entities.Single(e => e.Name == "El Hadji Mamadou Lamine Diop").Aliases.ShouldContain(a => a.EndsWith("Diop", StringComparison.Ordinal), Names(draft));
        draft.Entities.Single(e => e.Name == "Khady Diop").Aliases.ShouldNotContain("Mr Diop", Names(draft));
    }

    [Theory]
    [InlineData("Ndèye Fatou Sarr leads the GIE. The GIE's lawyer, Me Papa Ibrahima Ndiaye, who is Ms Sarr's son, said he would ask the court to act.", "Papa Ibrahima Ndiaye")]
    [InlineData("Ndèye Fatou Sarr leads the GIE. The group's lawyer, Papa Ibrahima Ndiaye, a member of the Dakar bar who is Sarr's son, spoke.", "Papa Ibrahima Ndiaye")]
    [InlineData("Ndèye Fatou Sarr leads the GIE. The claim covers lost harvests, according to Aminata Ba, 58, the group's chief agronomist and Ms Sarr's sister.", "Aminata Ba")]
    public void Extract_WhoIsAnothersKin_RelatedTo(string text, string kin)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        draft.Relations.ShouldContain(
            r => r.Type == RelationKind.RelatedTo && draft.Entities[r.Source].Name.EndsWith(kin, StringComparison.Ordinal) && draft.Entities[r.Target].Name == "Ndèye Fatou Sarr",
            ShippedExtractors.Relations(draft));
    }

    [Fact]
    public void Extract_WhoIsAnothersLawyer_NoKin()
    {
        var draft = ShippedExtractors.Extract("accurate", "Ndèye Fatou Sarr leads the GIE. Papa Ibrahima Ndiaye, who is Ms Sarr's lawyer, said he would ask the court to act.");

        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.RelatedTo, ShippedExtractors.Relations(draft));
    }

    [Fact]
    public void Extract_SubjectWithAnAgeAndARoleOfABodyInParentheses_IsWhoMet()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "El Hadji Mamadou Lamine Diop, 61, director general of SOSEFAH SA (Societe Senegalaise des Farines et Huiles de Poisson), met Ndeye Fatou Sarr, president of the GIE, at Kayar town hall.");

        draft.Relations.ShouldContain(
            r => r.Type == RelationKind.Met && draft.Entities[r.Source].Name == "El Hadji Mamadou Lamine Diop" && draft.Entities[r.Target].Name == "Ndeye Fatou Sarr",
            ShippedExtractors.Relations(draft));
        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.Met && draft.Entities[r.Source].Name.StartsWith("Societe", StringComparison.Ordinal), ShippedExtractors.Relations(draft));
    }

    [Theory]
    [InlineData("El Hadji Mamadou Lamine Diop, 61, director general of SOSEFAH SA (Societe Senegalaise des Farines et Huiles de Poisson), met Ndeye Fatou Sarr at Kayar town hall.", "El Hadji Mamadou Lamine Diop")]
    public void Extract_NameASenegaleseHonorificOpens_IsAPersons(string text, string name)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        draft.Entities.ShouldContain(e => e.Name == name && e.Kind == EntityKind.Person, Names(draft));
    }

    [Fact]
    public void Extract_ProgrammeTitleJoinedByAWordOfItsLanguageBeforeItsEpisode_IsAWork()
    {
        var draft = ShippedExtractors.Extract("accurate", "# Géej ak Jigéen — Episode 112: \"The sea gave us the proof\"\n\nThis is Géej ak Jigéen on Jokko FM.");

        draft.Entities.ShouldContain(e => e.Name == "Géej ak Jigéen" && e.Kind == EntityKind.Work, Names(draft));
    }

    [Fact]
    public void Extract_BodysFrenchNameAndMentionsReadAsAPersons_IsABody()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "On Monday the Groupement d'intérêt économique des Femmes Transformatrices de Kayar (GIE), which represents 312 women, sued the company. "
            + "The GIE's lawyer said GIE would appeal. GIE said it had samples.");

        draft.Entities.ShouldContain(e => e.Name == "Groupement d'intérêt économique des Femmes Transformatrices de Kayar" && e.Kind == EntityKind.Organization, Names(draft));
    }

    private static string Names(ArticleDraft draft) => ShippedExtractors.Entities(draft);
}
