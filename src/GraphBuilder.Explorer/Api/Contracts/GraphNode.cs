namespace GraphBuilder.Explorer.Api.Contracts;

/// <summary>An entity of a neighbourhood.</summary>
/// <param name="Id">The entity's id.</param>
/// <param name="Name">Its canonical name.</param>
/// <param name="Type">Its type label.</param>
/// <param name="Articles">The number of articles that mention it (what the node cap keeps the most of).</param>
/// <param name="Depth">Its distance from the centre.</param>
public sealed record GraphNode(string Id, string Name, string Type, int Articles, int Depth);
