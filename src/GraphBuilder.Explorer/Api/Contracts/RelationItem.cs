namespace GraphBuilder.Explorer.Api.Contracts;

/// <summary>A relation an entity takes part in.</summary>
/// <param name="Source">The subject.</param>
/// <param name="Target">The object.</param>
/// <param name="Type">The relation type, such as <c>INTERVIEWED</c>.</param>
/// <param name="Confidence">The combined confidence, <c>1 - Π(1 - p)</c>.</param>
/// <param name="Count">The number of pieces of evidence.</param>
/// <param name="FirstSeen">The earliest article date.</param>
/// <param name="LastSeen">The latest article date.</param>
/// <param name="Evidence">At most five pieces of evidence, the most confident first.</param>
public sealed record RelationItem(EntityRef Source, EntityRef Target, string Type, double Confidence, int Count, DateTimeOffset FirstSeen, DateTimeOffset LastSeen, IReadOnlyList<EvidenceItem> Evidence);
