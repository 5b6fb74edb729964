namespace GraphBuilder.Graph.Storage;

/// <summary>
/// Enumerates what became of an article the ingestion saw.
/// </summary>
public enum ArticleStatus
{
    /// <summary>The article's facts are in the graph (and in every configured external sink).</summary>
    Ingested = 0,

    /// <summary>The article is a copy or near-copy of another article; its facts are not counted twice.</summary>
    Duplicate,

    /// <summary>The article could not be ingested; the ledger says why.</summary>
    Failed,

    /// <summary>The article's facts are in the embedded store but an external sink has not confirmed them yet.</summary>
    Pending,
}
