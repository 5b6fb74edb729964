using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Extraction.Tests.Relations;

/// <summary>
/// Names and relations as English-language news about Poland writes them (the odra-poland cluster's sentences,
/// shortened): family names in a man's and a woman's form, diminutives of given names, kin in an apposition, through
/// the shipped pipeline.
/// </summary>
public sealed class PolishNamedNewsTests
{
    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_WifeNamedByTheHusbandsPossessiveBetweenCommas_IsKin(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "Ryszard Dąbrowski runs the plant. The pressure grew on Tuesday when Ewa Dąbrowska, Dąbrowski's wife, resigned as deputy regional director.");

        ShippedExtractors.HasRelation(draft, "Ewa Dąbrowska", RelationKind.RelatedTo, "Ryszard Dąbrowski").ShouldBeTrue(ShippedExtractors.Relations(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_MarriedToAfterAnAge_IsKin(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "Its deputy regional director, Ewa Dąbrowska, 55, is married to Ryszard Dąbrowski, the president of the company's management board.");

        ShippedExtractors.HasRelation(draft, "Ewa Dąbrowska", RelationKind.RelatedTo, "Ryszard Dąbrowski").ShouldBeTrue(ShippedExtractors.Relations(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_FamilyNameInAMansAndAWomansForm_AreTwoPeople(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "Tadeusz Zieliński, 63, found the fish. Dr Agnieszka Zielińska, a hydrobiologist, measured the salt. "
            + "Zielińska said the readings were high. Zieliński said he had never seen it so bad.");

        draft.Entities.ShouldContain(e => e.Name == "Agnieszka Zielińska" && e.Aliases.Contains("Zielińska") && !e.Aliases.Contains("Zieliński"), Names(draft));
        draft.Entities.ShouldContain(e => e.Name == "Tadeusz Zieliński" && e.Aliases.Contains("Zieliński") && !e.Aliases.Contains("Zielińska"), Names(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_DiminutiveInATranscript_IsTheFullName(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "HALINA NOWAK: Your father, Tadeusz Zieliński, found the fish. How is Tadek taking it? I've known your dad since the clean-up.");

        draft.Entities.ShouldContain(e => e.Name == "Tadeusz Zieliński" && e.Aliases.Contains("Tadek"), Names(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_AcronymAfterABodyInACity_IsTheBodysNotTheCitys(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "Following the report, the Regional Directorate for Environmental Protection in Opole (RDOS) formally opened proceedings against the plant.");

        draft.Entities.ShouldNotContain(e => e.Kind == EntityKind.Location && e.Aliases.Contains("RDOS"), Names(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_AcronymAfterABodyTheRecogniserReadsAloneInACity_IsTheBodys(string profile)
    {
        var draft = ShippedExtractors.Extract(profile, "The Environment Directorate in Opole (RDOS) opened proceedings against the plant on Monday.");

        draft.Entities.ShouldContain(e => e.Name == "Environment Directorate" && e.Aliases.Contains("RDOS"), Names(draft));
        draft.Entities.ShouldNotContain(e => e.Name == "Opole" && e.Aliases.Contains("RDOS"), Names(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_PolishBodysNameWithItsCity_IsOneBody(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "The case puts a spotlight on the regional watchdog (Regionalna Dyrekcja Ochrony Środowiska w Opolu), which must decide whether the company pays.");

        draft.Entities.ShouldContain(e => e.Name == "Regionalna Dyrekcja Ochrony Środowiska w Opolu" && e.Kind == EntityKind.Organization, Names(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_ChiefInspectorateOfAField_IsTheWholeName(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "The Chief Inspectorate of Environmental Protection (GIOŚ) sent a mobile laboratory to take samples at five points along the river.");

        draft.Entities.ShouldContain(e => e.Name == "Chief Inspectorate of Environmental Protection" && e.Aliases.Contains("GIOŚ"), Names(draft));
    }

    [Fact]
    public void Extract_SpeakersLabelTheRecogniserRanOnIntoTheSpeech_IsTheSpeakerAlone()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "HALINA NOWAK: And what do your results say?\n\nAGNIESZKA ZIELIŃSKA: That below the outfall the water was brackish.\n\n"
            + "HALINA NOWAK: Thank you.\n\nAGNIESZKA ZIELIŃSKA: Thank you, Halina.");

        draft.Entities.ShouldNotContain(e => e.Name.Contains(':', StringComparison.Ordinal), Names(draft));
        draft.Entities.ShouldContain(e => e.Name == "Agnieszka Zielińska" && e.Kind == EntityKind.Person, Names(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_RiversNameAloneBesideItsNameWithRiver_IsOnePlace(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "Dead fish surfaced on the Oder River near the town. Crews pulled about 3 tonnes of fish from the Oder on Monday.");

        draft.Entities.ShouldContain(e => e.Name == "Oder River" && e.Aliases.Contains("Oder"), Names(draft));
    }

    [Fact]
    public void Extract_MrAndAFamilyNameAWomanAlsoBears_IsTheMan()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "I'm Halina Nowak. Last Friday a meeting was chaired by the Opole voivode, Grzegorz Nowak. No relation. "
            + "Ryszard Dąbrowski said: I met Mr Nowak together with the anglers.");

        draft.Entities.ShouldContain(e => e.Name == "Grzegorz Nowak" && e.Aliases.Contains("Nowak"), Names(draft));
        draft.Entities.ShouldNotContain(e => e.Name == "Halina Nowak" && e.Aliases.Contains("Nowak"), Names(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_PolishBodysNameReadAsAPersons_IsTheBodys(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "More than 16 tonnes of dead fish have now been removed from the river, according to Wody Polskie.");

        draft.Entities.ShouldContain(e => e.Name == "Wody Polskie" && e.Kind == EntityKind.Organization, Names(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_CompanyWithItsPolishLimitedForm_IsTheWholeName(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "The plant is run by Salinex Chemia Sp. z o.o., a maker of industrial salt. Salinex Chemia said its discharges were within the limits.");

        draft.Entities.ShouldContain(e => e.Name == "Salinex Chemia Sp. z o.o." && e.Kind == EntityKind.Organization, Names(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_FriendsOfTheRiversSociety_IsTheWholeName(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "On Wednesday, the Friends of the Oder Society, an anglers' and river-watch group from Ostrożnica, filed a civil suit against Salinex Chemia.");

        draft.Entities.ShouldContain(e => e.Name == "Friends of the Oder Society" && e.Kind == EntityKind.Organization, Names(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_VoivodeshipAndRiver_ArePlaces(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "Ostrożnica lies in Krapkowice County, roughly 20 km south of Opole, the capital of Opole Voivodeship. Dead fish surfaced on the Oder River.");

        draft.Entities.ShouldContain(e => e.Name == "Opole Voivodeship" && e.Kind == EntityKind.Location, Names(draft));
        draft.Entities.ShouldContain(e => e.Name == "Oder River" && e.Kind == EntityKind.Location, Names(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_PolishBodysFullNameAndTheNameItGoesBy_AreOneBody(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "The order from Państwowe Gospodarstwo Wodne Wody Polskie, the state water holding, was served on Monday. "
            + "A spokesman for Wody Polskie, Adam Szulc, said the decision was precautionary.");

        draft.Entities.ShouldContain(e => e.Name == "Państwowe Gospodarstwo Wodne Wody Polskie" && e.Aliases.Contains("Wody Polskie"), Names(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_DaughterAfterHerEmployerAndHerFathersPossessive_IsKin(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "Tadeusz Zieliński, 63, found the fish. Dr Agnieszka Zielińska, a hydrobiologist at the University of Opole and Zieliński's daughter, "
            + "said her readings showed high salt.");

        ShippedExtractors.HasRelation(draft, "Agnieszka Zielińska", RelationKind.RelatedTo, "Tadeusz Zieliński").ShouldBeTrue(ShippedExtractors.Relations(draft));
        draft.Entities.ShouldNotContain(e => e.Name.EndsWith("and Zieliński", StringComparison.Ordinal), Names(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_ShowNotesGuestWithHerTitle_IsInterviewedByTheHost(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "Silesia Unplugged — Episode 87\n\nShow: Silesia Unplugged, the weekly programme of Radio Meander 94.6 FM, Wrocław\n"
            + "Host: Halina Nowak\nProducer: Tomasz Jurek\nGuests:\nDr Agnieszka Zielińska, hydrobiologist, University of Opole\n\n"
            + "Silesia Unplugged is produced by Tomasz Jurek for Radio Meander 94.6 FM.");

        ShippedExtractors.HasRelation(draft, "Halina Nowak", RelationKind.Interviewed, "Agnieszka Zielińska").ShouldBeTrue(ShippedExtractors.Relations(draft));
        draft.Entities.ShouldNotContain(e => e.Name == "FM", Names(draft));
    }

    [Fact]
    public void Extract_ShowNotesGuestsAfterTheirTitles_AreInterviewedByTheHost()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "# Fjord Talk — Episode 12\n\nHost: Halina Nowak\nGuests:\n- Mrs. Aino Virtanen, farmer\n- Dr Li Wei, researcher, Fudan University\n"
            + "- Capt. Aung Min, ferry master\n- Mgr Anna Kowal, pharmacist\n");

        foreach (var guest in new[] { "Aino Virtanen", "Li Wei", "Aung Min", "Anna Kowal" })
        {
            draft.Relations.ShouldContain(
                r => r.Type == RelationKind.Interviewed && draft.Entities[r.Source].Name == "Halina Nowak"
                    && draft.Entities[r.Target].Name.EndsWith(guest, StringComparison.Ordinal),
                ShippedExtractors.Relations(draft));
        }
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_ShowNotesLineAfterTheGuestsWithALabelOrProse_EndsTheList(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "# Fjord Talk — Episode 12\n\nHost: Halina Nowak\nGuests:\n- Dr Li Wei, researcher\nProducer: Marek Lis\nMusic by Tomasz Wójcik\n");

        ShippedExtractors.HasRelation(draft, "Halina Nowak", RelationKind.Interviewed, "Li Wei").ShouldBeTrue(ShippedExtractors.Relations(draft));
        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.Interviewed && draft.Entities[r.Target].Name != "Li Wei", ShippedExtractors.Relations(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_DirectorateForAField_IsTheWholeName(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "Ewa Dąbrowska resigned as deputy regional director of the Regional Directorate for Environmental Protection (RDOŚ) in Opole, the body that will rule on the case.");

        draft.Entities.ShouldContain(e => e.Name == "Regional Directorate for Environmental Protection" && e.Aliases.Contains("RDOŚ"), Names(draft));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_HusbandNamedForHisWifesKinship_HasNoPartInHerJob(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "Ryszard Dąbrowski runs the plant. The pressure on Salinex's management intensified on Tuesday when Ewa Dąbrowska, Dąbrowski's wife, "
            + "resigned as deputy regional director of the Regional Directorate for Environmental Protection (RDOŚ) in Opole, the body that will rule on the case.");

        ShippedExtractors.HasRelation(draft, "Ryszard Dąbrowski", RelationKind.WorksFor, "Regional Directorate for Environmental Protection").ShouldBeFalse(ShippedExtractors.Relations(draft));
        ShippedExtractors.HasRelation(draft, "Ewa Dąbrowska", RelationKind.RelatedTo, "Ryszard Dąbrowski").ShouldBeTrue(ShippedExtractors.Relations(draft));
    }

    private static string Names(ArticleDraft draft) => ShippedExtractors.Entities(draft);
}
