using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Storage.Relational;

/// <summary>
/// One piece of evidence read through resolution: the entities its two drafts are now, its type fitted to their types
/// (<see cref="RelationSignature"/>), and the date of its article (publication, or ingestion when unknown).
/// </summary>
internal sealed record EvidenceRow(string Source, string Target, string Type, Evidence Evidence, DateTimeOffset Seen)
{
    /// <summary>Makes the row of a stored piece of evidence, with its type fitted to its ends.</summary>
    /// <returns>The row, or <see langword="null"/> when the kind does not admit the ends' types.</returns>
    public static EvidenceRow? Fitted(string source, string target, string storedType, Evidence evidence, DateTimeOffset seen) =>
        RelationSignature.ConformType(storedType, source, target) is { } type ? new EvidenceRow(source, target, type, evidence, seen) : null;
}
