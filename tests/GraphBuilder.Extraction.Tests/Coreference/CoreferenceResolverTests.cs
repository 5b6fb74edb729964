using GraphBuilder.Extraction.Coreference;
using GraphBuilder.Extraction.Documents;
using GraphBuilder.Graph.Model;
using GraphBuilder.Testing.Builders;

namespace GraphBuilder.Extraction.Tests.Coreference;

public sealed class CoreferenceResolverTests
{
    [Fact]
    public void Process_SurnameAfterFullName_JoinsTheFullName()
    {
        var document = new DocumentBuilder("Russian President Vladimir Putin spoke on Monday. Putin said the talks went well.")
            .Entity("Vladimir Putin", EntityKind.Person)
            .Entity("Putin", EntityKind.Person, occurrence: 2)
            .Build();

        new CoreferenceResolver().Process(document);

        var chain = document.Chains.ShouldHaveSingleItem();
        chain.CanonicalName.ShouldBe("Vladimir Putin");
        chain.Aliases.ShouldBe(["Putin"]);
        chain.Reasons.ShouldHaveSingleItem().ShouldContain("only full name");
    }

    [Fact]
    public void Process_NameABodyIsNamedAfterWrittenAsAPlacePhrasesEnd_StaysApart()
    {
        var document = new DocumentBuilder("Leaders of the Lickanantay Indigenous Association of Socaire spoke. He met them twice, in Socaire, and listened.")
            .Entity("Lickanantay Indigenous Association of Socaire", EntityKind.Organization)
            .Entity("Socaire", EntityKind.Organization, occurrence: 2)
            .Build();

        new CoreferenceResolver().Process(document);

        document.Chains.Single(c => c.CanonicalName == "Lickanantay Indigenous Association of Socaire").Aliases.ShouldBeEmpty();
    }

    [Fact]
    public void Process_TitleReadOnceForABodysName_MakesEveryMentionAWork()
    {
        var document = new DocumentBuilder("Welcome to Voces del Desierto. Tonight on Voces del Desierto: water. Listen to the Voces del Desierto programme.")
            .Entity("Voces del Desierto", EntityKind.Organization)
            .Entity("Voces del Desierto", EntityKind.Organization, occurrence: 2)
            .Entity("Voces del Desierto", EntityKind.Work, occurrence: 3)
            .Build();

        new CoreferenceResolver().Process(document);

        document.Chains.ShouldHaveSingleItem().Kind.ShouldBe(EntityKind.Work);
    }

    [Fact]
    public void Process_PersonsNameOnceReadAsATitle_StaysThePersons()
    {
        var document = new DocumentBuilder("She spoke to Kagiso Molefe. Kagiso Molefe asked when she knew. Kagiso Molefe thanked her.")
            .Entity("Kagiso Molefe", EntityKind.Work)
            .Entity("Kagiso Molefe", EntityKind.Person, occurrence: 2)
            .Entity("Kagiso Molefe", EntityKind.Person, occurrence: 3)
            .Build();

        new CoreferenceResolver().Process(document);

        document.Chains.ShouldHaveSingleItem().Kind.ShouldBe(EntityKind.Person);
    }

    [Fact]
    public void Process_CompanyWithALegalFormWhoseShortFormIsReadAsAPerson_IsACompany()
    {
        var document = new DocumentBuilder("Salar Andino Minerales SpA was charged. Salar Andino said it would comply. Salar Andino denies it.")
            .Entity("Salar Andino Minerales SpA", EntityKind.Organization)
            .Entity("Salar Andino", EntityKind.Organization, occurrence: 2)
            .Entity("Salar Andino", EntityKind.Person, occurrence: 3)
            .Build();

        new CoreferenceResolver().Process(document);

        var chain = document.Chains.ShouldHaveSingleItem();
        chain.Kind.ShouldBe(EntityKind.Organization);
        chain.KindWeights.Keys.ShouldBe([EntityKind.Organization]);
    }

    [Fact]
    public void Process_FirstWordOfAnEngineeringFirmReadAsAPerson_JoinsTheFirm()
    {
        var document = new DocumentBuilder("Kowhai Engineering lost the tender. Kowhai has since accused the council.")
            .Entity("Kowhai Engineering", EntityKind.Organization)
            .Entity("Kowhai", EntityKind.Person, occurrence: 2)
            .Build();

        new CoreferenceResolver().Process(document);

        var chain = document.Chains.ShouldHaveSingleItem();
        chain.Kind.ShouldBe(EntityKind.Organization);
        chain.Mentions.Count.ShouldBe(2);
    }

    [Fact]
    public void Process_FirstWordOfARetailerReadAsAPerson_JoinsTheRetailer()
    {
        var document = new DocumentBuilder("Sahyadri Retail bid for FreshKart. Sahyadri says the deal helps farmers.")
            .Entity("Sahyadri Retail", EntityKind.Organization)
            .Entity("FreshKart", EntityKind.Organization)
            .Entity("Sahyadri", EntityKind.Person, occurrence: 2)
            .Build();

        new CoreferenceResolver().Process(document);

        document.Chains.Single(c => c.CanonicalName == "Sahyadri Retail").Mentions.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("The All India Kirana Traders Federation met. Federation president Suresh Bansal spoke.", 1)]
    [InlineData("Federation officials met. The All India Kirana Traders Federation spoke later.", 2)]
    [InlineData("The All India Kirana Traders Federation met the Indian Chess Federation. Federation president Suresh Bansal spoke.", 3)]
    public void Process_BodysHeadAlone_JoinsTheOneBodyNamedBeforeWhoseNameEndsWithIt(string text, int chains)
    {
        var builder = new DocumentBuilder(text)
            .Entity("All India Kirana Traders Federation", EntityKind.Organization)
            .Entity("Federation", EntityKind.Organization, occurrence: text.StartsWith("Federation", StringComparison.Ordinal) ? 1 : text.Contains("Chess", StringComparison.Ordinal) ? 3 : 2);
        if (text.Contains("Chess", StringComparison.Ordinal))
        {
            builder.Entity("Indian Chess Federation", EntityKind.Organization);
        }

        var document = builder.Build();

        new CoreferenceResolver().Process(document);

        document.Chains.Count(c => c.Kind == EntityKind.Organization).ShouldBe(chains);
    }

