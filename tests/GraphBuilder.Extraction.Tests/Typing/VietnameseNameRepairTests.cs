using GraphBuilder.Extraction.Typing;
using GraphBuilder.Graph.Model;
using GraphBuilder.Testing.Builders;

namespace GraphBuilder.Extraction.Tests.Typing;

/// <summary>
/// The repairs <see cref="EntityTypeRefiner"/> makes to Vietnamese names, given the readings the recogniser gave the
/// mekong-tra-vinh cluster's stories (which a short text does not always reproduce).
/// </summary>
public sealed class VietnameseNameRepairTests
{
    [Fact]
    public void Process_CityReadAsTwoNamesBetweenItsSyllables_IsOnePlace()
    {
        var document = new DocumentBuilder("The session of the National Assembly in Hà Nội ended on Friday.")
            .Entity("National Assembly", EntityKind.Organization)
            .Entity("Hà", EntityKind.Organization)
            .Entity("Nội", EntityKind.Other)
            .Build();

        new EntityTypeRefiner().Process(document);

        var place = document.Entities.Single(e => document.Slice(e.Span).StartsWith("Hà", StringComparison.Ordinal));
        document.Slice(place.Span).ShouldBe("Hà Nội");
        place.Kind.ShouldBe(EntityKind.Location);
    }

    [Fact]
    public void Process_EnglishNamesSideBySide_StayApart()
    {
        var document = new DocumentBuilder("On Monday Sweden Volvo said so.")
            .Entity("Sweden", EntityKind.Location)
            .Entity("Volvo", EntityKind.Organization)
            .Build();

        new EntityTypeRefiner().Process(document);

        document.Entities.Count.ShouldBe(2);
    }

    [Fact]
    public void Process_NameEndingInProvinceReadAsABody_IsAPlace()
    {
        var document = new DocumentBuilder("126 Nguyễn Thị Minh Khai Street, Ward 2, Trà Vinh City, Trà Vinh Province, Vietnam")
            .Entity("Trà Vinh Province", EntityKind.Organization)
            .Build();

        new EntityTypeRefiner().Process(document);

        document.Entities.Single(e => document.Slice(e.Span) == "Trà Vinh Province").Kind.ShouldBe(EntityKind.Location);
    }

    [Fact]
    public void Process_NameAndCooperativeReadAsTwo_IsTheCooperative()
    {
        var document = new DocumentBuilder("The Long Hoa Shrimp Cooperative, which groups 86 households, said the bank gave way.")
            .Entity("Long Hoa Shrimp", EntityKind.Location, confidence: 0.43)
            .Entity("Cooperative", EntityKind.Organization, confidence: 0.69)
            .Build();

        new EntityTypeRefiner().Process(document);

        var body = document.Entities.ShouldHaveSingleItem();
        document.Slice(body.Span).ShouldBe("Long Hoa Shrimp Cooperative");
        body.Kind.ShouldBe(EntityKind.Organization);
    }

    [Fact]
    public void Process_CountryAndItsNavyReadAsTwo_StayTwo()
    {
        var document = new DocumentBuilder("A United States Navy ship docked.")
            .Entity("United States", EntityKind.Location)
            .Entity("Navy", EntityKind.Organization)
            .Build();

        new EntityTypeRefiner().Process(document);

        document.Entities.Count.ShouldBe(2);
    }

    [Fact]
    public void Process_CommunesPeoplesCommitteeWithTheDivisionCapitalised_IsOneBody()
    {
        var document = new DocumentBuilder("Nguyễn Minh Tuấn, chairman of the Long Hòa Commune People's Committee, met the farmers.")
            .Entity("Nguyễn Minh Tuấn", EntityKind.Person)
            .Entity("Long Hòa", EntityKind.Location)
            .Entity("People's Committee", EntityKind.Organization)
            .Build();

        new EntityTypeRefiner().Process(document);

        document.Entities.ShouldContain(e => document.Slice(e.Span) == "Long Hòa Commune People's Committee" && e.Kind == EntityKind.Organization);
    }

    [Fact]
    public void Process_LetterheadCompanyReadWithoutItsLegalForm_IsOneCompany()
    {
        var document = new DocumentBuilder("PHU SA DREDGING JOINT STOCK COMPANY\n126 Nguyễn Thị Minh Khai Street")
            .Entity("PHU SA", EntityKind.Organization)
            .Entity("JOINT STOCK COMPANY", EntityKind.Organization)
            .Build();

        new EntityTypeRefiner().Process(document);

        document.Entities.ShouldContain(e => document.Slice(e.Span) == "PHU SA DREDGING JOINT STOCK COMPANY" && e.Kind == EntityKind.Organization);
    }
}
