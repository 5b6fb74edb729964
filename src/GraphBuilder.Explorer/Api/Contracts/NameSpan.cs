namespace GraphBuilder.Explorer.Api.Contracts;

/// <summary>Where an entity is named, as offsets into the article text.</summary>
/// <param name="Entity">The entity's id.</param>
/// <param name="Start">The offset of the name's first character.</param>
/// <param name="End">The offset just past its last character.</param>
public sealed record NameSpan(string Entity, int Start, int End);
