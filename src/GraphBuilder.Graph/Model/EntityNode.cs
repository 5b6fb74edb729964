
namespace GraphBuilder.Graph.Model;

/// <summary>
/// Represents an entity node with the properties aggregated over every article that mentions it.
/// </summary>
/// <param name="Id">The entity's identifier.</param>
/// <param name="Name">The canonical name.</param>
/// <param name="Type">The entity's type.</param>
/// <param name="Aliases">Every other name the articles give it, sorted.</param>
/// <param name="MentionCount">The number of mentions over all articles.</param>
/// <param name="FirstSeen">The earliest publication (or ingestion) time of an article mentioning it.</param>
/// <param name="LastSeen">The latest publication (or ingestion) time of an article mentioning it.</param>
public sealed record EntityNode(
    EntityId Id,
    string Name,
    EntityKind Type,
    IReadOnlyList<string> Aliases,
    int MentionCount,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen);
