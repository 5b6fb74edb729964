namespace GraphBuilder.Explorer.Api.Contracts;

/// <summary>A relation an article states.</summary>
/// <param name="Source">The subject.</param>
/// <param name="Target">The object.</param>
/// <param name="Type">The relation type.</param>
/// <param name="Evidence">The sentence that states it.</param>
public sealed record ArticleRelationItem(EntityRef Source, EntityRef Target, string Type, EvidenceItem Evidence);
