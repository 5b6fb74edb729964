namespace GraphBuilder.Testing.Bolt;

/// <summary>A message received from the client, decoded with the client's own PackStream reader.</summary>
/// <param name="Name">The message name.</param>
/// <param name="Fields">The decoded fields.</param>
internal sealed record StubClientMessage(string Name, IReadOnlyList<object?> Fields)
{
    public override string ToString() => Fields.Count == 0 ? Name : $"{Name} {string.Join(' ', Fields.Select(StubMatcher.Describe))}";
}