    [Theory]
    [InlineData("Oyo State House of Assembly", "Oyo State")]
    [InlineData("Lagos State Government", "Lagos State")]
    [InlineData("Ayeyarwady Region Hluttaw", "Ayeyarwady Region")]
    public void Process_StateThatOpensItsGovernmentsBody_IsThePlaceNotTheBody(string body, string state)
    {
        var document = new DocumentBuilder($"{state} Governor Ada Bello spoke on Monday. The bill went to the {body} on Friday.")
            .Entity(state, EntityKind.Organization)
            .Entity(body, EntityKind.Organization)
            .Build();

        new CoreferenceResolver().Process(document);

        document.Chains.Count(c => c.Kind != EntityKind.Person).ShouldBe(2);
        document.Chains.Single(c => c.CanonicalName == state).Kind.ShouldBe(EntityKind.Location);
    }

    [Fact]
    public void Process_StatesUniversity_StaysTheShortFormsBody()
    {
        var document = new DocumentBuilder("Ohio State won on Saturday. Ohio State University said the game sold out.")
            .Entity("Ohio State", EntityKind.Organization)
            .Entity("Ohio State University", EntityKind.Organization)
            .Build();

        new CoreferenceResolver().Process(document);

        document.Chains.ShouldHaveSingleItem().Kind.ShouldBe(EntityKind.Organization);
    }

    [Fact]
    public void Process_RiverBeforeItsOwnersAssociation_IsTheRiverNotTheAssociation()
    {
        var document = new DocumentBuilder("Gudrun Helgadottir chairs the Breiddalsa River Owners' Association. Salmon were caught in the Breiddalsa.")
            .Entity("Breiddalsa River Owners' Association", EntityKind.Organization)
            .Entity("Breiddalsa", EntityKind.Organization, occurrence: 2)
            .Build();

        new CoreferenceResolver().Process(document);

        document.Chains.Count.ShouldBe(2);
        document.Chains.Single(c => c.CanonicalName == "Breiddalsa").Kind.ShouldBe(EntityKind.Location);
    }

    [Theory]
    [InlineData("Napier District Court")]
    [InlineData("Ahuriri District Council")]
    public void Process_PlaceThatOpensADivisionsBody_IsThePlaceNotTheBody(string body)
    {
        var place = body.Split(' ')[0];
        var document = new DocumentBuilder($"Both men appeared in the {body}. The firm employs 120 people in {place}.")
            .Entity(body, EntityKind.Organization)
            .Entity(place, EntityKind.Organization, occurrence: 2)
            .Build();

        new CoreferenceResolver().Process(document);

        document.Chains.Count.ShouldBe(2);
        document.Chains.Single(c => c.CanonicalName == place).Kind.ShouldBe(EntityKind.Location);
    }

    [Fact]
    public void Process_SurnameReadAsAMiscellaneousNameBeforeANoun_JoinsThePersonAsAPerson()
    {
        var document = new DocumentBuilder("George Bush met James Baker. The Bush administration and the Bush team agreed.")
            .Entity("George Bush", EntityKind.Person)
            .Entity("James Baker", EntityKind.Person)
            .Entity("Bush", EntityKind.Other, occurrence: 2)
            .Entity("Bush", EntityKind.Other, occurrence: 3)
            .Build();

        new CoreferenceResolver().Process(document);

        var chain = document.Chains.Single(c => c.CanonicalName == "George Bush");
        chain.Mentions.Count.ShouldBe(3);
        chain.Kind.ShouldBe(EntityKind.Person);
    }

    [Fact]
    public void Process_TitleAlone_JoinsThePersonIntroducedWithItOrIsDropped()
    {
        var document = new DocumentBuilder("Former Senator Rick Santorum spoke. The Senator's remarks drew fire. Later the Mayor left.")
            .Entity("Rick Santorum", EntityKind.Person)
            .Entity("Senator", EntityKind.Organization, occurrence: 2)
            .Entity("Mayor", EntityKind.Person)
            .Build();

        new CoreferenceResolver().Process(document);

        var chain = document.Chains.ShouldHaveSingleItem();
        chain.CanonicalName.ShouldBe("Rick Santorum");
        chain.Kind.ShouldBe(EntityKind.Person);
        chain.Mentions.Select(m => document.Slice(document.Entities[m].Span)).ShouldBe(["Rick Santorum", "Senator"]);
    }

    [Fact]
    public void Process_WordSpellingTheInitialsInParenthesesReadAsAPlace_IsTheBodyEverywhere()
    {
        var document = new DocumentBuilder("The licence came from the Secretaria de Estado de Meio Ambiente e Sustentabilidade (Semas). Semas said little.")
            .Entity("Secretaria de Estado de Meio Ambiente e Sustentabilidade", EntityKind.Organization)
            .Entity("Semas", EntityKind.Location)
            .Entity("Semas", EntityKind.Location, occurrence: 2)
            .Build();

        new CoreferenceResolver().Process(document);

        var chain = document.Chains.ShouldHaveSingleItem();
        chain.Mentions.Count.ShouldBe(3);
        document.Entities.ShouldAllBe(e => e.Kind == EntityKind.Organization);
    }

    [Fact]
    public void Process_WordInParenthesesThatSpellsNoInitials_StaysApart()
    {
        var document = new DocumentBuilder("The licence came from the Secretaria de Estado de Meio Ambiente (Belém). Belém said little.")
            .Entity("Secretaria de Estado de Meio Ambiente", EntityKind.Organization)
            .Entity("Belém", EntityKind.Location)
            .Entity("Belém", EntityKind.Location, occurrence: 2)
            .Build();

        new CoreferenceResolver().Process(document);

        document.Chains.Count.ShouldBe(2);
        document.Entities.Count(e => e.Kind == EntityKind.Location).ShouldBe(2);
    }

