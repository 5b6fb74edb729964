using GraphBuilder.Bolt.PackStream;

namespace GraphBuilder.Bolt.Messaging.Requests;

/// <summary>
/// LOGOFF (0x6B, 5.1+): logs the connection off, back to the AUTHENTICATION state.
/// </summary>
internal sealed record LogoffMessage : IRequestMessage
{
    /// <summary>Gets the only instance; the message has no fields.</summary>
    public static readonly LogoffMessage Instance = new();

    private LogoffMessage()
    {
    }

    /// <inheritdoc/>
    public byte Signature => MessageSignature.Logoff;

    /// <inheritdoc/>
    public void Encode(PackStreamWriter writer) => writer.WriteStructureHeader(0, Signature);
}
