using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Resolution;

namespace GraphBuilder.Graph.Tests.Resolution;

public sealed class NameAnchorTests
{
    [Theory]
    [InlineData("SARR Ndèye Fatou", "ndeye fatou sarr")]
    [InlineData("DIOP Mamadou Lamine", "mamadou lamine diop")]
    [InlineData("ZHURAVSKYI Oleksandr Ivanovych", "oleksandr ivanovych zhuravskyi")]
    [InlineData("Me NDIAYE Papa Ibrahima", "papa ibrahima ndiaye")]
    public void Of_PersonWrittenFamilyNameFirstInCapitals_IsTheNameInGivenNameOrder(string name, string expected)
    {
        NameAnchor.Of(name, EntityKind.Person).ShouldBe(expected);
    }

    [Theory]
    [InlineData("KIM Hyun-woo", EntityKind.Person, "kim hyun woo")]
    [InlineData("LIN MEI-HUA", EntityKind.Person, "lin mei hua")]
    [InlineData("OLEKSANDR ZHURAVSKYI", EntityKind.Person, "oleksandr zhuravskyi")]
    [InlineData("Ndèye Fatou Sarr", EntityKind.Person, "ndeye fatou sarr")]
    [InlineData("NASA Goddard", EntityKind.Organization, "nasa goddard")]
    [InlineData("GIE Femmes Transformatrices", EntityKind.Organization, "gie femmes transformatrices")]
    public void Of_NameOfAnotherShapeOrKind_KeepsItsOrder(string name, EntityKind kind, string expected)
    {
        NameAnchor.Of(name, kind).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Me Papa Ibrahima Ndiaye", "papa ibrahima ndiaye")]
    [InlineData("Maître Pape Ndiaye", "pape ndiaye")]
    [InlineData("Mme Khady Diop", "khady diop")]
    public void Of_FrenchCourtesyTitle_IsNoPartOfThePersonsName(string name, string expected)
    {
        NameAnchor.Of(name, EntityKind.Person).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Nagy Ferenc", "ferenc nagy")]
    [InlineData("dr. Gáspár Levente", "levente gaspar")]
    [InlineData("Balogh Tamas", "tamas balogh")]
    [InlineData("Kovácsné Szabó Zsuzsanna", "zsuzsanna kovacs")]
    [InlineData("Mayor Tóth Gáborné", "toth")]
    [InlineData("Zsuzsi néni", "zsuzsi")]
    public void Of_HungarianNameWrittenTheHungarianWay_IsTheNameAsEnglishWritesIt(string name, string expected)
    {
        NameAnchor.Of(name, EntityKind.Person).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Ferenc Nagy", EntityKind.Person, "ferenc nagy")]
    [InlineData("Levente Gáspár", EntityKind.Person, "levente gaspar")]
    [InlineData("John Peter", EntityKind.Person, "john peter")]
    [InlineData("Kovacsne Szabo Zsuzsanna", EntityKind.Person, "kovacsne szabo zsuzsanna")]
    [InlineData("Nagy Ferenc", EntityKind.Organization, "nagy ferenc")]
    public void Of_NameNotWrittenTheHungarianWay_KeepsItsOrder(string name, EntityKind kind, string expected)
    {
        NameAnchor.Of(name, kind).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Irrawaddy Region", EntityKind.Location, "ayeyarwady region")]
    [InlineData("Bassein", EntityKind.Location, "pathein")]
    [InlineData("Kiev", EntityKind.Location, "kyiv")]
    [InlineData("Ceylon", EntityKind.Location, "sri lanka")]
    [InlineData("Irrawaddy Rice Merchants' Association", EntityKind.Organization, "ayeyarwady rice merchants association")]
    [InlineData("Bombay High Court", EntityKind.Organization, "mumbai high court")]
    [InlineData("Odra", EntityKind.Location, "oder")]
    [InlineData("Opolskie", EntityKind.Location, "opole voivodeship")]
    [InlineData("Dolnośląskie", EntityKind.Location, "lower silesian voivodeship")]
    [InlineData("Opole province", EntityKind.Location, "opole voivodeship")]
    [InlineData("Opole Voivodeship", EntityKind.Location, "opole voivodeship")]
    [InlineData("Opole", EntityKind.Location, "opole")]
    [InlineData("Opole Voivodeship Office", EntityKind.Organization, "opole voivodeship office")]
    public void Of_PlaceByItsFormerName_IsTheNameOfToday(string name, EntityKind kind, string expected)
    {
        NameAnchor.Of(name, kind).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Irrawaddy", EntityKind.Organization, "irrawaddy")]
    [InlineData("Rangoon", EntityKind.Person, "rangoon")]
    [InlineData("Canton", EntityKind.Location, "canton")]
    public void Of_BodyOfOneWordOrAPersonOrASharedName_KeepsIt(string name, EntityKind kind, string expected)
    {
        NameAnchor.Of(name, kind).ShouldBe(expected);
    }
}
