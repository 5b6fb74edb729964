using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Storage.Relational;

/// <summary>
/// One piece of evidence read through resolution: the entities its two drafts are now, its type, and the date of its
/// article (publication, or ingestion when unknown).
/// </summary>
internal sealed record EvidenceRow(string Source, string Target, string Type, Evidence Evidence, DateTimeOffset Seen);
