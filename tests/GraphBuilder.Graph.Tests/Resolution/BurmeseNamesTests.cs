using GraphBuilder.Graph.Resolution;

namespace GraphBuilder.Graph.Tests.Resolution;

public sealed class BurmeseNamesTests
{
    [Theory]
    [InlineData("U", "Thant")]
    [InlineData("Daw", "Khin")]
    [InlineData("DAW", "KHIN")]
    [InlineData("Ko", "Zaw,")]
    [InlineData("Ma", "Thandar")]
    [InlineData("U", "Aung's")]
    public void IsTitle_BurmeseTitleBeforeASyllable_IsATitle(string word, string next)
    {
        BurmeseNames.IsTitle(word, next).ShouldBeTrue();
    }

    [Theory]
    [InlineData("Ma", "Ying-jeou")]
    [InlineData("Ko", "Wen-je")]
    [InlineData("Ma", "Lin")]
    [InlineData("U", "Boat")]
    [InlineData("u", "Thant")]
    [InlineData("Daw", null)]
    public void IsTitle_FamilyNameOrOtherWordBeforeAnotherName_IsNoTitle(string word, string? next)
    {
        BurmeseNames.IsTitle(word, next).ShouldBeFalse();
    }

    [Theory]
    [InlineData("Myo Aung Thant")]
    [InlineData("Khin Myat Noe")]
    [InlineData("ZAW MIN HTET")]
    [InlineData("Win Naing Oo")]
    public void IsFullName_SyllablesOneOfThemOnlyBurmese_IsAName(string name)
    {
        BurmeseNames.IsFullName(name.Split(' ')).ShouldBeTrue();
    }

    [Theory]
    [InlineData("Chan Win")]
    [InlineData("Aung")]
    [InlineData("Shwe Hintha")]
    [InlineData("kyaw moe")]
    public void IsFullName_SharedSyllablesOrOneWordOrOtherWords_IsNoName(string name)
    {
        BurmeseNames.IsFullName(name.Split(' ')).ShouldBeFalse();
    }
}
