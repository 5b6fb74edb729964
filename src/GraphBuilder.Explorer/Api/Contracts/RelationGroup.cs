namespace GraphBuilder.Explorer.Api.Contracts;

/// <summary>The relations of one type on a page.</summary>
/// <param name="Type">The relation type.</param>
/// <param name="Relations">The relations, most confident first.</param>
public sealed record RelationGroup(string Type, IReadOnlyList<RelationItem> Relations);