    [Theory]
    [InlineData("Clinics at Glanmor General Hospital (Ysbyty Cyffredinol Glanmor) are cancelled.", "Glanmor General Hospital", "Ysbyty Cyffredinol Glanmor", 1)]
    [InlineData("Protests spread to Kowloon City (Hong Kong) on Friday.", "Kowloon City", "Hong Kong", 2)]
    [InlineData("Doctors at Glanmor General Hospital (Carmarthen) went home.", "Glanmor General Hospital", "Carmarthen", 2)]
    public void Process_PlaceInParenthesesAfterABuilding_JoinsOnlyAsItsNameInAnotherLanguage(string text, string building, string other, int chains)
    {
        var document = new DocumentBuilder(text)
            .Entity(building, EntityKind.Location)
            .Entity(other, EntityKind.Location)
            .Build();

        new CoreferenceResolver().Process(document);

        document.Chains.Count.ShouldBe(chains);
    }

    [Fact]
    public void Process_NameAnOrganisationIsNamedAfter_JoinsItButAPlaceDoesNot()
    {
        var document = new DocumentBuilder("The Church of Scientology sued. Scientology lawyers met staff of the University of Helsinki in Helsinki.")
            .Entity("Church of Scientology", EntityKind.Organization)
            .Entity("Scientology", EntityKind.Organization, occurrence: 2)
            .Entity("University of Helsinki", EntityKind.Organization)
            .Entity("Helsinki", EntityKind.Location, occurrence: 2)
            .Build();

        new CoreferenceResolver().Process(document);

        document.Chains.Select(c => (c.CanonicalName, c.Mentions.Count)).ShouldBe(
            [("Church of Scientology", 2), ("University of Helsinki", 1), ("Helsinki", 1)], ignoreOrder: true);
    }

    [Fact]
    public void Process_PlaceNameABodyIsNamedAfter_StaysThePlaceWhereverItIsReadAsABody()
    {
        var document = new DocumentBuilder("Millbrook's drivers returned after the Millbrook Regional Transit Authority signed. They met in Millbrook.")
            .Entity("Millbrook", EntityKind.Organization)
            .Entity("Millbrook Regional Transit Authority", EntityKind.Organization)
            .Entity("Millbrook", EntityKind.Location, occurrence: 3)
            .Build();

        new CoreferenceResolver().Process(document);

        document.Chains.Single(c => c.CanonicalName == "Millbrook Regional Transit Authority").Mentions.Count.ShouldBe(1);
    }

    [Fact]
    public void Process_HeadlinesShortFormHoldingALongerNamesWordsInOrder_JoinsIt()
    {
        var document = new DocumentBuilder("Millbrook Transit Chief To Step Down. He will leave the Millbrook Regional Transit Authority in January.")
            .Entity("Millbrook Transit", EntityKind.Organization)
            .Entity("Millbrook Regional Transit Authority", EntityKind.Organization)
            .Build();

        new CoreferenceResolver().Process(document);

        var chain = document.Chains.ShouldHaveSingleItem();
        chain.CanonicalName.ShouldBe("Millbrook Regional Transit Authority");
        chain.Reasons.ShouldHaveSingleItem().ShouldContain("holds the others in order");
    }

    [Fact]
    public void Process_ClubsLastWordAlone_JoinsTheOneNameItEnds()
    {
        var document = new DocumentBuilder("Meridian will buy Ashgrove Rovers. Rovers chairman Declan Moriarty agreed. The Liberal Democrats and the Democrats objected.")
            .Entity("Ashgrove Rovers", EntityKind.Organization)
            .Entity("Rovers", EntityKind.Organization, occurrence: 2)
            .Entity("Declan Moriarty", EntityKind.Person)
            .Entity("Liberal Democrats", EntityKind.Organization)
            .Entity("Democrats", EntityKind.Organization, occurrence: 2)
            .Build();

        new CoreferenceResolver().Process(document);

        // A party's plural alone names a party of its own, so it stays apart from the one name it ends.
        document.Chains.Select(c => (c.CanonicalName, c.Mentions.Count)).ShouldBe(
            [("Ashgrove Rovers", 2), ("Declan Moriarty", 1), ("Liberal Democrats", 1), ("Democrats", 1)], ignoreOrder: true);
        document.Chains.Single(c => c.CanonicalName == "Ashgrove Rovers").Reasons.ShouldHaveSingleItem().ShouldContain("ends with it");
    }

    [Fact]
    public void Process_LastWordOfANameAfterAnAcronym_StaysApart()
    {
        var document = new DocumentBuilder("The JPL Stardust team met. Stardust flew past the comet.")
            .Entity("JPL Stardust", EntityKind.Organization)
            .Entity("Stardust", EntityKind.Organization, occurrence: 2)
            .Build();

        new CoreferenceResolver().Process(document);

        document.Chains.Count.ShouldBe(2);
    }

    [Fact]
    public void Process_OneWordMiscellaneousNameThatStartsAnOrganisations_JoinsItAsTheOrganisation()
    {
        var document = new DocumentBuilder("Meridian Sports Capital bought the club. Meridian paid. Swedish fans and the Swedish Football Association cheered.")
            .Entity("Meridian Sports Capital", EntityKind.Organization)
            .Entity("Meridian", EntityKind.Other, occurrence: 2)
            .Entity("Swedish", EntityKind.Other)
            .Entity("Swedish Football Association", EntityKind.Organization)
            .Build();

        new CoreferenceResolver().Process(document);

        var meridian = document.Chains.Single(c => c.CanonicalName == "Meridian Sports Capital");
        meridian.Mentions.Count.ShouldBe(2);
        meridian.Kind.ShouldBe(EntityKind.Organization);
        document.Chains.ShouldNotContain(c => c.CanonicalName == "Swedish Football Association" && c.Mentions.Count > 1);
    }

