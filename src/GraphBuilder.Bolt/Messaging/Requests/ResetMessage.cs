using GraphBuilder.Bolt.PackStream;

namespace GraphBuilder.Bolt.Messaging.Requests;

/// <summary>
/// RESET (0x0F): interrupts the current work, clears a FAILED state and returns the connection to READY.
/// </summary>
internal sealed record ResetMessage : IRequestMessage
{
    /// <summary>Gets the only instance; the message has no fields.</summary>
    public static readonly ResetMessage Instance = new();

    private ResetMessage()
    {
    }

    /// <inheritdoc/>
    public byte Signature => MessageSignature.Reset;

    /// <inheritdoc/>
    public void Encode(PackStreamWriter writer) => writer.WriteStructureHeader(0, Signature);
}
