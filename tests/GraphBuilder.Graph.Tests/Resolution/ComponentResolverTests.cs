using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Resolution;

namespace GraphBuilder.Graph.Tests.Resolution;

public sealed class ComponentResolverTests
{
    [Fact]
    public void Resolve_SurnameAndTheOnlyFullName_AreOnePersonNamedInFull()
    {
        var result = Resolve(Person("merkel", ("Merkel", 5)), Person("angela merkel", ("Angela Merkel", 2)));

        var entity = result.Entities.ShouldHaveSingleItem();
        entity.Id.ShouldBe(new EntityId("person:angela-merkel"));
        entity.Aliases.ShouldBe(["Merkel"]);
        result.Decisions.ShouldContain(d => d.Anchor == "merkel" && d.Rule == "short-form");
    }

    [Fact]
    public void Resolve_TwoGivenNamesOneSurname_NeverMerge()
    {
        var result = Resolve(Person("bill clinton", ("Bill Clinton", 3)), Person("hillary clinton", ("Hillary Clinton", 4)));

        result.Entities.Select(e => e.Id.Value).ShouldBe(["person:bill-clinton", "person:hillary-clinton"]);
    }

    [Fact]
    public void Resolve_SurnameOfTwoPeople_GoesWhereEachArticlesContextPoints()
    {
        var input = Input(
            [Person("bill clinton", ("Bill Clinton", 3)), Person("hillary clinton", ("Hillary Clinton", 4)), Person("clinton", ("Clinton", 2))],
            contexts: new()
            {
                ["bill clinton"] = Context("arkansas", "white house"),
                ["hillary clinton"] = Context("democratic national committee", "bernie sanders"),
            },
            drafts: new()
            {
                ["clinton"] = [Draft("article:1", "clinton", "Clinton", "bernie sanders"), Draft("article:2", "clinton", "Clinton", "arkansas"), Draft("article:3", "clinton", "Clinton", "paris")],
            });

        var result = ComponentResolver.Resolve(input);

        result.IsResolved.ShouldBeTrue();
        result.DraftEntities[("article:1", 0)].ShouldBe(new EntityId("person:hillary-clinton"));
        result.DraftEntities[("article:2", 0)].ShouldBe(new EntityId("person:bill-clinton"));
        result.DraftEntities.ShouldNotContainKey(("article:3", 0));
        result.GroupEntities["clinton"].ShouldBe(new EntityId("person:clinton"));
        result.Decisions.ShouldContain(d => d.ArticleId == "article:3" && d.Rule == "short-form-ambiguous");
    }

    [Fact]
    public void Resolve_AmbiguousSurnameWithoutItsDrafts_AsksForThemAndTheCandidatesContexts()
    {
        var result = Resolve(Person("bill clinton", ("Bill Clinton", 3)), Person("hillary clinton", ("Hillary Clinton", 4)), Person("clinton", ("Clinton", 2)));

        result.IsResolved.ShouldBeFalse();
        result.NeedDrafts.ShouldBe(["clinton"]);
        result.NeedContexts.ShouldBe(["bill clinton", "hillary clinton"]);
    }

    [Fact]
    public void Resolve_MultiWordSurname_JoinsTheOnlyFullNameEndingWithIt()
    {
        var result = Resolve(Person("lloyd webber", ("Lloyd Webber", 4)), Person("andrew lloyd webber", ("Andrew Lloyd Webber", 1)));

        result.Entities.ShouldHaveSingleItem().Name.ShouldBe("Andrew Lloyd Webber");
    }

    [Fact]
    public void Resolve_ShortFormOfAGivenName_IsOnePerson()
    {
        var result = Resolve(Person("bernie sanders", ("Bernie Sanders", 9)), Person("bernard sanders", ("Bernard Sanders", 1)));

        result.Entities.ShouldHaveSingleItem().Name.ShouldBe("Bernie Sanders");
        result.Decisions.ShouldContain(d => d.Rule == "nickname");
    }

    [Theory]
    [InlineData("wale oyediran", "Wale Oyediran", "adewale oyediran", "Adewale Oyediran")]
    [InlineData("emeka anyaoha", "Emeka Anyaoha", "chukwuemeka anyaoha", "Chukwuemeka Anyaoha")]
    [InlineData("funmi oyekunle", "Funmi Oyekunle", "funmilayo oyekunle", "Funmilayo Oyekunle")]
    public void Resolve_ClippedGivenName_IsOnePerson(string shortAnchor, string shortForm, string fullAnchor, string fullForm)
    {
        var result = Resolve(Person(shortAnchor, (shortForm, 1)), Person(fullAnchor, (fullForm, 2)));

        result.Entities.ShouldHaveSingleItem().Name.ShouldBe(fullForm);
        result.Decisions.ShouldContain(d => d.Rule == "nickname");
    }

    [Theory]
    [InlineData("ann hill", "Ann Hill", "annabel hill", "Annabel Hill")]
    [InlineData("paul hill", "Paul Hill", "paula hill", "Paula Hill")]
    [InlineData("nathan hill", "Nathan Hill", "jonathan hill", "Jonathan Hill")]
    public void Resolve_GivenNamesOfTheirOwn_StayApart(string oneAnchor, string oneForm, string otherAnchor, string otherForm)
    {
        var result = Resolve(Person(oneAnchor, (oneForm, 1)), Person(otherAnchor, (otherForm, 1)));

        result.Entities.Count.ShouldBe(2);
    }

    [Fact]
    public void Resolve_InitialsWithPeriodsForTheGivenNames_JoinThePerson()
    {
        var result = Resolve(Person("ro akanbi", ("R.O. Akanbi", 1)), Person("rasheed olatunji akanbi", ("Rasheed Olatunji Akanbi", 1)));

        result.Entities.ShouldHaveSingleItem().Name.ShouldBe("Rasheed Olatunji Akanbi");
        result.Decisions.ShouldContain(d => d.Rule == "short-form");
    }

    [Fact]
    public void Resolve_ClippedGivenNameAndSurname_IsAShortFormOfTheFullerName()
    {
        var result = Resolve(Person("wale oyediran", ("Wale Oyediran", 1)), Person("adewale ayo oyediran", ("Adewale Ayo Oyediran", 1)));

        result.Entities.ShouldHaveSingleItem().Name.ShouldBe("Adewale Ayo Oyediran");
        result.Decisions.ShouldContain(d => d.Rule == "short-form");
    }

    [Fact]
    public void Resolve_GivenNameThatSpellsInitials_StaysApart()
    {
        // "Ed Davey" has no periods: "ed" is his given name, not the initials of "Emma Dorothy".
        var result = Resolve(Person("ed davey", ("Ed Davey", 1)), Person("emma dorothy davey", ("Emma Dorothy Davey", 1)));

        result.Entities.Count.ShouldBe(2);
    }

    [Fact]
    public void Resolve_LegalFormAbbreviatedAndInFull_IsOneCompany()
    {
        var result = Resolve(
            Organization("obelle construction nigeria ltd", ("Obelle Construction Nigeria Ltd", 1), "OCNL"),
            Organization("obelle construction nigeria limited", ("Obelle Construction Nigeria Limited", 3)));

        var entity = result.Entities.ShouldHaveSingleItem();
        entity.Name.ShouldBe("Obelle Construction Nigeria Limited");
        entity.Aliases.ShouldContain("OCNL");
        result.Decisions.ShouldContain(d => d.Rule == "company-form");
    }

