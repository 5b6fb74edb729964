using GraphBuilder.Graph.Drafts;

namespace GraphBuilder.Graph.Storage;

/// <summary>
/// Represents one article to write: its draft facts and the ledger row to record with them.
/// </summary>
/// <param name="Draft">The article's draft facts.</param>
/// <param name="Entry">The ledger row.</param>
public sealed record ArticleWrite(ArticleDraft Draft, LedgerEntry Entry);
