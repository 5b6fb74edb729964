namespace GraphBuilder.Nlp.Training.Evaluation;

/// <summary>
/// Represents the graph score of a set of documents: per gold entity, per cross-document identity, and the spurious
/// mentions, with the totals they give.
/// </summary>
/// <param name="Entities">Every gold entity of every document.</param>
/// <param name="Identities">The Wikipedia identities named in two or more documents, found there or not.</param>
/// <param name="Predicted">The number of predicted mentions.</param>
/// <param name="Spurious">The predicted mentions that overlap no gold mention of any type, with their documents.</param>
public sealed record GraphScore(
    IReadOnlyList<GraphEntityResult> Entities,
    IReadOnlyList<GraphIdentityResult> Identities,
    int Predicted,
    IReadOnlyList<(string Document, GraphPredictedMention Mention)> Spurious)
{
    /// <summary>Gets the number of gold entities found.</summary>
    public int Found => Entities.Count(e => e.Found);

    /// <summary>Gets the number of gold entities held by exactly one node of their own.</summary>
    public int Exact => Entities.Count(e => e.Exact);

    /// <summary>Gets the number of gold entities split over several nodes.</summary>
    public int Split => Entities.Count(e => e.Split);

    /// <summary>Gets the number of gold entities whose node also holds another gold entity of the document.</summary>
    public int Merged => Entities.Count(e => e.Merged);

    /// <summary>Gets the number of identities in the cross-document figure: those found in two or more documents.</summary>
    public int CrossDocument => Identities.Count(i => i.Counted);

    /// <summary>Gets the number of those identities held by one and the same node in every document that found them.</summary>
    public int Consistent => Identities.Count(i => i.Consistent);

    /// <summary>Gets the percentage of gold entities found.</summary>
    public double FoundPercent => Percent(Found, Entities.Count);

    /// <summary>Gets the percentage of gold entities held exactly.</summary>
    public double ExactPercent => Percent(Exact, Entities.Count);

    /// <summary>Gets the percentage of predicted mentions that are spurious.</summary>
    public double SpuriousPercent => Percent(Spurious.Count, Predicted);

    private static double Percent(int part, int whole) => whole == 0 ? 0 : 100.0 * part / whole;
}
