using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Tests.Model;

public sealed class RelationSignatureTests
{
    [Theory]
    [InlineData(RelationKind.LivesIn, EntityKind.Organization, RelationKind.BasedIn)]
    [InlineData(RelationKind.BasedIn, EntityKind.Person, RelationKind.LivesIn)]
    [InlineData(RelationKind.BasedIn, EntityKind.Location, RelationKind.LocatedIn)]
    [InlineData(RelationKind.LocatedIn, EntityKind.Location, RelationKind.LocatedIn)]
    public void Conform_PlaceRelationOfARetypedSubject_FollowsTheSubjectsType(RelationKind extracted, EntityKind subject, RelationKind expected) =>
        RelationSignature.Conform(extracted, subject, EntityKind.Location).ShouldBe(expected);

    [Theory]
    [InlineData(RelationKind.LivesIn, EntityKind.Person, EntityKind.Organization)]
    [InlineData(RelationKind.BasedIn, EntityKind.Work, EntityKind.Location)]
    [InlineData(RelationKind.WorksFor, EntityKind.Organization, EntityKind.Organization)]
    [InlineData(RelationKind.WorksFor, EntityKind.Person, EntityKind.Person)]
    [InlineData(RelationKind.Leads, EntityKind.Organization, EntityKind.Organization)]
    [InlineData(RelationKind.RelatedTo, EntityKind.Person, EntityKind.Organization)]
    [InlineData(RelationKind.AiredOn, EntityKind.Person, EntityKind.Organization)]
    [InlineData(RelationKind.Criticized, EntityKind.Work, EntityKind.Person)]
    [InlineData(RelationKind.Sued, EntityKind.Organization, EntityKind.Work)]
    public void Conform_EndsTheKindDoesNotAdmit_GivesNone(RelationKind kind, EntityKind subject, EntityKind target) =>
        RelationSignature.Conform(kind, subject, target).ShouldBeNull();

    [Theory]
    [InlineData(RelationKind.WorksFor, EntityKind.Person, EntityKind.Organization)]
    [InlineData(RelationKind.Leads, EntityKind.Person, EntityKind.Event)]
    [InlineData(RelationKind.Leads, EntityKind.Person, EntityKind.Location)]
    [InlineData(RelationKind.ResignedFrom, EntityKind.Person, EntityKind.Organization)]
    [InlineData(RelationKind.Criticized, EntityKind.Location, EntityKind.Person)]
    [InlineData(RelationKind.Interviewed, EntityKind.Organization, EntityKind.Person)]
    [InlineData(RelationKind.AiredOn, EntityKind.Work, EntityKind.Organization)]
    [InlineData(RelationKind.Sued, EntityKind.Organization, EntityKind.Organization)]
    [InlineData(RelationKind.Sued, EntityKind.Person, EntityKind.Organization)]
    public void Conform_EndsTheKindAdmits_KeepsTheKind(RelationKind kind, EntityKind subject, EntityKind target) =>
        RelationSignature.Conform(kind, subject, target).ShouldBe(kind);

    [Fact]
    public void TryConform_TypeAndIdentifiers_ReadsTheEndsTypesFromTheIdentifiers()
    {
        var fitted = RelationSignature.TryConform("LIVES_IN", new EntityId("organization:meridian-geodata"), new EntityId("location:oslo"), out var kind);

        fitted.ShouldBeTrue();
        kind.ShouldBe(RelationKind.BasedIn);
    }

    [Fact]
    public void TryConform_UnknownType_IsFalse() =>
        RelationSignature.TryConform("OWNS", new EntityId("person:a"), new EntityId("organization:b"), out _).ShouldBeFalse();
}
