namespace GraphBuilder.Explorer.Api.Contracts;

/// <summary>An entity named in an answer.</summary>
/// <param name="Id">The entity's id, such as <c>person:vladimir-putin</c>.</param>
/// <param name="Name">Its canonical name.</param>
/// <param name="Type">Its type label, such as <c>Person</c>.</param>
public sealed record EntityRef(string Id, string Name, string Type);
