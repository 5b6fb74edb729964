namespace GraphBuilder.Explorer.Api.Contracts;

/// <summary>Why the names of an entity are one entity: its aliases and a page of the decisions that merged them.</summary>
/// <param name="Id">The entity's id (after redirects).</param>
/// <param name="Name">Its canonical name.</param>
/// <param name="Type">Its type label.</param>
/// <param name="Aliases">Its other names.</param>
/// <param name="RedirectedFrom">The id asked for, when a redirect led here.</param>
/// <param name="Decisions">The page of decisions.</param>
public sealed record Explanation(string Id, string Name, string Type, IReadOnlyList<string> Aliases, string? RedirectedFrom, Paged<Decision> Decisions);
