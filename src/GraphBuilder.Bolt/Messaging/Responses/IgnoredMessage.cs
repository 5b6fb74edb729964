namespace GraphBuilder.Bolt.Messaging.Responses;

/// <summary>
/// IGNORED (0x7E): the server skipped the request because it is in the FAILED or INTERRUPTED state.
/// </summary>
internal sealed record IgnoredMessage : IResponseMessage
{
    /// <summary>Gets the only instance.</summary>
    public static readonly IgnoredMessage Instance = new();

    private IgnoredMessage()
    {
    }

    /// <inheritdoc/>
    public bool IsSummary => true;
}
