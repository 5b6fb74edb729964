using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Tests.Model;

public sealed class EntityIdTests
{
    [Theory]
    [InlineData(EntityKind.Person, "Vladimir Putin", "person:vladimir-putin")]
    [InlineData(EntityKind.Organization, "Democratic National Committee", "organization:democratic-national-committee")]
    [InlineData(EntityKind.Organization, "Salon.com", "organization:saloncom")]
    [InlineData(EntityKind.Person, "Conan O'Brien", "person:conan-obrien")]
    [InlineData(EntityKind.Person, "José Martí", "person:jose-marti")]
    [InlineData(EntityKind.Work, "The Putin Interviews", "work:the-putin-interviews")]
    [InlineData(EntityKind.Other, "!!!", "other:unnamed")]
    public void From_Name_GivesStableSlug(EntityKind kind, string name, string expected)
    {
        var id = EntityId.From(kind, name);

        id.Value.ShouldBe(expected);
    }

    [Fact]
    public void From_SameNameDifferentType_GivesDifferentIds()
    {
        var person = EntityId.From(EntityKind.Person, "Washington");
        var place = EntityId.From(EntityKind.Location, "Washington");

        person.ShouldNotBe(place);
    }

    [Theory]
    [InlineData("person:vladimir-putin", EntityKind.Person)]
    [InlineData("organization:democratic-national-committee", EntityKind.Organization)]
    [InlineData("event:2018-fifa-world-cup", EntityKind.Event)]
    [InlineData("persona:x", EntityKind.Other)]
    [InlineData("no-colon", EntityKind.Other)]
    public void Kind_Identifier_IsTheTypeItWasDerivedFrom(string value, EntityKind expected) =>
        new EntityId(value).Kind.ShouldBe(expected);

    [Theory]
    [InlineData(EntityKind.Person)]
    [InlineData(EntityKind.Organization)]
    [InlineData(EntityKind.Location)]
    [InlineData(EntityKind.Work)]
    [InlineData(EntityKind.Event)]
    [InlineData(EntityKind.Other)]
    public void Kind_IdentifierFromAType_GivesThatTypeBack(EntityKind kind) =>
        EntityId.From(kind, "Any Name").Kind.ShouldBe(kind);
}
