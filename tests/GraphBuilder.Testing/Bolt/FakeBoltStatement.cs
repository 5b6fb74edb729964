namespace GraphBuilder.Testing.Bolt;

/// <summary>One RUN a <see cref="FakeBoltServer"/> received: the query text and its parameters, decoded by the client's own PackStream code.</summary>
/// <param name="Query">The Cypher text.</param>
/// <param name="Parameters">The parameters: integers as <see cref="long"/>, lists as <c>IReadOnlyList&lt;object?&gt;</c>, maps as <c>IReadOnlyDictionary&lt;string, object?&gt;</c>.</param>
public sealed record FakeBoltStatement(string Query, IReadOnlyDictionary<string, object?> Parameters)
{
    /// <summary>Gets the rows of an <c>UNWIND $rows</c> statement, or none when it has no <c>rows</c> parameter.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows =>
        Parameters.TryGetValue("rows", out var rows) && rows is IReadOnlyList<object?> list
            ? [.. list.OfType<IReadOnlyDictionary<string, object?>>()]
            : [];
}
