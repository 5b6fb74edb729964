using GraphBuilder.Graph.Model;
using GraphBuilder.Nlp.Relations;

namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// Maps between the relation classifier's CoNLL04 vocabulary (<see cref="RelationSchema"/>) and the graph's entity and
/// relation kinds.
/// </summary>
internal static class ClassifierVocabulary
{
    /// <summary>The graph's relation kind of a CoNLL04 relation type.</summary>
    /// <param name="type">The relation type, such as <c>Work_For</c>.</param>
    /// <returns>The kind, or <see langword="null"/> for an unknown type.</returns>
    public static RelationKind? KindOf(string type) => type switch
    {
        "Work_For" => RelationKind.WorksFor,
        "Live_In" => RelationKind.LivesIn,
        "OrgBased_In" => RelationKind.BasedIn,
        "Located_In" => RelationKind.LocatedIn,
        "Kill" => RelationKind.Killed,
        _ => null,
    };

    /// <summary>The classifier's entity type of a graph entity kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><c>Peop</c>, <c>Org</c>, <c>Loc</c> or <c>Other</c>.</returns>
    public static string TypeOf(EntityKind kind) => kind switch
    {
        EntityKind.Person => "Peop",
        EntityKind.Organization => "Org",
        EntityKind.Location => "Loc",
        _ => "Other",
    };
}
