namespace GraphBuilder.Graph.Queries;

/// <summary>
/// Asks for one page of a list.
/// </summary>
/// <param name="Offset">How many items to skip.</param>
/// <param name="Limit">The most items to return.</param>
public sealed record PageRequest(int Offset, int Limit);
