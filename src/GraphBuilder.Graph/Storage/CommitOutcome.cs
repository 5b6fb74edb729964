namespace GraphBuilder.Graph.Storage;

/// <summary>
/// Enumerates what writing an article did to the store.
/// </summary>
public enum CommitOutcome
{
    /// <summary>The article was new.</summary>
    Created = 0,

    /// <summary>The article existed and its facts were replaced.</summary>
    Replaced,

    /// <summary>The article existed with the same content and pipeline version; nothing changed.</summary>
    Unchanged,
}
