namespace GraphBuilder.Graph.Queries;

/// <summary>
/// Holds one page of a list.
/// </summary>
/// <typeparam name="T">The items' type.</typeparam>
/// <param name="Items">The items of the page.</param>
/// <param name="Offset">How many items come before the page.</param>
/// <param name="HasMore">Whether items follow the page.</param>
public sealed record ResultPage<T>(IReadOnlyList<T> Items, int Offset, bool HasMore);