    [Fact]
    public void Resolve_DifferentLegalForms_StayApart()
    {
        var result = Resolve(
            Organization("harbour foods ltd", ("Harbour Foods Ltd", 1)),
            Organization("harbour foods inc", ("Harbour Foods Inc", 1)));

        result.Entities.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("rodrigo sepúlveda", "Rodrigo Sepúlveda")]
    [InlineData("rodrigo sepúlveda núñez", "Rodrigo Sepúlveda Núñez")]
    [InlineData("juan pablo achurra", "Juan Pablo Achurra")]
    public void Resolve_GivenNamesWithTheFathersSurnameOrBothWithoutTheMiddle_AreOnePerson(string anchor, string form)
    {
        var result = Resolve(Person(anchor, (form, 1)), Person("rodrigo andrés sepúlveda núñez", ("Rodrigo Andrés Sepúlveda Núñez", 1)), Person("juan pablo achurra del campo", ("Juan Pablo Achurra del Campo", 1)));

        result.Entities.Count.ShouldBe(2);
        result.Entities.ShouldNotContain(e => e.Name == form);
    }

    [Fact]
    public void Resolve_DifferentMiddleInitials_StayApart()
    {
        var result = Resolve(Person("george w bush", ("George W. Bush", 5)), Person("george h w bush", ("George H. W. Bush", 5)));

        result.Entities.Count.ShouldBe(2);
    }

    [Fact]
    public void Resolve_OneLetterTypoWithSharedContext_MergesAsTypo()
    {
        var input = Input(
            [Person("angela merkel", ("Angela Merkel", 9)), Person("angela merkle", ("Angela Merkle", 1))],
            contexts: new() { ["angela merkel"] = Context("germany"), ["angela merkle"] = Context("germany") });

        var result = ComponentResolver.Resolve(input);

        result.Entities.ShouldHaveSingleItem().Name.ShouldBe("Angela Merkel");
        result.Decisions.ShouldContain(d => d.Anchor == "angela merkle" && d.Rule == "typo" && d.Detail.Contains("confidence"));
    }

