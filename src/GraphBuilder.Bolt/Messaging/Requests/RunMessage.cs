using GraphBuilder.Bolt.PackStream;

namespace GraphBuilder.Bolt.Messaging.Requests;

/// <summary>
/// RUN (0x10): query, parameters, extra. Inside an explicit transaction extra is an empty dictionary.
/// </summary>
/// <param name="Query">The Cypher text.</param>
/// <param name="Parameters">The query parameters.</param>
/// <param name="Extra">The auto-commit metadata, or empty inside an explicit transaction.</param>
internal sealed record RunMessage(
    string Query,
    IReadOnlyDictionary<string, object?> Parameters,
    IReadOnlyDictionary<string, object?> Extra) : IRequestMessage
{
    /// <inheritdoc/>
    public byte Signature => MessageSignature.Run;

    /// <inheritdoc/>
    public void Encode(PackStreamWriter writer)
    {
        writer.WriteStructureHeader(3, Signature);
        writer.WriteString(Query);
        writer.WriteMap(Parameters);
        writer.WriteMap(Extra);
    }
}
