namespace GraphBuilder.Graph.Model;

/// <summary>
/// Records why a name was resolved to an entity, so that every merge can be explained.
/// </summary>
/// <param name="Entity">The entity the name was resolved to.</param>
/// <param name="Name">The name as the article gives it.</param>
/// <param name="Rule">The rule that decided, such as <c>exact-key</c>, <c>alias</c>, <c>acronym</c>, <c>new</c>.</param>
/// <param name="Detail">A sentence saying what matched.</param>
public sealed record ResolutionDecision(EntityId Entity, string Name, string Rule, string Detail);
