using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Queries;

/// <summary>
/// Asks for the entities a text names.
/// </summary>
/// <param name="Text">A name, alias or id, or the start of one of their words.</param>
/// <param name="Type">Only entities of this type, if given.</param>
/// <param name="Page">Which page of the matches.</param>
public sealed record EntitySearch(string Text, EntityKind? Type, PageRequest Page);
