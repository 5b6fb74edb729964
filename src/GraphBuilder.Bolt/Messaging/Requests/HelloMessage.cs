using GraphBuilder.Bolt.PackStream;

namespace GraphBuilder.Bolt.Messaging.Requests;

/// <summary>
/// HELLO (0x01) extra: user_agent, bolt_agent (5.3+), routing, notification filters (5.2+) and, before 5.1, the auth token.
/// </summary>
/// <param name="Extra">The message's single dictionary field.</param>
internal sealed record HelloMessage(IReadOnlyDictionary<string, object?> Extra) : IRequestMessage
{
    /// <inheritdoc/>
    public byte Signature => MessageSignature.Hello;

    /// <inheritdoc/>
    public void Encode(PackStreamWriter writer)
    {
        writer.WriteStructureHeader(1, Signature);
        writer.WriteMap(Extra);
    }
}
