namespace GraphBuilder.Explorer.Api.Contracts;

/// <summary>One page of a list.</summary>
/// <typeparam name="T">The items' type.</typeparam>
/// <param name="Items">The page's items.</param>
/// <param name="Offset">How many items come before the page.</param>
/// <param name="Limit">The page size asked for.</param>
/// <param name="HasMore">Whether items follow; ask again with <c>offset</c> = offset + limit.</param>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Offset, int Limit, bool HasMore);
