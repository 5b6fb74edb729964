namespace GraphBuilder.Queue.Nats;

/// <summary>
/// Represents one item of a source as it travels through the work stream: the article itself (text and metadata), an
/// input that could not be read (with the reason), or, for a file whose article is too large for one message, the
/// file's path for the consumer to read again from the folder the workers share.
/// </summary>
/// <param name="Source">The name of the source.</param>
/// <param name="Location">Where the item came from.</param>
internal sealed record WorkMessage(string Source, string Location)
{
    /// <summary>Gets the hash of the article's text, or of the unreadable input's bytes.</summary>
    public string? ContentHash { get; init; }

    /// <summary>Gets why the input could not be read, when it could not.</summary>
    public string? Failure { get; init; }

    /// <summary>Gets the article's text, when it travels in the message.</summary>
    public string? Text { get; init; }

    /// <summary>Gets the article's title, if known.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the article's URL, if known.</summary>
    public string? Url { get; init; }

    /// <summary>Gets the outlet that published the article, if known.</summary>
    public string? Publisher { get; init; }

    /// <summary>Gets the publication time, if known.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>Gets a value indicating whether the consumer reads the file at <see cref="Location"/> itself.</summary>
    public bool ReadFile { get; init; }
}
