using GraphBuilder.Graph.Resolution;

namespace GraphBuilder.Graph.Tests.Resolution;

public sealed class EthiopianNamesTests
{
    [Theory]
    [InlineData("Ato", "Alemu")]
    [InlineData("Ato", "Haile,")]
    [InlineData("ATO", "HAILE")]
    [InlineData("Weyzero", "Tigist")]
    [InlineData("W/ro", "Tigist?")]
    [InlineData("Weyzerit", "Meron.")]
    [InlineData("Woizero", "Aster")]
    public void IsTitle_AmharicTitleBeforeAName_IsATitle(string word, string next)
    {
        EthiopianNames.IsTitle(word, next).ShouldBeTrue();
    }

    [Theory]
    [InlineData("Ato", "Boldon")]
    [InlineData("Ato", "Forson")]
    [InlineData("ato", "Alemu")]
    [InlineData("Weyzero", "said")]
    [InlineData("Ato", null)]
    public void IsTitle_GhanaianGivenNameOrNoNameAfter_IsNoTitle(string word, string? next)
    {
        EthiopianNames.IsTitle(word, next).ShouldBeFalse();
    }

    [Theory]
    [InlineData("Tigist Haile", true)]
    [InlineData("ALEMU TESFAYE", true)]
    [InlineData("Getachew Mekonnen", true)]
    [InlineData("Dawit Alemu Tesfaye", true)]
    [InlineData("Tigist", false)]
    [InlineData("Samuel Haile", false)]
    [InlineData("Kofi Mensah", false)]
    [InlineData("tigist haile", false)]
    public void IsFullName_TwoOrThreeEthiopianNames_IsAName(string name, bool expected)
    {
        EthiopianNames.IsFullName(name.Split(' ')).ShouldBe(expected);
    }
}
