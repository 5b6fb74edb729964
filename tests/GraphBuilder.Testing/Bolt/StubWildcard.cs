namespace GraphBuilder.Testing.Bolt;

/// <summary>A pattern that matches any value of a kind: "*" (anything), {"Z": "*"}, {"U": "*"}, {"{}": "*"}, ...</summary>
/// <param name="Kind">The type the wildcard accepts, or <see langword="null"/> for any value.</param>
internal sealed record StubWildcard(Type? Kind)
{
    public static readonly StubWildcard Any = new((Type?)null);

    public bool Matches(object? value) => Kind is null || (value is not null && Kind.IsInstanceOfType(value));

    public override string ToString() => Kind is null ? "\"*\"" : $"<any {Kind.Name}>";
}
