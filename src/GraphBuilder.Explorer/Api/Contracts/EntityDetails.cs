namespace GraphBuilder.Explorer.Api.Contracts;

/// <summary>An entity with a page of its relations, grouped by type.</summary>
/// <param name="Id">The entity's id (after redirects).</param>
/// <param name="Name">Its canonical name.</param>
/// <param name="Type">Its type label.</param>
/// <param name="Aliases">Its other names.</param>
/// <param name="Mentions">Its number of mentions.</param>
/// <param name="FirstSeen">The earliest article date.</param>
/// <param name="LastSeen">The latest article date.</param>
/// <param name="RedirectedFrom">The id asked for, when a redirect led here.</param>
/// <param name="Relations">The page of relations, grouped by type.</param>
/// <param name="Offset">How many relations come before the page.</param>
/// <param name="Limit">The page size asked for.</param>
/// <param name="HasMore">Whether relations follow.</param>
public sealed record EntityDetails(
    string Id,
    string Name,
    string Type,
    IReadOnlyList<string> Aliases,
    int Mentions,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    string? RedirectedFrom,
    IReadOnlyList<RelationGroup> Relations,
    int Offset,
    int Limit,
    bool HasMore);
