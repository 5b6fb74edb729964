using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Resolution;

/// <summary>
/// Represents one article's draft entity, as resolution needs it when its name alone cannot say which entity it is
/// (a surname that two people in the graph share): its article's other names and its source decide.
/// </summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Draft">The draft's index in the article.</param>
/// <param name="Anchor">The draft's anchor.</param>
/// <param name="KindWeights">The confidence its mentions give each type, in thousandths.</param>
/// <param name="Forms">Its written forms with their numbers of mentions.</param>
/// <param name="Context">The anchors of the other entities its article names.</param>
/// <param name="Source">Its article's source (the publisher), if known.</param>
public sealed record DraftInGroup(
    string ArticleId,
    int Draft,
    string Anchor,
    IReadOnlyDictionary<EntityKind, long> KindWeights,
    IReadOnlyDictionary<string, int> Forms,
    IReadOnlyList<string> Context,
    string? Source);
