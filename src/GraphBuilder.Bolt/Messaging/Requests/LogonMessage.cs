using GraphBuilder.Bolt.PackStream;

namespace GraphBuilder.Bolt.Messaging.Requests;

/// <summary>
/// LOGON (0x6A, 5.1+) auth: scheme, principal, credentials.
/// </summary>
/// <param name="Auth">The message's single dictionary field.</param>
internal sealed record LogonMessage(IReadOnlyDictionary<string, object?> Auth) : IRequestMessage
{
    /// <inheritdoc/>
    public byte Signature => MessageSignature.Logon;

    /// <inheritdoc/>
    public void Encode(PackStreamWriter writer)
    {
        writer.WriteStructureHeader(1, Signature);
        writer.WriteMap(Auth);
    }
}
