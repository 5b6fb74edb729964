using System.Collections.Frozen;

namespace GraphBuilder.Graph.Model;

/// <summary>
/// Holds the graph's fixed vocabulary of node labels and relationship types. Labels and types written to any
/// store come from here and never from text, so no extracted string can reach a query's structure.
/// </summary>
public static class GraphVocabulary
{
    /// <summary>The label of article nodes.</summary>
    public const string ArticleLabel = "Article";

    /// <summary>The label every entity node carries besides its type label.</summary>
    public const string EntityLabel = "Entity";

    /// <summary>The type of the relationship from an article to an entity it mentions.</summary>
    public const string Mentions = "MENTIONS";

    /// <summary>The type of the relationship between entities named in the same sentence.</summary>
    public const string CoMentioned = "CO_MENTIONED";

    private static readonly FrozenDictionary<RelationKind, string> RelationTypes = new Dictionary<RelationKind, string>
    {
        [RelationKind.WorksFor] = "WORKS_FOR",
        [RelationKind.Leads] = "LEADS",
        [RelationKind.MemberOf] = "MEMBER_OF",
        [RelationKind.LivesIn] = "LIVES_IN",
        [RelationKind.CitizenOf] = "CITIZEN_OF",
        [RelationKind.BasedIn] = "BASED_IN",
        [RelationKind.LocatedIn] = "LOCATED_IN",
        [RelationKind.Killed] = "KILLED",
        [RelationKind.Interviewed] = "INTERVIEWED",
        [RelationKind.Met] = "MET",
        [RelationKind.Supported] = "SUPPORTED",
        [RelationKind.Opposed] = "OPPOSED",
        [RelationKind.Criticized] = "CRITICIZED",
        [RelationKind.Accused] = "ACCUSED",
        [RelationKind.CompetedWith] = "COMPETED_WITH",
        [RelationKind.ResignedFrom] = "RESIGNED_FROM",
        [RelationKind.Created] = "CREATED",
        [RelationKind.Published] = "PUBLISHED",
        [RelationKind.AiredOn] = "AIRED_ON",
        [RelationKind.RelatedTo] = "RELATED_TO",
        [RelationKind.Sued] = "SUED",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, RelationKind> RelationKinds =
        RelationTypes.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, EntityKind> EntityKinds =
        Enum.GetValues<EntityKind>().ToFrozenDictionary(kind => kind.ToString(), kind => kind, StringComparer.Ordinal);

    /// <summary>Gets every entity type label, in a fixed order.</summary>
    public static IReadOnlyList<string> EntityLabels { get; } = [.. Enum.GetValues<EntityKind>().Select(Label)];

    /// <summary>Gets every typed relationship type, in a fixed order.</summary>
    public static IReadOnlyList<string> RelationshipTypes { get; } = [.. Enum.GetValues<RelationKind>().Select(RelationType)];

    /// <summary>Returns the node label of an entity type.</summary>
    /// <param name="kind">The entity type.</param>
    /// <returns>The label, such as <c>Person</c>.</returns>
    public static string Label(EntityKind kind) => kind switch
    {
        EntityKind.Person => "Person",
        EntityKind.Organization => "Organization",
        EntityKind.Location => "Location",
        EntityKind.Work => "Work",
        EntityKind.Event => "Event",
        _ => "Other",
    };

    /// <summary>Returns the relationship type of a relation kind.</summary>
    /// <param name="kind">The relation kind.</param>
    /// <returns>The type, such as <c>WORKS_FOR</c>.</returns>
    public static string RelationType(RelationKind kind) => RelationTypes[kind];

    /// <summary>Parses a relationship type of the vocabulary.</summary>
    /// <param name="type">The type, such as <c>WORKS_FOR</c>.</param>
    /// <param name="kind">The relation kind, when the type is in the vocabulary.</param>
    /// <returns><see langword="true"/> when the type is in the vocabulary.</returns>
    public static bool TryParseRelationType(string type, out RelationKind kind) => RelationKinds.TryGetValue(type, out kind);

    /// <summary>Parses an entity type label.</summary>
    /// <param name="label">The label, such as <c>Person</c>.</param>
    /// <param name="kind">The entity type, when the label is in the vocabulary.</param>
    /// <returns><see langword="true"/> when the label is in the vocabulary.</returns>
    public static bool TryParseLabel(string label, out EntityKind kind) => EntityKinds.TryGetValue(label, out kind);
}
