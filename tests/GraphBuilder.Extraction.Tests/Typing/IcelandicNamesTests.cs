using GraphBuilder.Extraction.Lexicons;

namespace GraphBuilder.Extraction.Tests.Typing;

public sealed class IcelandicNamesTests
{
    [Theory]
    [InlineData("Ragnarsson", true)]
    [InlineData("Þórðardóttir", true)]
    [InlineData("Thordardottir", true)]
    [InlineData("Guðrúnarson", true)]
    [InlineData("Ericsson", false)]
    [InlineData("Jones", false)]
    [InlineData("Dóttir", false)]
    public void IsPatronymic_Word_IsASonsOrADaughtersLastName(string word, bool expected) =>
        IcelandicNames.IsPatronymic(word).ShouldBe(expected);

    [Theory]
    [InlineData("Reyðarfjörður", true)]
    [InlineData("Reydarfjordur", true)]
    [InlineData("Egilsstaðir", true)]
    [InlineData("Breiðdalur", true)]
    [InlineData("Breiðdalsvík", true)]
    [InlineData("Vik", false)]
    [InlineData("Sigurður", false)]
    public void IsPlaceName_Word_IsAPlaceByItsEnding(string word, bool expected) =>
        IcelandicNames.IsPlaceName(word).ShouldBe(expected);

    [Theory]
    [InlineData("Matvælastofnun", true)]
    [InlineData("Fiskistofa", true)]
    [InlineData("Héraðsdómur", true)]
    [InlineData("Veiðiréttarfélag", true)]
    [InlineData("Útvarp", true)]
    [InlineData("Héraðslögmenn", true)]
    [InlineData("Austurland", false)]
    public void IsBodyWord_Word_IsABodysNameByItsHead(string word, bool expected) =>
        IcelandicNames.IsBodyWord(word).ShouldBe(expected);

    [Theory]
    [InlineData("hf.", true)]
    [InlineData("ehf", true)]
    [InlineData("HF", false)]
    public void IsLegalForm_Token_IsACompanysLowercaseForm(string token, bool expected) =>
        IcelandicNames.IsLegalForm(token).ShouldBe(expected);
}
