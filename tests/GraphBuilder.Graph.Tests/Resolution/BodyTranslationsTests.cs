using GraphBuilder.Graph.Resolution;

namespace GraphBuilder.Graph.Tests.Resolution;

public sealed class BodyTranslationsTests
{
    [Theory]
    [InlineData("assemblee nationale", "national assembly")]
    [InlineData("ministere des peches et de leconomie maritime", "ministry of fisheries and maritime economy")]
    [InlineData("conseil regional de thies", "thies regional council")]
    [InlineData("kozep tisza videki vizugyi igazgatosag", "middle tisza district water directorate")]
    [InlineData("zold alfold szovetseg", "green plain alliance")]
    public void AreTranslations_FrenchNameAndItsEnglish_AreOne(string french, string english)
    {
        BodyTranslations.AreTranslations(french.Split(' '), english.Split(' ')).ShouldBeTrue();
        BodyTranslations.AreTranslations(english.Split(' '), french.Split(' ')).ShouldBeTrue();
    }

    [Theory]
    [InlineData("assemblee nationale", "national council")]
    [InlineData("ministere des peches", "ministry of fisheries and maritime economy")]
    [InlineData("national assembly", "assembly national")]
    [InlineData("assemblee nationale", "assemblee nationale du senegal")]
    [InlineData("office of fair trading", "fair trading office")]
    [InlineData("kozep tisza videki vizugyi igazgatosag", "lower tisza district water directorate")]
    public void AreTranslations_OtherBodiesOrTwoNamesInOneLanguage_AreNot(string a, string b)
    {
        BodyTranslations.AreTranslations(a.Split(' '), b.Split(' ')).ShouldBeFalse();
    }
}
