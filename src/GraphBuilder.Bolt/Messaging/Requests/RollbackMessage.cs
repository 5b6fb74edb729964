using GraphBuilder.Bolt.PackStream;

namespace GraphBuilder.Bolt.Messaging.Requests;

/// <summary>
/// ROLLBACK (0x13): rolls back the explicit transaction.
/// </summary>
internal sealed record RollbackMessage : IRequestMessage
{
    /// <summary>Gets the only instance; the message has no fields.</summary>
    public static readonly RollbackMessage Instance = new();

    private RollbackMessage()
    {
    }

    /// <inheritdoc/>
    public byte Signature => MessageSignature.Rollback;

    /// <inheritdoc/>
    public void Encode(PackStreamWriter writer) => writer.WriteStructureHeader(0, Signature);
}
