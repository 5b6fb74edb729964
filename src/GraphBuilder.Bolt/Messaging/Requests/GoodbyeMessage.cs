using GraphBuilder.Bolt.PackStream;

namespace GraphBuilder.Bolt.Messaging.Requests;

/// <summary>
/// GOODBYE (0x02): the client is closing; the server sends no reply and closes the socket.
/// </summary>
internal sealed record GoodbyeMessage : IRequestMessage
{
    /// <summary>Gets the only instance; the message has no fields.</summary>
    public static readonly GoodbyeMessage Instance = new();

    private GoodbyeMessage()
    {
    }

    /// <inheritdoc/>
    public byte Signature => MessageSignature.Goodbye;

    /// <inheritdoc/>
    public void Encode(PackStreamWriter writer) => writer.WriteStructureHeader(0, Signature);
}
