using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Resolution;

namespace GraphBuilder.Graph.Tests.Resolution;

public sealed class NameKeysTests
{
    [Theory]
    [InlineData("WikiLeaks", EntityKind.Organization, "wikileaks")]
    [InlineData("Wikileaks", EntityKind.Organization, "wikileaks")]
    [InlineData("Sen. Bernie Sanders", EntityKind.Person, "bernie sanders")]
    [InlineData("President Vladimir Putin", EntityKind.Person, "vladimir putin")]
    [InlineData("Emeritus Professor John Burrows", EntityKind.Person, "john burrows")]
    [InlineData("Professor Chomsky", EntityKind.Person, "chomsky")]
    [InlineData("Speaker Nancy Pelosi", EntityKind.Person, "nancy pelosi")]
    [InlineData("Ombudsman Rosalinda Mercado", EntityKind.Person, "rosalinda mercado")]
    [InlineData("Atty. Cristina Bacalso", EntityKind.Person, "cristina bacalso")]
    [InlineData("Alhaja Sidikat Adeoti", EntityKind.Person, "sidikat adeoti")]
    [InlineData("Putin's", EntityKind.Person, "putin")]
    [InlineData("the Democratic National Committee", EntityKind.Organization, "democratic national committee")]
    [InlineData("U.S.", EntityKind.Location, "us")]
    public void Normalize_Variants_GiveOneForm(string name, EntityKind kind, string expected)
    {
        NameKeys.Normalize(name, kind).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Sen. Bernie Sanders", EntityKind.Person, "Bernie Sanders")]
    [InlineData("Russian President Vladimir Putin", EntityKind.Person, "Russian President Vladimir Putin")]
    [InlineData("Putin\u2019s", EntityKind.Person, "Putin")]
    [InlineData("Emeritus Professor John Burrows", EntityKind.Person, "John Burrows")]
    [InlineData("Professor", EntityKind.Person, "Professor")]
    [InlineData("The Putin Interviews", EntityKind.Work, "The Putin Interviews")]
    public void DisplayName_RemovesLeadingTitlesOfPeopleOnly(string name, EntityKind kind, string expected)
    {
        NameKeys.DisplayName(name, kind).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Union Cycliste Internationale", "uci")]
    [InlineData("Office of the National Ombudsman", "ono")]
    [InlineData("Office of the Ombudsman", "")]
    [InlineData("UCI", "")]
    [InlineData("Reuters", "")]
    [InlineData("the Met", "")]
    public void Initials_Names_GiveTheirCapitalisedWordsInitials(string name, string expected)
    {
        NameKeys.Initials(name).ShouldBe(expected);
    }

    [Theory]
    [InlineData("European Union", "EU")]
    [InlineData("Department of Justice", "DJ")]
    [InlineData("Union Cycliste Internationale", "UCI")]
    [InlineData("the internet", "")]
    public void CapitalInitials_Names_GiveEveryCapitalisedWordsFirstLetterInCapitals(string name, string expected)
    {
        NameKeys.CapitalInitials(name).ShouldBe(expected);
    }
}