    [Fact]
    public void Process_OneWordPersonNameThatStartsACompanysName_JoinsItAsTheCompany()
    {
        var document = new DocumentBuilder("Halvard Aerospace delayed the launch. Halvard said the rocket would fly in 2027. Halvard employs 250 people.")
            .Entity("Halvard Aerospace", EntityKind.Organization)
            .Entity("Halvard", EntityKind.Person, occurrence: 2)
            .Entity("Halvard", EntityKind.Person, occurrence: 3)
            .Build();

        new CoreferenceResolver().Process(document);

        var halvard = document.Chains.ShouldHaveSingleItem();
        halvard.CanonicalName.ShouldBe("Halvard Aerospace");
        halvard.Kind.ShouldBe(EntityKind.Organization);
        halvard.Mentions.Count.ShouldBe(3);
    }

    [Fact]
    public void Process_OneWordPersonNameThatStartsALongerCompanysName_JoinsItAsTheCompany()
    {
        var document = new DocumentBuilder("Kabilin Water Resources won the contract. Kabilin said the plant would open. Kabilin employs 250 people.")
            .Entity("Kabilin Water Resources", EntityKind.Organization)
            .Entity("Kabilin", EntityKind.Person, occurrence: 2)
            .Entity("Kabilin", EntityKind.Person, occurrence: 3)
            .Build();

        new CoreferenceResolver().Process(document);

        document.Chains.ShouldHaveSingleItem().CanonicalName.ShouldBe("Kabilin Water Resources");
    }

    [Fact]
    public void Process_OneWordPersonNameOfAPersonNamedInFull_StaysThePersons()
    {
        var document = new DocumentBuilder("Halvard Berg founded Halvard Aerospace. Halvard said the rocket would fly.")
            .Entity("Halvard Berg", EntityKind.Person)
            .Entity("Halvard Aerospace", EntityKind.Organization)
            .Entity("Halvard", EntityKind.Person, occurrence: 3)
            .Build();

        new CoreferenceResolver().Process(document);

        document.Chains.Single(c => c.CanonicalName == "Halvard Berg").Mentions.Count.ShouldBe(2);
        document.Chains.Single(c => c.CanonicalName == "Halvard Aerospace").Mentions.Count.ShouldBe(1);
    }

    [Fact]
    public void Process_OneWordPersonNameThatStartsABodysNameNotACompanys_StaysAPerson()
    {
        // Only a company's word after it ("Aerospace", "Ventures") makes the longer name one that news shortens to its
        // first word; "Morgan" beside "Morgan Library" may be anyone called Morgan.
        var document = new DocumentBuilder("The Morgan Library opened. Morgan said the library would stay open.")
            .Entity("Morgan Library", EntityKind.Organization)
            .Entity("Morgan", EntityKind.Person, occurrence: 2)
            .Build();

        new CoreferenceResolver().Process(document);

        document.Chains.Count.ShouldBe(2);
        document.Chains.Single(c => c.CanonicalName == "Morgan").Kind.ShouldBe(EntityKind.Person);
    }

    [Fact]
    public void Process_DescriptionAfterAnotherOfTheSameHead_CarriesTheNameOn()
    {
        var document = new DocumentBuilder("Niamh Gallagher chairs the Ashgrove Supporters Trust. She spoke on Saturday. The trust owns shares. "
            + "Fans cheered. Conor Brady backed the trust's call.")
            .Entity("Niamh Gallagher", EntityKind.Person)
            .Entity("Ashgrove Supporters Trust", EntityKind.Organization)
            .Entity("Conor Brady", EntityKind.Person)
            .Build();

        new CoreferenceResolver().Process(document);

        document.Chains.Single(c => c.CanonicalName == "Ashgrove Supporters Trust").Mentions.Count.ShouldBe(3);
    }

    [Theory]
    [InlineData("Transport Canada ordered Cascadia Air to inspect its jets. The regulator accused the airline of missing inspections.", "Cascadia Air", "the airline")]
    [InlineData("Transport Canada ordered Cascadia Air to inspect its jets. The regulator accused the airline of missing inspections.", "Transport Canada", "The regulator")]
    [InlineData("Cascadia Air flew again. It was a quiet week. Shares rose. Sales fell. Staff left. The carrier's chief resigned.", "Cascadia Air", "The carrier")]
    [InlineData("Cascadia Air sued the Guild of Visual Artists. The guild said it would fight.", "Guild of Visual Artists", "The guild")]
    [InlineData("Greyhawk Ventures, which backs Lumenstack, said it stood by the company.", "Lumenstack", "the company")]
    public void Process_DescriptionOfAKindOfBody_JoinsTheNameOfThatKind(string text, string name, string description)
    {
        var builder = new DocumentBuilder(text);
        foreach (var other in (string[])["Cascadia Air", "Transport Canada", "Guild of Visual Artists", "Lumenstack", "Greyhawk Ventures"])
        {
            if (text.Contains(other, StringComparison.Ordinal))
            {
                builder.Entity(other, EntityKind.Organization);
            }
        }

        var document = builder.Build();

        new CoreferenceResolver().Process(document);

        var body = document.Chains.Single(c => c.CanonicalName == name);
        body.Mentions.Select(m => document.Slice(document.Entities[m].Span)).ShouldContain(description);
    }

    [Fact]
    public void Process_DescriptionAfterAPronoun_DoesNotReferToThePronoun()
    {
        var document = new DocumentBuilder("This right guarantees that they, the company, will always serve the community.").Build();

        new CoreferenceResolver().Process(document);

        document.Entities.ShouldNotContain(m => document.Slice(m.Span) == "the company");
    }

    [Fact]
    public void Process_AirlinesDescriptionWithTwoAirlinesNamedLongBefore_StaysUnresolved()
    {
        var document = new DocumentBuilder("Cascadia Air and Borealis Airways flew again. It was a quiet week. Shares rose. Sales fell. The carrier's chief resigned.")
            .Entity("Cascadia Air", EntityKind.Organization)
            .Entity("Borealis Airways", EntityKind.Organization)
            .Build();

        new CoreferenceResolver().Process(document);

        document.Chains.ShouldAllBe(c => c.Mentions.Count == 1);
    }