    [Fact]
    public void Resolve_OneLetterApartWithNothingInCommon_StaysApart()
    {
        var input = Input(
            [Person("angela merkel", ("Angela Merkel", 9)), Person("angela merkle", ("Angela Merkle", 1))],
            contexts: new() { ["angela merkel"] = Context("germany"), ["angela merkle"] = Context("ohio") });

        ComponentResolver.Resolve(input).Entities.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("long hoa shrimp cooperative", "Long Hoa Shrimp Cooperative", "long hoa tiger shrimp cooperative", "Long Hòa Tiger Shrimp Cooperative")]
    [InlineData("department of natural resources and environment", "Department of Natural Resources and Environment", "tra vinh department of natural resources and environment", "Trà Vinh Department of Natural Resources and Environment")]
    [InlineData("environment protection authority", "Environment Protection Authority", "ethiopian environment protection authority", "Ethiopian Environment Protection Authority")]
    [InlineData("environment and forest bureau", "Environment and Forest Bureau", "amhara regional environment and forest bureau", "Amhara Regional Environment and Forest Bureau")]
    public void Resolve_BodysNameAWordOrAPlaceShorterWithSharedContext_MergesAsTypo(string shorter, string shortForm, string longer, string longForm)
    {
        var input = Input(
            [Group(shorter, EntityKind.Organization, [(shortForm, 1)], []), Group(longer, EntityKind.Organization, [(longForm, 3)], [])],
            contexts: new() { [shorter] = Context("nguyen van hung"), [longer] = Context("nguyen van hung") });

        var result = ComponentResolver.Resolve(input);

        result.Entities.ShouldHaveSingleItem().Name.ShouldBe(longForm);
        result.Decisions.ShouldContain(d => d.Anchor == shorter && d.Rule == "typo" && d.Detail.Contains("a word or two more or less", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_BodysNameAWordShorterWithNothingInCommon_StaysApart()
    {
        var input = Input(
            [Group("ohio university press", EntityKind.Organization, [("Ohio University Press", 1)], []), Group("ohio state university press", EntityKind.Organization, [("Ohio State University Press", 3)], [])],
            contexts: new() { ["ohio university press"] = Context("athens"), ["ohio state university press"] = Context("columbus") });

        ComponentResolver.Resolve(input).Entities.Count.ShouldBe(2);
    }

    [Fact]
    public void Resolve_ProvinceWithItsWordAndAlone_AreOnePlace()
    {
        var result = Resolve(
            Group("tra vinh", EntityKind.Location, [("Trà Vinh", 6)], []),
            Group("tra vinh province", EntityKind.Location, [("Trà Vinh Province", 1)], []),
            Group("tra vinh city", EntityKind.Location, [("Trà Vinh City", 3)], []));

        result.Entities.Count.ShouldBe(2);
        result.Entities.ShouldContain(e => e.Name == "Trà Vinh City");
        result.Decisions.ShouldContain(d => d.Anchor == "tra vinh province" && d.Rule == "province");
    }

    [Theory]
    [InlineData("bahar dar", "Bahar Dar", "bahir dar", "Bahir Dar", EntityKind.Location, 1)]
    [InlineData("abay leather industry", "Abay Leather Industry", "abbay leather industry", "Abbay Leather Industry", EntityKind.Organization, 1)]
    [InlineData("karin smith", "Karin Smith", "karen smith", "Karen Smith", EntityKind.Person, 2)]
    [InlineData("abay bank", "Abay Bank", "abbay bank", "Abbay Bank", EntityKind.Organization, 2)]
    public void Resolve_OneLetterInAShortWordOfAPlacesOrALongName_MergesAsTypo(string rare, string rareForm, string common, string commonForm, EntityKind kind, int entities)
    {
        var input = Input(
            [Group(rare, kind, [(rareForm, 1)], []), Group(common, kind, [(commonForm, 4)], [])],
            contexts: new() { [rare] = Context("lake tana"), [common] = Context("lake tana") });

        ComponentResolver.Resolve(input).Entities.Count.ShouldBe(entities);
    }

    [Fact]
    public void Resolve_CompanyWithScWithShareCompanyAndAlone_IsOneCompany()
    {
        var result = Resolve(
            Organization("abbay leather industry sc", ("Abbay Leather Industry S.C.", 2)),
            Organization("abbay leather industry share company", ("Abbay Leather Industry Share Company", 3)),
            Organization("abbay leather industry", ("Abbay Leather Industry", 1)));

        result.Entities.ShouldHaveSingleItem();
    }

    [Fact]
    public void Resolve_AssociationNamedWithItsHeadLast_JoinsTheOneNamedForItsMembers()
    {
        var result = Resolve(
            Organization("association of lake tana fishers boat operators and shoreline communities", ("Association of Lake Tana Fishers, Boat Operators and Shoreline Communities", 3)),
            Organization("lake tana fishers association", ("Lake Tana Fishers' Association", 2)));

        result.Entities.ShouldHaveSingleItem().Name.ShouldBe("Association of Lake Tana Fishers, Boat Operators and Shoreline Communities");
    }

    [Theory]
    [InlineData("alemu", "Alemu", "Alemu Tesfaye")]
    [InlineData("dawit", "Dawit", "Dawit Alemu")]
    public void Resolve_EthiopianNameAlone_JoinsTheOneNameItIsTheGivenNameOf(string anchor, string form, string expected)
    {
        var result = Resolve(
            Person("alemu tesfaye", ("Alemu Tesfaye", 4)),
            Person("dawit alemu", ("Dawit Alemu", 3)),
            Person(anchor, (form, 2)));

        result.Entities.Count.ShouldBe(2, string.Join("; ", result.Entities.Select(e => e.Name)) + " / " + string.Join("; ", result.Decisions.Select(d => d.Rule + ": " + d.Detail)));
        result.Entities.Single(e => e.Name == expected).Aliases.ShouldContain(form);
    }

    [Fact]
    public void Resolve_CompanyWithJscAndWithJointStockCompany_IsOneCompany()
    {
        var result = Resolve(
            Organization("phu sa dredging jsc", ("Phu Sa Dredging JSC", 2)),
            Organization("phu sa dredging joint stock company", ("Phù Sa Dredging Joint Stock Company", 3)));

        result.Entities.ShouldHaveSingleItem();
    }

    [Fact]
    public void Resolve_AcronymDefinedForOneEntity_JoinsIt()
    {
        var result = Resolve(Organization("european central bank", ("European Central Bank", 3), "ECB"), Organization("ecb", ("ECB", 4)));

        result.Entities.ShouldHaveSingleItem().Id.ShouldBe(new EntityId("organization:european-central-bank"));
    }

    [Fact]
    public void Resolve_AcronymDefinedButNeverUsedAlone_IsAnAliasOfTheEntity()
    {
        var result = Resolve(Organization("european central bank", ("European Central Bank", 3), "ECB"));

        result.Entities.ShouldHaveSingleItem().Aliases.ShouldBe(["ECB"]);
    }

    [Fact]
    public void Resolve_AcronymNeverDefinedInAStoryNamingNothingOfTheBodys_StaysItsOwnEntity()
    {
        var input = Input(
            [Organization("oregon senator ruth avila", ("Oregon Senator Ruth Avila", 1)), Organization("osra", ("OSRA", 1))],
            contexts: new() { ["oregon senator ruth avila"] = Context("salem") },
            drafts: new() { ["osra"] = [BodyDraft("article:1", "osra", "OSRA", 900, "portland")] });

        var result = ComponentResolver.Resolve(input);

        result.IsResolved.ShouldBeTrue();
        result.Entities.Count.ShouldBe(2);
    }

    [Fact]
    public void Resolve_NameTypedTwoWays_TakesTheTypeOfTheHeavierVote()
    {
        var okafor = new NameGroup("samuel okafor", new Dictionary<EntityKind, long> { [EntityKind.Person] = 2700, [EntityKind.Organization] = 600 }, new Dictionary<string, int> { ["Samuel Okafor"] = 4 }, new Dictionary<string, int>(), 4);

        var result = Resolve(okafor);

        result.Entities.ShouldHaveSingleItem().Id.ShouldBe(new EntityId("person:samuel-okafor"));
        result.Decisions.ShouldContain(d => d.Rule == "type-vote");
    }

    [Fact]
    public void Resolve_GroupsInAnyOrder_GiveTheSameEntities()
    {
        NameGroup[] groups = [Person("merkel", ("Merkel", 5)), Person("angela merkel", ("Angela Merkel", 2), ("Angela Dorothea Merkel", 1)), Person("putin", ("Putin", 3)), Person("vladimir putin", ("Vladimir Putin", 1))];

        var forward = Resolve(groups);
        var backward = Resolve([.. groups.Reverse()]);

        static string Describe(ResolvedEntity e) => $"{e.Id} {e.Kind} {e.Name} [{string.Join("|", e.Aliases)}] {e.Key}";
        backward.Entities.Select(Describe).ShouldBe(forward.Entities.Select(Describe));
        backward.Entities.Select(e => e.Name).ShouldBe(["Angela Dorothea Merkel", "Vladimir Putin"]);
    }

    [Fact]
    public void Resolve_AnotherNameAnArticleGaveAnEntity_JoinsItAndTheVoteTypesIt()
    {
        var energy = Group("northwind energy", EntityKind.Organization, [("Northwind Energy", 6), ("Northwind", 3)], []);
        var northwind = Group("northwind", EntityKind.Location, [("Northwind", 1)], []);

        var result = Resolve(energy, northwind);

        var entity = result.Entities.ShouldHaveSingleItem();
        entity.Id.ShouldBe(new EntityId("organization:northwind-energy"));
        entity.Aliases.ShouldBe(["Northwind"]);
        result.Decisions.ShouldContain(d => d.Anchor == "northwind" && d.Rule == "alias");
    }

    [Fact]
    public void Resolve_OneSlipOfAnotherType_DoesNotDragAWellKnownName()
    {
        var george = Group("george washington", EntityKind.Person, [("George Washington", 4), ("Washington", 1)], []);
        var city = Group("washington", EntityKind.Location, [("Washington", 40)], []);

        var result = Resolve(george, city);

        result.Entities.Select(e => e.Id.Value).ShouldBe(["location:washington", "person:george-washington"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("south korea", EntityKind.Location, "South Korea", "South")]
    [InlineData("church of scientology", EntityKind.Organization, "Church of Scientology", "Church")]
    [InlineData("kipsigis highlands tea growers' co-operative society", EntityKind.Organization, "Kipsigis Highlands Tea Growers' Co-operative Society", "Board")]
    public void Resolve_WordAnArticleUsedForANameItGaveInFull_StaysApartInOtherArticles(string anchor, EntityKind kind, string name, string word)
    {
        var full = Group(anchor, kind, [(name, 6), (word, 2)], []);
        var alone = Group(word.ToLowerInvariant(), kind, [(word, 1)], []);

        var result = Resolve(full, alone);

        result.Entities.Select(e => e.Name).ShouldBe([name, word], ignoreOrder: true);
    }

    [Fact]
    public void Resolve_PlaceNamedLikeAPersonsSurnameInAnotherArticle_StaysAPlace()
    {
        var valeska = Group("valeska paris", EntityKind.Person, [("Valeska Paris", 2), ("Paris", 9)], []);
        var city = Group("paris", EntityKind.Location, [("Paris", 1)], []);

        var result = Resolve(valeska, city);

        result.Entities.Select(e => e.Id.Value).ShouldBe(["location:paris", "person:valeska-paris"], ignoreOrder: true);
    }

    [Fact]
    public void Resolve_SurnameReadAsABodyWithLittleConfidence_JoinsTheOnlyPersonItCanBe()
    {
        var gurpreet = Person("gurpreet sandhu", ("Gurpreet Sandhu", 2));
        var sandhu = Uncertain("sandhu", "Sandhu", 610);

        var result = Resolve(gurpreet, sandhu);

        var entity = result.Entities.ShouldHaveSingleItem();
        entity.Id.ShouldBe(new EntityId("person:gurpreet-sandhu"));
        result.Decisions.ShouldContain(d => d.Anchor == "sandhu" && d.Rule == "surname");
        GroupKeys.For(gurpreet).Intersect(GroupKeys.For(sandhu)).ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData(950, 1)]
    [InlineData(650, 3)]
    public void Resolve_SurnameReadAsABodyConfidentlyOrMoreOftenThanThePerson_StaysApart(long confidence, int mentions)
    {
        var henry = Person("henry ford", ("Henry Ford", 2));
        var ford = new NameGroup(
            "ford",
            new Dictionary<EntityKind, long> { [EntityKind.Organization] = confidence * mentions },
            new Dictionary<string, int> { ["Ford"] = mentions },
            new Dictionary<string, int>(),
            1);

        var input = Input(
            [henry, ford],
            contexts: new() { ["henry ford"] = Context("dearborn", "model t") },
            drafts: new() { ["ford"] = [BodyDraft("article:1", "ford", "Ford", confidence, "general motors", "detroit")] });

        var result = ComponentResolver.Resolve(input);

        result.Entities.Select(e => e.Id.Value).ShouldBe(["organization:ford", "person:henry-ford"], ignoreOrder: true);
    }

    [Fact]
    public void Resolve_SurnameReadAsABodyConfidentlyInAStoryAboutThePerson_IsThePersonThereOnly()
    {
        var marc = Person("marc dufresne", ("Marc Dufresne", 1));
        var dufresne = Body("dufresne", "Dufresne", 950, mentions: 2);
        var input = Input(
            [marc, dufresne],
            contexts: new() { ["marc dufresne"] = Context("team borealis", "lucas verhoeven", "namur") },
            drafts: new()
            {
                ["dufresne"] =
                [
                    BodyDraft("article:1", "dufresne", "Dufresne", 950, "heliox", "team borealis", "lucas verhoeven"),
                    BodyDraft("article:2", "dufresne", "Dufresne", 950, "montreal", "namur"),
                ],
            });

        var result = ComponentResolver.Resolve(input);

        result.IsResolved.ShouldBeTrue();
        result.DraftEntities[("article:1", 0)].ShouldBe(new EntityId("person:marc-dufresne"));
        result.DraftEntities.ShouldNotContainKey(("article:2", 0));
        result.Entities.Select(e => e.Id.Value).ShouldBe(["organization:dufresne", "person:marc-dufresne"], ignoreOrder: true);
        result.Entities.Single(e => e.Id.Value == "person:marc-dufresne").Kind.ShouldBe(EntityKind.Person);
        result.Decisions.ShouldContain(d => d.ArticleId == "article:1" && d.Rule == "surname-context");
        GroupKeys.For(marc).Intersect(GroupKeys.For(dufresne)).ShouldNotBeEmpty();
    }

    [Fact]
    public void Resolve_SurnameReadAsABodyInStoriesThatOutweighThePerson_StaysThePersonsVote()
    {
        // Two drafts that move outweigh the person's one mention as a body, yet are counted as his.
        var marc = Person("marc dufresne", ("Marc Dufresne", 1));
        var dufresne = Body("dufresne", "Dufresne", 990, mentions: 2);
        var input = Input(
            [marc, dufresne],
            contexts: new() { ["marc dufresne"] = Context("team borealis", "lucas verhoeven") },
            drafts: new()
            {
                ["dufresne"] =
                [
                    BodyDraft("article:1", "dufresne", "Dufresne", 990, "team borealis", "lucas verhoeven"),
                    BodyDraft("article:2", "dufresne", "Dufresne", 990, "lucas verhoeven", "team borealis", "heliox"),
                ],
            });

        var result = ComponentResolver.Resolve(input);

        var entity = result.Entities.ShouldHaveSingleItem();
        entity.Id.ShouldBe(new EntityId("person:marc-dufresne"));
        entity.Kind.ShouldBe(EntityKind.Person);
    }

    [Fact]
    public void Resolve_UndefinedAcronymOfABodysInitialsInAStoryAboutIt_IsTheBodyThereOnly()
    {
        var uci = Organization("uci", ("UCI", 2));
        var union = Organization("union cycliste internationale", ("Union Cycliste Internationale", 1));
        var input = Input(
            [uci, union],
            contexts: new() { ["union cycliste internationale"] = Context("team borealis", "brussels") },
            drafts: new()
            {
                ["uci"] =
                [
                    BodyDraft("article:1", "uci", "UCI", 900, "team borealis", "aigle"),
                    BodyDraft("article:2", "uci", "UCI", 900, "aigle"),
                ],
            });

        var result = ComponentResolver.Resolve(input);

        result.IsResolved.ShouldBeTrue();
        result.DraftEntities[("article:1", 0)].ShouldBe(new EntityId("organization:union-cycliste-internationale"));
        result.DraftEntities.ShouldNotContainKey(("article:2", 0));
        result.Entities.Select(e => e.Id.Value).ShouldBe(["organization:uci", "organization:union-cycliste-internationale"], ignoreOrder: true);
        result.Decisions.ShouldContain(d => d.ArticleId == "article:1" && d.Rule == "initials-context");
    }

    [Fact]
    public void Resolve_UndefinedAcronymInAStorySharingOnlyTheSource_StaysApart()
    {
        // A source in common is half a name: wire copy covers everything.
        var union = Organization("union cycliste internationale", ("Union Cycliste Internationale", 1));
        var draft = new DraftInGroup(
            "article:1", 0, "uci", new Dictionary<EntityKind, long> { [EntityKind.Organization] = 900 }, new Dictionary<string, int> { ["UCI"] = 1 }, ["aigle"], "afp");
        var input = Input(
            [Organization("uci", ("UCI", 1)), union],
            contexts: new() { ["union cycliste internationale"] = new GroupContext(new Dictionary<string, int> { ["brussels"] = 1 }, new Dictionary<string, int> { ["afp"] = 1 }) },
            drafts: new() { ["uci"] = [draft] });

        var result = ComponentResolver.Resolve(input);

        result.Entities.Count.ShouldBe(2);
        result.Decisions.ShouldNotContain(d => d.Rule == "initials-context");
    }

    [Fact]
    public void Resolve_UndefinedAcronymOfTwoLetters_StaysApart()
    {
        var input = Input(
            [Organization("ba", ("BA", 1)), Organization("british airways", ("British Airways", 1))],
            contexts: new() { ["british airways"] = Context("heathrow", "london") },
            drafts: new() { ["ba"] = [BodyDraft("article:1", "ba", "BA", 900, "heathrow", "london")] });

        var result = ComponentResolver.Resolve(input);

        result.Entities.Count.ShouldBe(2);
        result.Decisions.ShouldNotContain(d => d.Rule == "initials-context");
    }

    [Fact]
    public void Resolve_SurnameReadAsABodyWithOneNameInCommon_StaysABody()
    {
        var marc = Person("marc dufresne", ("Marc Dufresne", 1));
        var dufresne = Uncertain("dufresne", "Dufresne", 900);
        var input = Input(
            [marc, dufresne],
            contexts: new() { ["marc dufresne"] = Context("team borealis", "belgium") },
            drafts: new() { ["dufresne"] = [BodyDraft("article:1", "dufresne", "Dufresne", 900, "belgium", "heliox")] });

        var result = ComponentResolver.Resolve(input);

        result.Entities.Select(e => e.Id.Value).ShouldBe(["organization:dufresne", "person:marc-dufresne"], ignoreOrder: true);
        result.Decisions.ShouldNotContain(d => d.Rule == "surname-context");
    }

    [Fact]
    public void Resolve_SurnameReadAsABodyWhoseOnlyPersonIsABodysSlip_StaysABody()
    {
        // "Marc Dufresne" is only a name one article gave the team: its entity votes for a body, so it is no person whose
        // surname "Dufresne" could be.
        var holdings = Group("team borealis", EntityKind.Organization, [("Team Borealis", 5), ("Marc Dufresne", 1)], []);
        var slip = new NameGroup(
            "marc dufresne",
            new Dictionary<EntityKind, long> { [EntityKind.Person] = 400 },
            new Dictionary<string, int> { ["Marc Dufresne"] = 1 },
            new Dictionary<string, int>(),
            1);
        var dufresne = Uncertain("dufresne", "Dufresne", 950);
        var input = Input(
            [holdings, slip, dufresne],
            contexts: new() { ["marc dufresne"] = Context("heliox", "lucas verhoeven"), ["team borealis"] = Context("heliox", "lucas verhoeven") },
            drafts: new() { ["dufresne"] = [BodyDraft("article:1", "dufresne", "Dufresne", 950, "heliox", "lucas verhoeven")] });

        var result = ComponentResolver.Resolve(input);

        result.Decisions.ShouldNotContain(d => d.Rule == "surname-context");
        result.Entities.ShouldNotContain(e => e.Kind == EntityKind.Person);
    }

    [Theory]
    [InlineData("Ombudsman Rosalinda Mercado", "rosalinda mercado")]
    [InlineData("Konsehal Enzo Abellanosa", "enzo abellanosa")]
    [InlineData("Alhaja Sidikat Adeoti", "sidikat adeoti")]
    [InlineData("Hon. Adewale Oyediran", "adewale oyediran")]
    public void Anchor_PersonsNameAfterATitleOfAddress_IsTheNameAlone(string name, string anchor)
    {
        NameAnchor.Of(name, EntityKind.Person).ShouldBe(anchor);
    }

    [Fact]
    public void Keys_BodysNameSomeMentionsReadAsAPersons_KeepsTheSurnameKeyOfItsLastWord()
    {
        // "Teifi Valley Health Board" read once as a person's: its block keeps "Board", so that a block resolved while
        // it voted for a person is resolved again when its vote turns.
        var board = new NameGroup(
            "teifi valley health board",
            new Dictionary<EntityKind, long> { [EntityKind.Organization] = 2100, [EntityKind.Person] = 435 },
            new Dictionary<string, int> { ["Teifi Valley Health Board"] = 4 },
            new Dictionary<string, int>(),
            4);

        GroupKeys.For(board).ShouldContain(GroupKeys.SurnamePrefix + "board");
    }

    [Fact]
    public void Resolve_ConfidentBodyNamedLikeASurnameWithoutItsDrafts_AsksForThem()
    {
        var result = Resolve(Person("marc dufresne", ("Marc Dufresne", 1)), Uncertain("dufresne", "Dufresne", 900));

        result.IsResolved.ShouldBeFalse();
        result.NeedDrafts.ShouldBe(["dufresne"]);
        result.NeedContexts.ShouldBe(["marc dufresne"]);
    }

    [Fact]
    public void Keys_GroupAndAnotherNameItWasGiven_ShareAKey()
    {
        var energy = Group("northwind energy", EntityKind.Organization, [("Northwind Energy", 6), ("Northwind", 3)], []);
        var northwind = Group("northwind", EntityKind.Location, [("Northwind", 1)], []);

        GroupKeys.For(energy).Intersect(GroupKeys.For(northwind)).ShouldNotBeEmpty();
    }

    [Fact]
    public void Resolve_CompanyNameWithoutItsLeadingAndTrailingForms_JoinsTheOnlyCompanyItCanBe()
    {
        var full = Organization("pt halmahera sinar nikel tbk", ("PT Halmahera Sinar Nikel Tbk", 4));
        var shorter = Organization("halmahera sinar", ("Halmahera Sinar", 2));

        var result = Resolve(full, shorter);

        var entity = result.Entities.ShouldHaveSingleItem();
        entity.Aliases.ShouldBe(["Halmahera Sinar"]);
        result.Decisions.ShouldContain(d => d.Anchor == "halmahera sinar" && d.Rule == "company-form");
        GroupKeys.For(full).Intersect(GroupKeys.For(shorter)).ShouldNotBeEmpty();
    }

    [Fact]
    public void Resolve_PtAloneBeforeOneWord_IsNoLegalForm()
    {
        var full = Organization("pt cruiser", ("PT Cruiser", 2));
        var shorter = Organization("cruiser", ("Cruiser", 2));

        var result = Resolve(full, shorter);

        result.Entities.Count.ShouldBe(2);
    }

    [Fact]
    public void Resolve_CompanyNameWithoutItsDesignator_JoinsTheOnlyCompanyItCanBe()
    {
        var full = Organization("norvance bio", ("Norvance Bio", 3));
        var shorter = Organization("norvance", ("Norvance", 1));

        var result = Resolve(full, shorter);

        var entity = result.Entities.ShouldHaveSingleItem();
        entity.Id.ShouldBe(new EntityId("organization:norvance-bio"));
        entity.Aliases.ShouldBe(["Norvance"]);
        result.Decisions.ShouldContain(d => d.Anchor == "norvance" && d.Rule == "company-form");
        GroupKeys.For(full).Intersect(GroupKeys.For(shorter)).ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("competition commission of india", "Competition Commission of India", "competition commission", "Competition Commission")]
    [InlineData("reserve bank of the philippines", "Reserve Bank of the Philippines", "reserve bank", "Reserve Bank")]
    [InlineData("freshkart private limited", "FreshKart Private Limited", "freshkart", "FreshKart")]
    [InlineData("national stock exchange of india limited", "National Stock Exchange of India Limited", "national stock exchange", "National Stock Exchange")]
    [InlineData("hadd coastal water company saog", "Hadd Coastal Water Company SAOG", "hadd coastal water co", "Hadd Coastal Water Co")]
    [InlineData("eastern horizon petrochemical public company limited", "Eastern Horizon Petrochemical Public Company Limited", "eastern horizon petrochemical", "Eastern Horizon Petrochemical")]
    [InlineData("austurlax hf", "Austurlax hf.", "austurlax", "Austurlax")]
    public void Resolve_BodysNameWithoutItsClosingPlaceOrLegalForm_JoinsTheOnlyBodyItCanBe(string longAnchor, string longName, string shortAnchor, string shortName)
    {
        var full = Organization(longAnchor, (longName, 3));
        var shorter = Organization(shortAnchor, (shortName, 1));

        var result = Resolve(full, shorter);

        result.Entities.ShouldHaveSingleItem().Aliases.ShouldContain(shortName);
        result.Decisions.ShouldContain(d => d.Anchor == shortAnchor && d.Rule == "company-form");
        GroupKeys.For(full).Intersect(GroupKeys.For(shorter)).ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("university of sheffield", "University of Sheffield", "university", "University")]
    [InlineData("competition commission of new south wales", "Competition Commission of New South Wales", "competition", "Competition")]
    [InlineData("competition commission of new south wales", "Competition Commission of New South Wales", "competition commission", "Competition Commission")]
    public void Resolve_ShortNameOfOneWordOrAPlaceOfThreeWords_StaysApart(string longAnchor, string longName, string shortAnchor, string shortName)
    {
        var result = Resolve(Organization(longAnchor, (longName, 3)), Organization(shortAnchor, (shortName, 1)));

        result.Entities.Count.ShouldBe(2);
    }

    [Fact]
    public void Resolve_BodyNameOfTwoPlacesBodies_IsAmbiguous()
    {
        var input = Input(
            [Organization("supreme court of india", ("Supreme Court of India", 3)), Organization("supreme court of canada", ("Supreme Court of Canada", 2)), Organization("supreme court", ("Supreme Court", 1))],
            new Dictionary<string, GroupContext> { ["supreme court of india"] = Context(), ["supreme court of canada"] = Context(), ["supreme court"] = Context() },
            new Dictionary<string, IReadOnlyList<DraftInGroup>> { ["supreme court"] = [Draft("article:1", "supreme court", "Supreme Court")] });

        var result = ComponentResolver.Resolve(input);

        result.Entities.Count.ShouldBe(3);
        result.Decisions.ShouldContain(d => d.Anchor == "supreme court" && d.Rule == "company-form-ambiguous");
    }

    [Fact]
    public void Resolve_CompanyNameOfTwoCompaniesWithDesignators_IsAmbiguous()
    {
        var input = Input(
            [Organization("norvance bio", ("Norvance Bio", 3)), Organization("norvance holdings", ("Norvance Holdings", 2)), Organization("norvance", ("Norvance", 1))],
            new Dictionary<string, GroupContext> { ["norvance bio"] = Context(), ["norvance holdings"] = Context(), ["norvance"] = Context() },
            new Dictionary<string, IReadOnlyList<DraftInGroup>> { ["norvance"] = [Draft("article:1", "norvance", "Norvance")] });

        var result = ComponentResolver.Resolve(input);

        result.Entities.Select(e => e.Name).ShouldBe(["Norvance", "Norvance Bio", "Norvance Holdings"], ignoreOrder: true);
        result.Decisions.ShouldContain(d => d.Anchor == "norvance" && d.Rule == "company-form-ambiguous");
    }

    [Theory]
    [InlineData("norvance capital", "Norvance Capital")]
    [InlineData("bio norvance", "Bio Norvance")]
    public void Resolve_LongerNameThatAddsMoreThanADesignator_StaysApart(string anchor, string name)
    {
        var result = Resolve(Organization(anchor, (name, 3)), Organization("norvance", ("Norvance", 1)));

        result.Entities.Count.ShouldBe(2);
    }

    [Fact]
    public void Resolve_PersonNamedLikeACompanysStem_StaysAPerson()
    {
        var result = Resolve(Organization("kessler co", ("Kessler & Co.", 2)), Person("kessler", ("Kessler", 1)));

        result.Entities.Select(e => e.Id.Value).ShouldBe(["organization:kessler-co", "person:kessler"], ignoreOrder: true);
    }

    [Fact]
    public void CanonicalName_Forms_PrefersRunningCaseThenCompletenessThenFrequency()
    {
        var forms = new Dictionary<string, int> { ["MERKEL"] = 9, ["Merkel"] = 8, ["Angela Merkel"] = 1, ["Chancellor Merkel"] = 5 };

        ComponentResolver.CanonicalName(forms, EntityKind.Person).ShouldBe("Angela Merkel");
    }

    [Fact]
    public void Resolve_GivenNameWithBeyAndTheOnlyPersonOfThatGivenName_AreOnePerson()
    {
        var result = Resolve(Person("huseyin bey", ("Hüseyin Bey", 1)), Person("huseyin cahit ozturk", ("Hüseyin Cahit Öztürk", 4)));

        var entity = result.Entities.ShouldHaveSingleItem();
        entity.Id.ShouldBe(new EntityId("person:huseyin-cahit-ozturk"));
        entity.Aliases.ShouldContain("Hüseyin Bey");
    }

    [Fact]
    public void Resolve_GivenNameWithHanimAndTwoPeopleOfThatGivenName_StaysApart()
    {
        var result = Resolve(
            Person("zeynep hanim", ("Zeynep Hanım", 1)), Person("zeynep nur sahin", ("Zeynep Nur Şahin", 3)), Person("zeynep kaya", ("Zeynep Kaya", 2)));

        result.IsResolved.ShouldBeFalse();
        result.NeedDrafts.ShouldBe(["zeynep hanim"]);
    }

    [Fact]
    public void Resolve_GivenNameWithBeyAndAPersonOfAnotherGivenName_StaysApart()
    {
        var result = Resolve(Person("kerem bey", ("Kerem Bey", 1)), Person("levent sinan akgul", ("Levent Sinan Akgül", 2)));

        result.Entities.Count.ShouldBe(2);
    }

    [Fact]
    public void Resolve_TurkishBodysNameAndItsEnglishGenericWords_AreOneBody()
    {
        var result = Resolve(
            Organization("ss mavi ag su urunleri kooperatifi", ("S.S. Mavi Ağ Su Ürünleri Kooperatifi", 3)),
            Organization("mavi ag fisheries cooperative", ("Mavi Ag Fisheries Cooperative", 2)));

        result.Entities.ShouldHaveSingleItem().Aliases.ShouldContain("Mavi Ag Fisheries Cooperative");
    }

    [Fact]
    public void Resolve_TurkishBodysNameAndAnotherBodyOfTheSameKind_StayApart()
    {
        var result = Resolve(
            Organization("ss mavi ag su urunleri kooperatifi", ("S.S. Mavi Ağ Su Ürünleri Kooperatifi", 3)),
            Organization("kara ag fisheries cooperative", ("Kara Ag Fisheries Cooperative", 2)));

        result.Entities.Count.ShouldBe(2);
    }

    [Fact]
    public void Resolve_TurkishCompanyAndItsNameWithoutLegalFormAndTradeWords_AreOneCompany()
    {
        var result = Resolve(
            Organization("derinsu kimya sanayi ve ticaret as", ("Derinsu Kimya Sanayi ve Ticaret A.Ş.", 3)), Organization("derinsu kimya", ("Derinsu Kimya", 2)));

        result.Entities.ShouldHaveSingleItem().Aliases.ShouldContain("Derinsu Kimya");
    }

    [Fact]
    public void Resolve_CooperativesNameWithAndWithoutItsLeadingSS_AreOneBody()
    {
        var result = Resolve(
            Organization("ss mavi ag su urunleri kooperatifi", ("S.S. Mavi Ağ Su Ürünleri Kooperatifi", 3)),
            Organization("mavi ag su urunleri kooperatifi", ("Mavi Ağ Su Ürünleri Kooperatifi", 1)));

        result.Entities.ShouldHaveSingleItem();
    }

    [Fact]
    public void Resolve_CompanyNameWithAbbreviatedLegalFormOfAnotherStorysForm_IsThatCompany()
    {
        // One story writes "Hadd Coastal Water Company SAOG" and, in its header, "HADD COASTAL WATER COMPANY"; another
        // writes "Hadd Coastal Water Co".
        var company = Group(
            "hadd coastal water company saog", EntityKind.Organization, [("Hadd Coastal Water Company SAOG", 4), ("HADD COASTAL WATER COMPANY", 1)], []);
        var result = Resolve(company, Organization("hadd coastal water co", ("Hadd Coastal Water Co", 2)));

        result.Entities.ShouldHaveSingleItem().Aliases.ShouldContain("Hadd Coastal Water Co");
    }

    [Fact]
    public void Resolve_UncertainOneWordBodyAndAPersonsNameThatJoinedACompany_IsNoSurname()
    {
        // One story read "Hadd Coastal" as a person's name and made it the company's short form; another read "Coastal"
        // (of "the Coastal and Marine Environment Authority") alone as a body's, with little confidence.
        var company = Group("hadd coastal water company saog", EntityKind.Organization, [("Hadd Coastal Water Company SAOG", 6), ("Hadd Coastal", 1)], []);
        var result = Resolve(company, Person("hadd coastal", ("Hadd Coastal", 1)), Uncertain("coastal", "Coastal", 510));

        result.Entities.Single(e => e.Id.Value == "organization:hadd-coastal-water-company-saog").Aliases.ShouldNotContain("Coastal");
    }

    [Theory]
    [InlineData("ze carlos", "Zé Carlos", "jose carlos de almeida filho", "José Carlos de Almeida Filho")]
    [InlineData("bia cordeiro", "Bia Cordeiro", "ana beatriz cordeiro vasconcelos", "Ana Beatriz Cordeiro Vasconcelos")]
    [InlineData("bia vasconcelos", "Bia Vasconcelos", "ana beatriz cordeiro vasconcelos", "Ana Beatriz Cordeiro Vasconcelos")]
    public void Resolve_BrazilianShortFormOfAGivenName_IsAShortFormOfTheFullName(string shortAnchor, string shortForm, string fullAnchor, string fullForm)
    {
        var result = Resolve(Person(shortAnchor, (shortForm, 3)), Person(fullAnchor, (fullForm, 1)));

        result.Entities.ShouldHaveSingleItem().Name.ShouldBe(fullForm);
        result.Decisions.ShouldContain(d => d.Anchor == shortAnchor && d.Rule == "short-form");
    }

    [Theory]
    [InlineData("jose carlos", "José Carlos", "jose carlos de almeida filho", "José Carlos de Almeida Filho")]
    [InlineData("beatriz cordeiro", "Beatriz Cordeiro", "ana beatriz cordeiro vasconcelos", "Ana Beatriz Cordeiro Vasconcelos")]
    [InlineData("bia almeida", "Bia Almeida", "ana beatriz cordeiro vasconcelos", "Ana Beatriz Cordeiro Vasconcelos")]
    public void Resolve_GivenNamesInFullOrAShortNameOfAShortName_StayApart(string shortAnchor, string shortForm, string fullAnchor, string fullForm)
    {
        // "José Carlos" may be a given name and a surname of someone else's, and "Beatriz" another woman's whole given name.
        var result = Resolve(Person(shortAnchor, (shortForm, 1)), Person(fullAnchor, (fullForm, 1)));

        result.Entities.Count.ShouldBe(2);
    }

    [Fact]
    public void Resolve_BodiesEachGivenOneOtherNameThatIsPartOfNeither_AreOneBody()
    {
        var portuguese = Group(
            "secretaria de estado de meio ambiente e sustentabilidade",
            EntityKind.Organization,
            [("Secretaria de Estado de Meio Ambiente e Sustentabilidade", 3), ("Semas", 12)],
            []);
        var english = Group("environment and sustainability secretariat", EntityKind.Organization, [("Environment and Sustainability Secretariat", 1), ("Semas", 4)], []);

        var result = Resolve(portuguese, english);

        result.Entities.ShouldHaveSingleItem().Name.ShouldBe("Secretaria de Estado de Meio Ambiente e Sustentabilidade");
        result.Decisions.ShouldContain(d => d.Rule == "shared-name");
    }

    [Fact]
    public void Resolve_BodiesEachGivenOneAcronym_StayApart()
    {
        // "PSD" stands for a dredging company in one story and a party in another.
        var company = Group("phu sa dredging joint stock company", EntityKind.Organization, [("Phu Sa Dredging Joint Stock Company", 3), ("PSD", 2)], []);
        var party = Group("partido social democratico", EntityKind.Organization, [("Partido Social Democrático", 3), ("PSD", 2)], []);

        Resolve(company, party).Entities.Count.ShouldBe(2);
    }

    [Fact]
    public void Resolve_BodiesGivenTheWordTheirNamesShare_StayApart()
    {
        // "Northwind" is each company's own short form, no other name of one body.
        var energy = Group("northwind energy", EntityKind.Organization, [("Northwind Energy", 3), ("Northwind", 2)], []);
        var bank = Group("northwind bank", EntityKind.Organization, [("Northwind Bank", 3), ("Northwind", 2)], []);

        Resolve(energy, bank).Entities.Count.ShouldBe(2);
    }

    [Fact]
    public void Resolve_PortugueseBodysNameOfGenericWordsAndItsEnglish_AreOneBody()
    {
        var portuguese = Group(
            "associacao de moradores e pescadores do tracuazal",
            EntityKind.Organization,
            [("Associação de Moradores e Pescadores do Tracuazal", 3)],
            []);
        var english = Group("tracuazal residents and fishers association", EntityKind.Organization, [("Tracuazal Residents' and Fishers' Association", 1)], []);

        var result = Resolve(portuguese, english);

        result.Entities.ShouldHaveSingleItem().Aliases.ShouldBe(["Tracuazal Residents' and Fishers' Association"]);
    }

    [Theory]
    [InlineData("instituto rios vivos da amazonia", "Instituto Rios Vivos da Amazônia", "amazonia rios vivos institute", "Amazonia Rios Vivos Institute")]
    [InlineData("associacao de moradores do tracuazal", "Associação de Moradores do Tracuazal", "tracuazal fishers association", "Tracuazal Fishers Association")]
    public void Resolve_PortugueseBodyWithAWordOfItsOwnOrAnotherEnglishBody_StaysApart(string anchor, string name, string otherAnchor, string otherName)
    {
        var result = Resolve(Group(anchor, EntityKind.Organization, [(name, 2)], []), Group(otherAnchor, EntityKind.Organization, [(otherName, 1)], []));

        result.Entities.Count.ShouldBe(2);
    }

    [Fact]
    public void Resolve_FamilyNameAlone_JoinsTheChineseNameItOpensNotTheOneWhoseSyllableItIs()
    {
        var result = Resolve(Person("chen", ("Chen", 4)), Person("chen chih wei", ("Chen Chih-wei", 2)), Person("wang yu chen", ("Wang Yu-chen", 2)));

        result.Entities.Single(e => e.Id.Value == "person:chen-chih-wei").Aliases.ShouldBe(["Chen"]);
        result.Entities.Single(e => e.Id.Value == "person:wang-yu-chen").Aliases.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("huang", "Huang")]
    [InlineData("vincent huang", "Vincent Huang")]
    [InlineData("huang kuo liang", "Huang Kuo-liang")]
    public void Resolve_FormOfAChineseNameWithAnEnglishGivenName_JoinsIt(string anchor, string form)
    {
        var result = Resolve(Person(anchor, (form, 3)), Person("vincent huang kuo liang", ("Vincent Huang Kuo-liang", 1)));

        result.Entities.ShouldHaveSingleItem().Aliases.ShouldBe([form]);
        GroupKeys.For(Person(anchor, (form, 3))).Intersect(GroupKeys.For(Person("vincent huang kuo liang", ("Vincent Huang Kuo-liang", 1)))).ShouldNotBeEmpty();
    }

    [Fact]
    public void Resolve_GivenNamesLastSyllable_IsNoShortFormOfTheChineseName()
    {
        var result = Resolve(Person("liang", ("Liang", 2)), Person("vincent huang kuo liang", ("Vincent Huang Kuo-liang", 1)));

        result.Entities.Count.ShouldBe(2);
    }

    [Fact]
    public void CanonicalName_ChineseNameBesideAnotherOfTwoWords_IsNoFullerAndTheMoreFrequentWins()
    {
        ComponentResolver.CanonicalName(new Dictionary<string, int> { ["Wang Yu-chen"] = 2, ["Yudaw Pisaw"] = 9 }, EntityKind.Person).ShouldBe("Yudaw Pisaw");
    }

    [Fact]
    public void Resolve_EconomicInterestGroupsLegalFormAbbreviatedAndInFull_IsOneBody()
    {
        var result = Resolve(
            Organization("gie des femmes transformatrices de kayar", ("GIE des Femmes Transformatrices de Kayar", 2)),
            Organization("groupement dinteret economique des femmes transformatrices de kayar", ("Groupement d'intérêt économique des Femmes Transformatrices de Kayar", 1)));

        result.Entities.ShouldHaveSingleItem();
        result.Decisions.ShouldContain(d => d.Rule == "company-form");
    }

    [Fact]
    public void Resolve_BodysFrenchNameAndItsEnglishTranslation_IsOneBodyWithTheReason()
    {
        var result = Resolve(
            Organization("assemblee nationale", ("Assemblée nationale", 2)),
            Organization("national assembly", ("National Assembly", 3)));

        result.Entities.ShouldHaveSingleItem();
        result.Decisions.ShouldContain(d => d.Rule == "translation");
    }

    [Fact]
    public void Resolve_SenegaleseShortFormOfAGivenName_IsTheFullName()
    {
        var result = Resolve(
            Person("pape ndiaye", ("Pape Ndiaye", 2)),
            Person("papa ibrahima ndiaye", ("Papa Ibrahima Ndiaye", 3)));

        result.Entities.ShouldHaveSingleItem().Name.ShouldBe("Papa Ibrahima Ndiaye");
    }

    [Fact]
    public void CanonicalName_GivenNameAndPatronymicMoreFrequentThanTheName_IsNoName()
    {
        ComponentResolver.CanonicalName(new Dictionary<string, int> { ["Larysa Volodymyrivna"] = 5, ["Larysa Melnyk"] = 2 }, EntityKind.Person).ShouldBe("Larysa Melnyk");
    }

    [Fact]
    public void Resolve_NamesRomanisedDifferently_AreOneNode()
    {
        var result = Resolve(
            Person("serhiy anatoliyovych hrytsenko", ("Serhiy Anatoliyovych Hrytsenko", 1)),
            Person("serhii anatoliiovych hrytsenko", ("HRYTSENKO Serhii Anatoliiovych", 1)),
            Person("serhiy hrytsenko", ("Serhiy Hrytsenko", 3)));

        result.Entities.ShouldHaveSingleItem().Name.ShouldBe("Serhiy Anatoliyovych Hrytsenko");
    }

    [Theory]
    [InlineData("HRYTSENKO Serhii Anatoliiovych", "Serhiy Anatoliyovych Hrytsenko", "Serhiy Anatoliyovych Hrytsenko")]
    [InlineData("SARR Ndèye Fatou", "Ndèye Fatou Sarr", "Ndèye Fatou Sarr")]
    [InlineData("MELNYK Viktor Stepanovych", "Viktor Melnyk", "Viktor Melnyk")]
    [InlineData("Balogh Tamás", "Tamás Balogh", "Tamás Balogh")]
    [InlineData("KIM Hyun-woo", "Kim", "KIM Hyun-woo")]
    [InlineData("Henry VIII", "Henry Windsor", "Henry VIII")]
    public void CanonicalName_FamilyNameInCapitals_YieldsToAFullNameAsProseWritesIt(string shouted, string prose, string expected)
    {
        ComponentResolver.CanonicalName(new Dictionary<string, int> { [shouted] = 1, [prose] = 1 }, EntityKind.Person).ShouldBe(expected);
    }

    [Fact]
    public void Resolve_SurnameInAnArticleNamingTwoPeopleOfIt_JoinsNeither()
    {
        // "I'm Eszter Nagy, and … no relation to Ferenc Nagy … Half the county is called Nagy."
        var eszter = Person("eszter nagy", ("Eszter Nagy", 3));
        var ferenc = Person("ferenc nagy", ("Ferenc Nagy", 4));
        var nagy = Body("nagy", "Nagy", 950, mentions: 1);
        var input = Input(
            [eszter, ferenc, nagy],
            contexts: new()
            {
                ["eszter nagy"] = Context("radio jaszkun", "alfoldi kronika", "ferenc nagy", "zsuzsanna kovacs"),
                ["ferenc nagy"] = Context("kotivizig", "szolnok", "eszter nagy"),
            },
            drafts: new() { ["nagy"] = [BodyDraft("article:1", "nagy", "Nagy", 950, "eszter nagy", "ferenc nagy", "radio jaszkun", "alfoldi kronika", "zsuzsanna kovacs")] });

        var result = ComponentResolver.Resolve(input);

        result.IsResolved.ShouldBeTrue();
        result.DraftEntities.ShouldNotContainKey(("article:1", 0));
        result.Decisions.ShouldNotContain(d => d.Rule == "surname-context");
    }

    private static ComponentResolution Resolve(params NameGroup[] groups) => ComponentResolver.Resolve(Input(groups));

    private static ComponentInput Input(NameGroup[] groups, Dictionary<string, GroupContext>? contexts = null, Dictionary<string, IReadOnlyList<DraftInGroup>>? drafts = null) =>
        new(groups, contexts ?? [], drafts ?? []);

    private static NameGroup Person(string anchor, params (string Form, int Count)[] forms) => Group(anchor, EntityKind.Person, forms, []);

    private static NameGroup Organization(string anchor, (string Form, int Count) form, params string[] acronyms) => Group(anchor, EntityKind.Organization, [form], acronyms);

    private static NameGroup Group(string anchor, EntityKind kind, (string Form, int Count)[] forms, string[] acronyms) =>
        new(anchor, new Dictionary<EntityKind, long> { [kind] = 900 * forms.Sum(f => f.Count) }, forms.ToDictionary(f => f.Form, f => f.Count), acronyms.ToDictionary(a => a, _ => 1), forms.Sum(f => f.Count));

    private static NameGroup Body(string anchor, string form, long confidence, int mentions) =>
        new(anchor, new Dictionary<EntityKind, long> { [EntityKind.Organization] = confidence * mentions }, new Dictionary<string, int> { [form] = mentions }, new Dictionary<string, int>(), mentions);

    private static NameGroup Uncertain(string anchor, string form, long confidence) =>
        new(anchor, new Dictionary<EntityKind, long> { [EntityKind.Organization] = confidence }, new Dictionary<string, int> { [form] = 1 }, new Dictionary<string, int>(), 1);

    private static GroupContext Context(params string[] neighbours) => new(neighbours.ToDictionary(n => n, _ => 1), new Dictionary<string, int>());

    private static DraftInGroup BodyDraft(string article, string anchor, string form, long confidence, params string[] context) =>
        new(article, 0, anchor, new Dictionary<EntityKind, long> { [EntityKind.Organization] = confidence }, new Dictionary<string, int> { [form] = 1 }, context, null);

    private static DraftInGroup Draft(string article, string anchor, string form, params string[] context) =>
        new(article, 0, anchor, new Dictionary<EntityKind, long> { [EntityKind.Person] = 900 }, new Dictionary<string, int> { [form] = 1 }, context, null);
}
