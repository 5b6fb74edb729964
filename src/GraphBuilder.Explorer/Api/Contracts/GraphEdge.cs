namespace GraphBuilder.Explorer.Api.Contracts;

/// <summary>A relation of a neighbourhood.</summary>
/// <param name="Source">The subject's id.</param>
/// <param name="Target">The object's id.</param>
/// <param name="Type">The relation type.</param>
/// <param name="Confidence">The combined confidence of the evidence that passed the filters.</param>
/// <param name="Count">The number of such pieces of evidence.</param>
/// <param name="FirstSeen">The earliest article date.</param>
/// <param name="LastSeen">The latest article date.</param>
public sealed record GraphEdge(string Source, string Target, string Type, double Confidence, int Count, DateTimeOffset FirstSeen, DateTimeOffset LastSeen);
