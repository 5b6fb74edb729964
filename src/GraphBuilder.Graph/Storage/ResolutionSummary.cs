namespace GraphBuilder.Graph.Storage;

/// <summary>
/// What re-resolving the whole store did.
/// </summary>
/// <param name="Groups">The name groups resolved.</param>
/// <param name="Entities">The entities after.</param>
/// <param name="Merges">The entities now holding drafts of two or more former entities.</param>
/// <param name="Splits">The former entities whose drafts now go to two or more entities.</param>
/// <param name="Redirects">The ids that went, now redirects.</param>
public sealed record ResolutionSummary(int Groups, int Entities, int Merges, int Splits, int Redirects);
