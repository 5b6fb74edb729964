namespace GraphBuilder.Bolt.Messaging.Responses;

/// <summary>
/// FAILURE (0x7F) metadata: {code, message} up to 5.6; {neo4j_code, message, gql_status, ...} from 5.7.
/// </summary>
/// <param name="Metadata">The metadata dictionary.</param>
internal sealed record FailureMessage(IReadOnlyDictionary<string, object?> Metadata) : IResponseMessage
{
    /// <inheritdoc/>
    public bool IsSummary => true;

    /// <summary>Gets the server's message.</summary>
    public string Message => Metadata.TryGetValue("message", out var value) && value is string s ? s : "(no message)";
}
