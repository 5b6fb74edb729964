namespace GraphBuilder.Graph.Storage;

/// <summary>
/// Represents the result of writing one article to the store.
/// </summary>
/// <param name="Outcome">What the write did.</param>
/// <param name="Changes">What the write touched.</param>
public sealed record ArticleCommit(CommitOutcome Outcome, GraphChangeSet Changes);
