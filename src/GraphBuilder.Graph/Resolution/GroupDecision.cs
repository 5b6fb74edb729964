using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Resolution;

/// <summary>
/// Records why a group of names, or one article's draft, went to its entity, so that <c>explain</c> can tell why two
/// names were merged or kept apart.
/// </summary>
/// <param name="Anchor">The group's anchor.</param>
/// <param name="ArticleId">The article, when the decision is about one article's draft; otherwise <see langword="null"/>.</param>
/// <param name="Draft">The draft's index in that article, or -1.</param>
/// <param name="Entity">The entity the names went to.</param>
/// <param name="Name">The name decided about.</param>
/// <param name="Rule">The rule: <c>same-name</c>, <c>type-vote</c>, <c>short-form</c>, <c>short-form-ambiguous</c>, <c>context</c>, <c>nickname</c>, <c>typo</c>, <c>acronym</c>, <c>acronym-ambiguous</c>, <c>alias</c>, <c>alias-ambiguous</c>.</param>
/// <param name="Detail">A sentence saying what matched or what kept them apart.</param>
public sealed record GroupDecision(string Anchor, string? ArticleId, int Draft, EntityId Entity, string Name, string Rule, string Detail);
