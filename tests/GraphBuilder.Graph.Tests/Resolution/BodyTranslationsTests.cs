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
    [InlineData("regionalna dyrekcja ochrony srodowiska w opolu", "regional directorate for environmental protection")]
    [InlineData("glowny inspektorat ochrony srodowiska", "chief inspectorate of environmental protection")]
    [InlineData("instytut meteorologii i gospodarki wodnej", "institute of meteorology and water management")]
    [InlineData("wody polskie", "polish waters")]
    [InlineData("dimos lefkadas", "municipality of lefkada")]
    [InlineData("alieftikos syllogos meganisiou", "meganisi fishermens association")]
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
    [InlineData("regionalna dyrekcja ochrony srodowiska", "general directorate for environmental protection")]
    [InlineData("regionalna dyrekcja ochrony srodowiska w opolu", "regionalna dyrekcja ochrony srodowiska w katowicach")]
    [InlineData("dimos lefkadas", "municipality of preveza")]
    [InlineData("dimos lefkadas", "lefkada port authority")]
    public void AreTranslations_OtherBodiesOrTwoNamesInOneLanguage_AreNot(string a, string b)
    {
        BodyTranslations.AreTranslations(a.Split(' '), b.Split(' ')).ShouldBeFalse();
    }
}