    [Theory]
    [InlineData("Flemish sports minister Jan De Smet spoke on Monday. De Smet said the team had failed.", "Jan De Smet", "De Smet")]
    [InlineData("Andrew Lloyd Webber wrote it. Lloyd Webber said so.", "Andrew Lloyd Webber", "Lloyd Webber")]
    public void Process_SurnameOfTwoWordsAfterTheFullName_JoinsIt(string text, string full, string surname)
    {
        var document = new DocumentBuilder(text)
            .Entity(full, EntityKind.Person)
            .Entity(surname, EntityKind.Person, occurrence: 2)
            .Build();

        new CoreferenceResolver().Process(document);

        document.Chains.ShouldHaveSingleItem().Reasons.ShouldHaveSingleItem().ShouldContain("ends with it");
    }

    [Theory]
    [InlineData("Dawit Alemu resigned. The board named his father, Alemu Tesfaye, as acting manager. Alemu said he was sorry.", "Alemu Tesfaye")]
    [InlineData("Tigist Haile sued. Haile Worku, a lawmaker, backed her. Haile said the bureau failed.", "Haile Worku")]
    [InlineData("Kofi Mensah resigned. The board named his father, Mensah Owusu, as acting manager. Mensah said he was sorry.", "Kofi Mensah")]
    public void Process_EthiopianNameAlone_IsTheGivenNameNotTheFathers(string text, string owner)
    {
        var sentences = text.Split(". ");
        var first = string.Join(' ', sentences[0].Split(' ')[..2]);
        var second = sentences[1].Contains(", as", StringComparison.Ordinal) ? sentences[1].Split(", ")[1] : sentences[1].Split(", ")[0];
        var single = sentences[2].Split(' ')[0];
        var document = new DocumentBuilder(text)
            .Entity(first, EntityKind.Person)
            .Entity(second, EntityKind.Person)
            .Entity(single, EntityKind.Person, occurrence: 3)
            .Build();

        new CoreferenceResolver().Process(document);

        document.Chains.Single(c => c.CanonicalName == owner).Aliases.ShouldContain(single, string.Join("; ", document.Chains.SelectMany(c => c.Reasons)));
    }

    [Theory]
    [InlineData("The Kericho Smallholder Tea Farmers' Association met. Officers from its Kericho office took documents.", "Kericho Smallholder Tea Farmers' Association", "Kericho", false)]
    [InlineData("The Kericho Smallholder Tea Farmers' Association met. Kericho said it would appeal.", "Kericho Smallholder Tea Farmers' Association", "Kericho", true)]
    [InlineData("He read Freedom Magazine. The claims in the Freedom article were lies.", "Freedom Magazine", "Freedom", true)]
    public void Process_OneWordNameOnlyBeforeACommonNoun_IsNoShortFormOfAnAssociation(string text, string body, string word, bool joined)
    {
        foreach (var kind in new[] { EntityKind.Organization, EntityKind.Other })
        {
            var document = new DocumentBuilder(text)
                .Entity(body, EntityKind.Organization)
                .Entity(word, kind, occurrence: 2)
                .Build();

            new CoreferenceResolver().Process(document);

            document.Chains.Single(c => c.CanonicalName == body).Aliases.Contains(word).ShouldBe(joined, kind.ToString());
        }
    }

    [Fact]
    public void Process_LongerNameGoingOnWithTheShortOnesPossessive_IsNotItsLongForm()
    {
        var document = new DocumentBuilder("Results. New People Party's Regina Ip won. Michael Tien of New People Party won too.")
            .Entity("New People Party's Regina Ip", EntityKind.Organization)
            .Entity("New People Party", EntityKind.Organization, occurrence: 2)
            .Build();

        new CoreferenceResolver().Process(document);

        document.Chains.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("Kipsigis Highlands, which is based in Kericho, has members.", false, true)]
    [InlineData("Kipsigis Highlands has members.", false, false)]
    [InlineData("Kipsigis Highlands has the deeper water.", true, true)]
    [InlineData("Trucks crossed the Kipsigis Highlands-based society's yard.", true, false)]
    [InlineData("Officers visited the Kipsigis Highlands office.", true, false)]
    [InlineData("\nKipsigis Highlands, April 9, 2027\n", true, false)]
    [InlineData("Growers in Kipsigis Highlands have members.", true, false)]
    [InlineData("Trucks queued in the hill town of Kipsigis Highlands.", true, false)]
    public void Process_PlacesNameThatStartsTheOneLongerBodysName_JoinsWhereUsedAsABodyAndNowhereAsAPlace(string sentence, bool paidBy, bool joined)
    {
        var text = "The Kipsigis Highlands Tea Growers' Co-operative Society was audited. " + sentence
            + (paidBy ? " The bonus paid by Kipsigis Highlands was low." : string.Empty);
        var builder = new DocumentBuilder(text)
            .Entity("Kipsigis Highlands Tea Growers' Co-operative Society", EntityKind.Organization)
            .Entity("Kipsigis Highlands", EntityKind.Location, occurrence: 2);
        var document = (paidBy ? builder.Entity("Kipsigis Highlands", EntityKind.Location, occurrence: 3) : builder).Build();

        new CoreferenceResolver().Process(document);

        document.Chains.Single(c => c.CanonicalName == "Kipsigis Highlands Tea Growers' Co-operative Society").Aliases.Contains("Kipsigis Highlands").ShouldBe(joined);
    }

