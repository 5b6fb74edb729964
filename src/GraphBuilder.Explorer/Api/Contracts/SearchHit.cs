namespace GraphBuilder.Explorer.Api.Contracts;

/// <summary>An entity a search found.</summary>
/// <param name="Id">The entity's id.</param>
/// <param name="Name">Its canonical name.</param>
/// <param name="Type">Its type label.</param>
/// <param name="Aliases">Its other names.</param>
/// <param name="Articles">The number of articles that mention it (what the hits are ranked by).</param>
/// <param name="Approximate">Whether it matched only with a typo allowed.</param>
public sealed record SearchHit(string Id, string Name, string Type, IReadOnlyList<string> Aliases, int Articles, bool Approximate);
