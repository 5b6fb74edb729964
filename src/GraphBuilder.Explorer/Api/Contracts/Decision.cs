namespace GraphBuilder.Explorer.Api.Contracts;

/// <summary>A decision that resolved a name to an entity.</summary>
/// <param name="Article">The article whose name it was, or empty for a decision about a whole group of names.</param>
/// <param name="Name">The name.</param>
/// <param name="Rule">The rule that decided, such as <c>exact-key</c>, <c>alias</c> or <c>coreference</c>.</param>
/// <param name="Detail">What matched.</param>
public sealed record Decision(string Article, string Name, string Rule, string Detail);