    [Theory]
    [InlineData("Escario, president of the Cebu City-based Kabilin, spoke.", true)]
    [InlineData("Raymond Escario, Kabilin's president, spoke. The notice went to Kabilin.", true)]
    [InlineData("Raymond Escario, Kabilin's president, spoke. Plants were built in Kabilin.", false)]
    [InlineData("Kabilin shares fell.", false)]
    public void Process_PlacesOneWordNameThatStartsTheOneCompanysName_JoinsWhereUsedAsABodyAndNowhereAtAPlace(string sentence, bool joined)
    {
        var text = "Kabilin Water Resources won the contract. " + sentence + " Kabilin offered more.";
        var document = new DocumentBuilder(text)
            .Entity("Kabilin Water Resources", EntityKind.Organization)
            .Entity("Kabilin", EntityKind.Location, occurrence: 2)
            .Entity("Kabilin", EntityKind.Location, occurrence: 3)
            .Build();

        new CoreferenceResolver().Process(document);

        document.Chains.Single(c => c.CanonicalName == "Kabilin Water Resources").Aliases.Contains("Kabilin").ShouldBe(joined);
    }

    [Fact]
    public void Process_OpeningHeadOfABody_IsThePersonTheNextSentenceNamesAsItsHead()
    {
        var document = new DocumentBuilder(
                "The head of Kabilin Water Resources on Tuesday criticized Lorenzo Abellanosa. Raymond Escario, Kabilin's president, told a hearing the deal was clean.")
            .Entity("Kabilin Water Resources", EntityKind.Organization)
            .Entity("Lorenzo Abellanosa", EntityKind.Person)
            .Entity("Raymond Escario", EntityKind.Person)
            .Entity("Kabilin", EntityKind.Organization, occurrence: 2)
            .Build();

        new CoreferenceResolver().Process(document);

        var escario = document.Chains.Single(c => c.CanonicalName == "Raymond Escario");
        escario.Mentions.Select(m => document.Slice(document.Entities[m].Span)).ShouldContain("The head");
    }

    [Theory]
    [InlineData("The Greater Cebu Water District signed. In a statement released by the district, he said the deal was fair.", true)]
    [InlineData("The Greater Cebu Water Board signed. In a statement released by the district, he said the deal was fair.", false)]
    public void Process_TheDistrictWhereTheArticleNamesADistrictsBody_IsTheBody(string text, bool joined)
    {
        var document = new DocumentBuilder(text)
            .Entity(text.Contains("Board", StringComparison.Ordinal) ? "Greater Cebu Water Board" : "Greater Cebu Water District", EntityKind.Organization)
            .Build();

        new CoreferenceResolver().Process(document);

        document.Chains.Single(c => c.CanonicalName.StartsWith("Greater", StringComparison.Ordinal)).Mentions.Count.ShouldBe(joined ? 2 : 1);
    }

    [Fact]
    public void Process_ShortFormOfTwoNestedLongerForms_JoinsTheirOneChain()
    {
        var document = new DocumentBuilder("Tengecha Logistics Limited won. Critics blamed Tengecha. Tengecha Logistics said it had won fairly.")
            .Entity("Tengecha Logistics Limited", EntityKind.Organization)
            .Entity("Tengecha", EntityKind.Organization, occurrence: 2)
            .Entity("Tengecha Logistics", EntityKind.Organization, occurrence: 2)
            .Build();

        new CoreferenceResolver().Process(document);

        document.Chains.Single(c => c.CanonicalName == "Tengecha Logistics Limited").Mentions.Count.ShouldBeGreaterThanOrEqualTo(3);
    }

    [Fact]
    public void Process_InstitutionsNameThatABodyWithinItStarts_StaysTheInstitution()
    {
        var document = new DocumentBuilder("The Harbor University Student Association met. Harbor University and Northwind Energy Group objected; Northwind paid.")
            .Entity("Harbor University Student Association", EntityKind.Organization)
            .Entity("Harbor University", EntityKind.Organization, occurrence: 2)
            .Entity("Northwind Energy Group", EntityKind.Organization)
            .Entity("Northwind", EntityKind.Organization, occurrence: 2)
            .Build();

        new CoreferenceResolver().Process(document);

        document.Chains.Select(c => (c.CanonicalName, c.Mentions.Count)).ShouldBe(
            [("Harbor University Student Association", 1), ("Harbor University", 1), ("Northwind Energy Group", 2)], ignoreOrder: true);
    }

    [Fact]
    public void Process_OrganisationsNameAfterTheEventItStarts_JoinsTheEvent()
    {
        var document = new DocumentBuilder("She won the Spitfire Tournament in May. The Spitfire drew teams from Canada.")
            .Entity("Spitfire Tournament", EntityKind.Event)
            .Entity("Spitfire", EntityKind.Organization, occurrence: 2)
            .Entity("Canada", EntityKind.Location)
            .Build();

        new CoreferenceResolver().Process(document);

        document.Chains.Select(c => (c.CanonicalName, c.Mentions.Count, c.Kind)).ShouldBe(
            [("Spitfire Tournament", 2, EntityKind.Event), ("Canada", 1, EntityKind.Location)], ignoreOrder: true);
    }

    [Fact]
    public void Process_OrganisationsNameAfterAnEventNamedForItAndMore_StaysTheOrganisation()
    {
        var document = new DocumentBuilder("The FIFA World Cup opened. FIFA said the Harbor Cup would follow.")
            .Entity("FIFA World Cup", EntityKind.Event)
            .Entity("FIFA", EntityKind.Organization, occurrence: 2)
            .Entity("Harbor Cup", EntityKind.Event)
            .Build();

        new CoreferenceResolver().Process(document);

        document.Chains.Select(c => (c.CanonicalName, c.Mentions.Count)).ShouldBe([("FIFA World Cup", 1), ("FIFA", 1), ("Harbor Cup", 1)], ignoreOrder: true);
    }

    [Fact]
    public void Process_OrganisationsNameBeforeTheEventItStarts_StaysTheOrganisation()
    {
        var document = new DocumentBuilder("She toured Northwind headquarters at the Northwind Science Fair. Northwind paid.")
            .Entity("Northwind", EntityKind.Organization)
            .Entity("Northwind Science Fair", EntityKind.Event)
            .Entity("Northwind", EntityKind.Organization, occurrence: 3)
            .Build();

        new CoreferenceResolver().Process(document);

        document.Chains.Select(c => (c.CanonicalName, c.Mentions.Count)).ShouldBe([("Northwind", 2), ("Northwind Science Fair", 1)], ignoreOrder: true);
    }

