using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Resolution;

namespace GraphBuilder.Graph.Tests.Resolution;

public sealed class PersonNamesTests
{
    [Theory]
    [InlineData("Wang Yu-chen", 0)]
    [InlineData("Vincent Huang Kuo-liang", 1)]
    [InlineData("Legislator Lin Cheng-en", 0)]
    [InlineData("LIN MEI-HUA", 0)]
    [InlineData("Park Sung-jin", 0)]
    [InlineData("Jean-Pierre Dupont", -1)]
    [InlineData("Anna Smith-Jones", -1)]
    [InlineData("Yudaw Pisaw", -1)]
    [InlineData("Chen", -1)]
    public void EastAsianFamilyIndex_WrittenName_IsWhereTheFamilyNameStands(string form, int expected)
    {
        PersonNames.EastAsianFamilyIndex(form, NameAnchor.Words(form, EntityKind.Person)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("huang", true)]
    [InlineData("vincent huang", true)]
    [InlineData("huang kuo liang", true)]
    [InlineData("liang", false)]
    [InlineData("kuo liang", false)]
    [InlineData("vincent", false)]
    public void IsEastAsianShortForm_FormOfVincentHuangKuoLiang_IsAFormOnlyByItsFamilyName(string shorter, bool expected)
    {
        PersonNames.IsEastAsianShortForm(shorter.Split(' '), ["vincent", "huang", "kuo", "liang"], 1).ShouldBe(expected);
    }

    [Theory]
    [InlineData("gosia", "małgorzata", true)]
    [InlineData("gosia", "malgorzata", true)]
    [InlineData("tadek", "tadeusz", true)]
    [InlineData("józek", "józef", true)]
    [InlineData("laci", "lászló", true)]
    [InlineData("tomek", "tadeusz", false)]
    [InlineData("aga", "anna", false)]
    public void SameGivenName_PolishDiminutiveAndFullName_AreOneWithOrWithoutAccents(string a, string b, bool expected) =>
        PersonNames.SameGivenName(a, b).ShouldBe(expected);

    [Theory]
    [InlineData("yiorgos", "giorgos", true)]
    [InlineData("george", "giórgos", true)]
    [InlineData("panayiotis", "panagiotis", true)]
    [InlineData("takis", "panayiotis", true)]
    [InlineData("vasso", "vassiliki", true)]
    [InlineData("dimitris", "dimitrios", true)]
    [InlineData("antonis", "antonios", true)]
    [InlineData("giorgos", "dimitris", false)]
    [InlineData("takis", "dimitrios", false)]
    public void SameGivenName_GreekRomanisationsShortAndPetForms_AreOne(string a, string b, bool expected) =>
        PersonNames.SameGivenName(a, b).ShouldBe(expected);

    [Theory]
    [InlineData("vlachopoulos", "vlachopoulou", EntityKind.Person, -1)]
    [InlineData("wisniewski", "wisniewska", EntityKind.Person, -1)]
    [InlineData("vlachopoulos", "vlachopoulus", EntityKind.Person, 0)]
    public void TypoWord_OneSurnameInBothSexesForms_IsNoTypo(string a, string b, EntityKind kind, int expected) =>
        PersonNames.TypoWord([a], [b], kind).ShouldBe(expected);

    [Theory]
    [InlineData("olexandr", "oleksandr", true)]
    [InlineData("serhiy", "serhii", true)]
    [InlineData("ivan", "ivana", false)]
    [InlineData("maria", "mario", false)]
    public void SameGivenName_RomanisationsOfOneName_AreOne(string a, string b, bool expected)
    {
        PersonNames.SameGivenName(a, b).ShouldBe(expected);
    }

    [Theory]
    [InlineData("feri nagy", "ferenc nagy")]
    [InlineData("zsuzsi kovacs", "zsuzsanna kovacs")]
    public void SameUpToShortForm_HungarianPetForm_IsOne(string a, string b)
    {
        PersonNames.SameUpToShortForm(a.Split(' '), b.Split(' ')).ShouldBeTrue();
    }

    [Fact]
    public void SameUpToShortForm_NameWithEveryWordRomanisedDifferently_IsOne()
    {
        PersonNames.SameUpToShortForm(["serhiy", "anatoliyovych", "hrytsenko"], ["serhii", "anatoliiovych", "hrytsenko"]).ShouldBeTrue();
    }

    [Fact]
    public void SameUpToShortForm_HusbandAndWifesSurnameForms_AreTwo()
    {
        PersonNames.SameUpToShortForm(["oleksandr", "zhuravskyi"], ["oleksandra", "zhuravska"]).ShouldBeFalse();
        PersonNames.SameUpToShortForm(["nataliia", "zhuravska"], ["nataliia", "zhuravskyi"]).ShouldBeFalse();
    }

    [Theory]
    [InlineData("larysa volodymyrivna", true)]
    [InlineData("oleksandr ivanovych", true)]
    [InlineData("larysa melnyk", false)]
    [InlineData("oleksandr ivanovych zhuravskyi", false)]
    public void IsPatronymicAddress_GivenNameAndPatronymic_IsAnAddress(string name, bool expected)
    {
        PersonNames.IsPatronymicAddress(name.Split(' ')).ShouldBe(expected);
    }

    [Theory]
    [InlineData("mauer", "maurer", true)]
    [InlineData("maurer", "mauer", true)]
    [InlineData("buchtmann", "buchtman", true)]
    [InlineData("johnsno", "johnson", true)]
    [InlineData("hale", "hall", false)]
    [InlineData("smyth", "smith", false)]
    [InlineData("wiśniewska", "wiśniewski", false)]
    [InlineData("kowalski", "kowalska", false)]
    [InlineData("ivanova", "ivanov", false)]
    [InlineData("novotná", "novotný", false)]
    [InlineData("vlachopoulou", "vlachopoulos", false)]
    [InlineData("papadaki", "papadakis", false)]
    [InlineData("lekka", "lekkas", false)]
    [InlineData("maurer", "maurer", false)]
    [InlineData("maurer", "mauser", true)]
    public void IsSurnameSlip_WordAndSurname_IsASlipOnlyOneLetterOffInALongNameNotTheOtherSexs(string written, string surname, bool expected) =>
        PersonNames.IsSurnameSlip(written, surname).ShouldBe(expected);

    [Theory]
    [InlineData("halina", true)]
    [InlineData("małgorzata", true)]
    [InlineData("maria", true)]
    [InlineData("grzegorz", false)]
    [InlineData("kuba", false)]
    [InlineData("luca", false)]
    [InlineData("nikita", false)]
    [InlineData("nikola", false)]
    [InlineData("ruth", false)]
    [InlineData("ba", false)]
    public void IsFeminineGivenName_GivenName_IsAWomansOnlyByAnEndingNoManShares(string given, bool expected) =>
        PersonNames.IsFeminineGivenName(given).ShouldBe(expected);
}
