namespace GraphBuilder.Graph.Export;

/// <summary>
/// Maps one property of a graph element to the value it takes in Neo4j, for the export and the sink alike.
/// </summary>
/// <typeparam name="T">The element: an article, an entity, a mention, a relation or a co-mention.</typeparam>
/// <param name="Name">The property's name in Neo4j.</param>
/// <param name="Value">Reads the property's value: a string, a number, a time or a list of strings, or <see langword="null"/>.</param>
public sealed record CypherProperty<T>(string Name, Func<T, object?> Value);