    [Fact]
    public void Process_PlaceShortForms_JoinTheCityOrTheCompassPlaceButNotACountrysCity()
    {
        var document = new DocumentBuilder(
            "Taipei City lit lanterns. Taipei was busy. North Korea fired; the North said more. Mexico City voted, and Mexico cheered.")
            .Entity("Taipei City", EntityKind.Location)
            .Entity("Taipei", EntityKind.Location, occurrence: 2)
            .Entity("North Korea", EntityKind.Location)
            .Entity("North", EntityKind.Organization, occurrence: 2)
            .Entity("Mexico City", EntityKind.Location)
            .Entity("Mexico", EntityKind.Location, occurrence: 2)
            .Build();

        new CoreferenceResolver().Process(document);

        document.Chains.Select(c => (c.CanonicalName, c.Mentions.Count)).ShouldBe(
            [("Taipei City", 2), ("North Korea", 2), ("Mexico City", 1), ("Mexico", 1)], ignoreOrder: true);
    }

    [Fact]
    public void Process_LakeOrMountainByItsNameAlone_JoinsItButNotAStatesLake()
    {
        var document = new DocumentBuilder(
            "Lake Tana flooded. Fish died on Tana. Mount Elgon smoked; Elgon was quiet. Lake Michigan froze, and Michigan voted.")
            .Entity("Lake Tana", EntityKind.Location)
            .Entity("Tana", EntityKind.Person, occurrence: 2)
            .Entity("Mount Elgon", EntityKind.Location)
            .Entity("Elgon", EntityKind.Location, occurrence: 2)
            .Entity("Lake Michigan", EntityKind.Location)
            .Entity("Michigan", EntityKind.Location, occurrence: 2)
            .Build();

        new CoreferenceResolver().Process(document);

        document.Chains.Select(c => (c.CanonicalName, c.Mentions.Count)).ShouldBe(
            [("Lake Tana", 2), ("Mount Elgon", 2), ("Lake Michigan", 1), ("Michigan", 1)], ignoreOrder: true);
    }

    [Theory]
    [InlineData("Tadeusz Zieliński found the fish. How is Tadek taking it?", "Tadeusz Zieliński", "", "Tadek", true)]
    [InlineData("Małgorzata Krawiec spoke for the company. Gosia, thank you.", "Małgorzata Krawiec", "", "Gosia", true)]
    [InlineData("László Kovács runs the farm. Laci said no.", "László Kovács", "", "Laci", true)]
    [InlineData("Tadeusz Zieliński and Tadeusz Wójcik came. Tadek said no.", "Tadeusz Zieliński", "Tadeusz Wójcik", "Tadek", false)]
    public void Process_DiminutiveAlone_JoinsTheOneFullNameOfItsFullForm(string text, string full, string other, string alone, bool joined) =>
        JoinsNameAlone(text, full, other, alone).ShouldBe(joined);

    [Theory]
    [InlineData("K.C. Maurer spoke. Donations rose, said Mauer.", "K.C. Maurer", "", "Mauer", true)]
    [InlineData("Lydia Buchtman spoke. Buchtmann said more.", "Lydia Buchtman", "", "Buchtmann", true)]
    [InlineData("Andrzej Wiśniewski spoke. Wiśniewska said more.", "Andrzej Wiśniewski", "", "Wiśniewska", false)]
    [InlineData("Sergei Ivanov spoke. Ivanova said more.", "Sergei Ivanov", "", "Ivanova", false)]
    [InlineData("Anna Maurer spoke. Karl Mauser spoke. Mauer said more.", "Anna Maurer", "Karl Mauser", "Mauer", false)]
    [InlineData("Ann Hall spoke. Hale said more.", "Ann Hall", "", "Hale", false)]
    public void Process_SurnameAloneALetterFromOneFullName_JoinsItUnlessTheOtherSexsForm(string text, string full, string other, string alone, bool joined) =>
        JoinsNameAlone(text, full, other, alone).ShouldBe(joined);

    [Fact]
    public void Process_CamelCaseCapitalsAndInnerPossessive_JoinTheirNames()
    {
        var document = new DocumentBuilder(
            "LibriVox grew. Readers love LV too. Michael Tien of the New People Party spoke, and NPP and the New People's Party agreed.")
            .Entity("LibriVox", EntityKind.Organization)
            .Entity("LV", EntityKind.Other)
            .Entity("Michael Tien", EntityKind.Person)
            .Entity("New People Party", EntityKind.Organization)
            .Entity("NPP", EntityKind.Organization)
            .Entity("New People's Party", EntityKind.Organization)
            .Build();

        new CoreferenceResolver().Process(document);

        document.Chains.Select(c => (c.CanonicalName, c.Mentions.Count)).ShouldBe(
            [("LibriVox", 2), ("Michael Tien", 1), ("New People's Party", 3)], ignoreOrder: true);
    }

    [Fact]
    public void Process_TitledFullName_JoinsTheSameNameWithoutTitle()
    {
        var document = new DocumentBuilder("Bernie Sanders spoke. Later Sen. Bernie Sanders left, and Sanders smiled.")
            .Entity("Bernie Sanders", EntityKind.Person)
            .Entity("Sen. Bernie Sanders", EntityKind.Person)
            .Entity("Sanders", EntityKind.Person, occurrence: 3)
            .Build();

        new CoreferenceResolver().Process(document);

        document.Chains.ShouldHaveSingleItem().Mentions.Count.ShouldBe(3);
    }

    [Fact]
    public void Process_SurnameWithTwoFullNames_StaysUnresolved()
    {
        var document = new DocumentBuilder("Hillary Clinton and Bill Clinton arrived. Clinton spoke first.")
            .Entity("Hillary Clinton", EntityKind.Person)
            .Entity("Bill Clinton", EntityKind.Person)
            .Entity("Clinton", EntityKind.Person, occurrence: 3)
            .Build();

        new CoreferenceResolver().Process(document);

        document.Chains.Count.ShouldBe(3);
        document.Chains.Single(c => c.CanonicalName == "Clinton").Mentions.Count.ShouldBe(1);
    }

