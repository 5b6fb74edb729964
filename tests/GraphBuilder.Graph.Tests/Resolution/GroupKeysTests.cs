using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Resolution;

namespace GraphBuilder.Graph.Tests.Resolution;

public sealed class GroupKeysTests
{
    [Fact]
    public void For_BodyWithACapitalisedName_HasItsInitialsKey()
    {
        GroupKeys.For(Group("union cycliste internationale", EntityKind.Organization, "Union Cycliste Internationale"))
            .ShouldContain(GroupKeys.AcronymPrefix + "uci");
    }

    [Theory]
    [InlineData("long hoa shrimp cooperative", "long hoa tiger shrimp cooperative", EntityKind.Organization)]
    [InlineData("department of natural resources and environment", "tra vinh department of natural resources and environment", EntityKind.Organization)]
    [InlineData("tra vinh", "tra vinh province", EntityKind.Location)]
    [InlineData("phu sa dredging", "phu sa dredging joint stock company", EntityKind.Organization)]
    [InlineData("salinex chemia", "salinex chemia sp z oo", EntityKind.Organization)]
    [InlineData("regional directorate for environmental protection", "regionalna dyrekcja ochrony srodowiska w opolu", EntityKind.Organization)]
    [InlineData("ze carlos", "jose carlos de almeida filho", EntityKind.Person)]
    [InlineData("bia cordeiro", "ana beatriz cordeiro vasconcelos", EntityKind.Person)]
    [InlineData("national assembly", "assemblee nationale", EntityKind.Organization)]
    [InlineData("ministry of fisheries and maritime economy", "ministere des peches et de leconomie maritime", EntityKind.Organization)]
    [InlineData("gie des femmes transformatrices de kayar", "groupement dinteret economique des femmes transformatrices de kayar", EntityKind.Organization)]
    [InlineData("serhiy hrytsenko", "serhii anatoliiovych hrytsenko", EntityKind.Person)]
    public void For_NameAndItsLongerForm_ShareAKey(string shorter, string longer, EntityKind kind)
    {
        var keys = GroupKeys.For(Group(shorter, kind, shorter));

        GroupKeys.For(Group(longer, kind, longer)).Intersect(keys).ShouldNotBeEmpty();
    }

    [Fact]
    public void For_FamilyNameAndTheChineseNameItOpens_ShareTheSurnameKey()
    {
        var family = GroupKeys.For(Group("chen", EntityKind.Person, "Chen"));
        var full = GroupKeys.For(Group("chen chih wei", EntityKind.Person, "Chen Chih-wei"));

        family.Intersect(full).ShouldContain(GroupKeys.SurnamePrefix + "chen");
    }

    [Fact]
    public void For_EthiopianGivenNameAloneAndTheFullName_ShareTheGivenNameKey()
    {
        var alone = GroupKeys.For(Group("dawit", EntityKind.Person, "Dawit"));
        var full = GroupKeys.For(Group("dawit alemu", EntityKind.Person, "Dawit Alemu"));

        alone.Intersect(full).ShouldContain(PersonNames.GivenNamePrefix + "dawit");
    }

    [Fact]
    public void For_GivenNameWithBeyAndATurkishFullName_ShareTheGivenNameKey()
    {
        var address = GroupKeys.For(Group("huseyin bey", EntityKind.Person, "Hüseyin Bey"));
        var full = GroupKeys.For(Group("huseyin cahit ozturk", EntityKind.Person, "Hüseyin Cahit Öztürk"));

        address.Intersect(full).ShouldContain(PersonNames.GivenNamePrefix + "huseyin");
    }

    [Fact]
    public void For_FullNameWithoutTurkishLetters_HasNoGivenNameKey()
    {
        // A key on every given name would make one block of every John in the graph.
        GroupKeys.For(Group("john smith", EntityKind.Person, "John Smith")).ShouldNotContain(k => k.StartsWith(PersonNames.GivenNamePrefix, StringComparison.Ordinal));
    }

    [Fact]
    public void For_Person_HasNoInitialsKey()
    {
        GroupKeys.For(Group("ursula clara ives", EntityKind.Person, "Ursula Clara Ives"))
            .ShouldNotContain(GroupKeys.AcronymPrefix + "uci");
    }

    [Fact]
    public void For_CompanyWithAbbreviatedLegalForm_SharesTheStemKeyOfItsFullForm()
    {
        var abbreviated = GroupKeys.For(Group("obelle construction nigeria ltd", EntityKind.Organization, "Obelle Construction Nigeria Ltd"));
        var full = GroupKeys.For(Group("obelle construction nigeria limited", EntityKind.Organization, "Obelle Construction Nigeria Limited"));

        abbreviated.Intersect(full).ShouldNotBeEmpty();
    }

    [Fact]
    public void For_PersonWithTwoSurnames_SharesTheFathersSurnameKeyOfTheShortForm()
    {
        var full = GroupKeys.For(Group("juan pablo achurra del campo", EntityKind.Person, "Juan Pablo Achurra del Campo"));
        var shortForm = GroupKeys.For(Group("juan pablo achurra", EntityKind.Person, "Juan Pablo Achurra"));

        full.ShouldContain(GroupKeys.SurnamePrefix + "achurra");
        full.Intersect(shortForm).ShouldNotBeEmpty();
    }

    private static NameGroup Group(string anchor, EntityKind kind, string form) =>
        new(anchor, new Dictionary<EntityKind, long> { [kind] = 900 }, new Dictionary<string, int> { [form] = 1 }, new Dictionary<string, int>(), 1);
}
