namespace GraphBuilder.Graph.Model;

/// <summary>
/// The entity types each relation kind admits at its two ends, applied after resolution. An article's extractor
/// checks the types it sees in that article, but a cross-article vote may retype an end afterwards ("Meridian
/// Geodata", a person in one story, is an organisation by the vote of all): a relation read from the store must still
/// fit its kind, or it is no fact of the graph.
/// </summary>
public static class RelationSignature
{
    private static readonly EntityKind[] People = [EntityKind.Person];
    private static readonly EntityKind[] Organizations = [EntityKind.Organization];
    private static readonly EntityKind[] Places = [EntityKind.Location];
    private static readonly EntityKind[] Works = [EntityKind.Work];
    private static readonly EntityKind[] PeopleAndOrganizations = [EntityKind.Person, EntityKind.Organization];

    // Countries act in news ("China criticised ..."), so the attitudes admit places at both ends.
    private static readonly EntityKind[] Agents = [EntityKind.Person, EntityKind.Organization, EntityKind.Location];

    // What a person leads or resigns from: an organisation, a country or city, an event ("will chair the summit").
    private static readonly EntityKind[] Bodies = [EntityKind.Organization, EntityKind.Location, EntityKind.Event];

    /// <summary>Returns the kind a relation has between ends of the given types, or none when its kind does not admit them.</summary>
    /// <param name="kind">The relation's kind as extracted.</param>
    /// <param name="source">The subject's type after resolution.</param>
    /// <param name="target">The object's type after resolution.</param>
    /// <returns>The kind; the three "in a place" kinds follow the subject's type (a person lives in a place, an
    /// organisation is based in it, a place lies in it), since the extractor chose among them by the type it saw.</returns>
    public static RelationKind? Conform(RelationKind kind, EntityKind source, EntityKind target)
    {
        if (kind is RelationKind.LivesIn or RelationKind.BasedIn or RelationKind.LocatedIn)
        {
            return target != EntityKind.Location
                ? null
                : source switch
                {
                    EntityKind.Person => RelationKind.LivesIn,
                    EntityKind.Organization => RelationKind.BasedIn,
                    EntityKind.Location => RelationKind.LocatedIn,
                    _ => null,
                };
        }

        var (subjects, objects) = Ends(kind);
        return subjects.Contains(source) && objects.Contains(target) ? kind : null;
    }

    /// <summary>Parses a stored relationship type and fits it to its ends' types, read from their identifiers.</summary>
    /// <param name="type">The stored type, such as <c>LIVES_IN</c>.</param>
    /// <param name="source">The subject's identifier.</param>
    /// <param name="target">The object's identifier.</param>
    /// <param name="kind">The fitted kind.</param>
    /// <returns><see langword="true"/> when the type is in the vocabulary and fits the ends.</returns>
    public static bool TryConform(string type, EntityId source, EntityId target, out RelationKind kind)
    {
        kind = default;
        if (!GraphVocabulary.TryParseRelationType(type, out var extracted) || Conform(extracted, source.Kind, target.Kind) is not { } fitted)
        {
            return false;
        }

        kind = fitted;
        return true;
    }

    /// <summary>Fits a stored relationship type to its ends, as a type string.</summary>
    /// <param name="type">The stored type.</param>
    /// <param name="source">The subject's identifier.</param>
    /// <param name="target">The object's identifier.</param>
    /// <returns>The fitted type, or <see langword="null"/> when the relation is no fact of the graph.</returns>
    public static string? ConformType(string type, string source, string target) =>
        TryConform(type, new EntityId(source), new EntityId(target), out var kind) ? GraphVocabulary.RelationType(kind) : null;

    private static (EntityKind[] Subjects, EntityKind[] Objects) Ends(RelationKind kind) => kind switch
    {
        RelationKind.WorksFor => (People, Organizations),
        RelationKind.Leads => (People, Bodies),
        RelationKind.MemberOf => (Agents, Organizations),
        RelationKind.CitizenOf => (People, Places),
        RelationKind.Killed => (PeopleAndOrganizations, People),
        RelationKind.Interviewed => (PeopleAndOrganizations, Agents),
        RelationKind.ResignedFrom => (People, Bodies),
        RelationKind.Created => (PeopleAndOrganizations, Works),
        RelationKind.Published => (PeopleAndOrganizations, Works),
        RelationKind.AiredOn => (Works, Organizations),
        RelationKind.RelatedTo => (People, People),
        RelationKind.Met or RelationKind.Supported or RelationKind.Opposed or RelationKind.Criticized or RelationKind.Accused
            or RelationKind.CompetedWith or RelationKind.Sued => (Agents, Agents),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "The kind has no signature."),
    };
}