    [Fact]
    public void Process_AcronymOfFullName_JoinsItAsAcronym()
    {
        var document = new DocumentBuilder("The Democratic National Committee met. The DNC then issued a statement.")
            .Entity("Democratic National Committee", EntityKind.Organization)
            .Entity("DNC", EntityKind.Organization)
            .Build();

        new CoreferenceResolver().Process(document);

        var chain = document.Chains.ShouldHaveSingleItem();
        chain.Aliases.ShouldBe(["DNC"]);
        document.Entities[1].Form.ShouldBe(MentionForm.Acronym);
    }

    [Fact]
    public void Process_AcronymInParentheses_JoinsThePrecedingName()
    {
        var document = new DocumentBuilder("The Harbor Authority of Elena (HAE) said no. HAE will appeal.")
            .Entity("Harbor Authority of Elena", EntityKind.Organization)
            .Entity("HAE", EntityKind.Organization)
            .Entity("HAE", EntityKind.Organization, occurrence: 2)
            .Build();

        new CoreferenceResolver().Process(document);

        document.Chains.ShouldHaveSingleItem().Mentions.Count.ShouldBe(3);
    }

    [Fact]
    public void Process_CaseVariantsWithDisagreeingTypes_MakeOneChainOfTheMajorityType()
    {
        var document = new DocumentBuilder("WikiLeaks published e-mails. Wikileaks denied it. WikiLeaks said more would come.")
            .Entity("WikiLeaks", EntityKind.Organization)
            .Entity("Wikileaks", EntityKind.Person)
            .Entity("WikiLeaks", EntityKind.Organization, occurrence: 2)
            .Build();

        new CoreferenceResolver().Process(document);

        var chain = document.Chains.ShouldHaveSingleItem();
        chain.Kind.ShouldBe(EntityKind.Organization);
        document.Entities.ShouldAllBe(m => m.Kind == EntityKind.Organization);
    }

    [Fact]
    public void Process_AllCapsDateline_DoesNotBecomeTheCanonicalName()
    {
        var document = new DocumentBuilder("HARBOR CITY, March 2. Residents of Harbor City protested.")
            .Entity("HARBOR CITY", EntityKind.Location)
            .Entity("Harbor City", EntityKind.Location)
            .Build();

        new CoreferenceResolver().Process(document);

        document.Chains.ShouldHaveSingleItem().CanonicalName.ShouldBe("Harbor City");
    }

    [Fact]
    public void Process_NameGivenAsAnothersOtherName_JoinsItButAPlaceAfterAPlaceDoesNot()
    {
        var document = new DocumentBuilder(
            "Fans packed the Estadio Nacional (National Stadium) on Sunday. Rohan Mehta, better known as Kestrel, played. "
            + "Officials met in Sha Tin (Hong Kong).")
            .Entity("Estadio Nacional", EntityKind.Location)
            .Entity("National Stadium", EntityKind.Location)
            .Entity("Rohan Mehta", EntityKind.Person)
            .Entity("Kestrel", EntityKind.Person)
            .Entity("Sha Tin", EntityKind.Location)
            .Entity("Hong Kong", EntityKind.Location)
            .Build();

        new CoreferenceResolver().Process(document);

        document.Chains.Select(c => (c.CanonicalName, c.Mentions.Count)).ShouldBe(
            [("Estadio Nacional", 2), ("Rohan Mehta", 2), ("Sha Tin", 1), ("Hong Kong", 1)], ignoreOrder: true);
    }

    [Theory]
    [InlineData("fast")]
    [InlineData("accurate")]
    public void Extract_SurnameThatIsACitysName_JoinsThePersonOnlyWhenNeverUsedAsAPlace(string profile)
    {
        var person = Entities(profile, "Nadia Sydney, a former ship engineer, has sued the shipping line. Sydney was born in Geneva. "
            + "Sydney says she worked without pay for years, and Sydney also claims her papers were kept from her.");
        var place = Entities(profile, "Nadia Sydney, a former ship engineer, has sued the shipping line. She moved to Sydney in 2010. "
            + "Sydney says she worked without pay for years.");

        person["Nadia Sydney"].Kind.ShouldBe(EntityKind.Person);
        person["Nadia Sydney"].Spans.Count(s => s == "Sydney").ShouldBe(3);
        person.ShouldNotContainKey("Sydney");
        place["Nadia Sydney"].Spans.ShouldNotContain("Sydney");
        place["Sydney"].Kind.ShouldBe(EntityKind.Location);
    }

    [Theory]
    [InlineData("fast")]
    [InlineData("accurate")]
    public void Extract_AdjectiveThatStartsAnOrganisationsName_StaysApartFromIt(string profile)
    {
        var entities = Entities(profile, "Tina Moss, a silver and bronze Paralympic medalist in wheelchair basketball, retired after the Games. "
            + "She later joined the Paralympic Committee as an adviser.");

        entities["Paralympic Committee"].Spans.ShouldBe(["Paralympic Committee"]);
    }

    private static Dictionary<string, (EntityKind Kind, List<string> Spans)> Entities(string profile, string text)
    {
        return ShippedExtractors.Extract(profile, text).Entities.ToDictionary(e => e.Name, e => (e.Kind, e.Spans.Select(s => s.Text).ToList()), StringComparer.Ordinal);
    }

    // Whether a person's name alone joins the chain of a full name, beside another full name if one is given.
    private static bool JoinsNameAlone(string text, string full, string other, string alone)
    {
        var builder = new DocumentBuilder(text).Entity(full, EntityKind.Person);
        if (other.Length > 0)
        {
            builder = builder.Entity(other, EntityKind.Person);
        }

        var document = builder.Entity(alone, EntityKind.Person).Build();

        new CoreferenceResolver().Process(document);

        return document.Chains.Single(c => c.CanonicalName == full).Aliases.Contains(alone);
    }
}
