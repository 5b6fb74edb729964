namespace GraphBuilder.Nlp.Documents;

/// <summary>
/// Represents what is known about a text before it is annotated.
/// </summary>
public sealed record DocumentMetadata
{
    /// <summary>Gets the caller's identifier for the document, if any.</summary>
    public string? Id { get; init; }

    /// <summary>Gets the document's title, if any.</summary>
    public string? Title { get; init; }

    /// <summary>
    /// Gets the document's publication time, the reference point for relative dates such as <c>on Thursday</c>.
    /// </summary>
    public DateTimeOffset? PublishedAt { get; init; }
}
