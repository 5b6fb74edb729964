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
}
