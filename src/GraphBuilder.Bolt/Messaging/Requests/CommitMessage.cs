using GraphBuilder.Bolt.PackStream;

namespace GraphBuilder.Bolt.Messaging.Requests;

/// <summary>
/// COMMIT (0x12): commits the explicit transaction; SUCCESS carries its bookmark.
/// </summary>
internal sealed record CommitMessage : IRequestMessage
{
    /// <summary>Gets the only instance; the message has no fields.</summary>
    public static readonly CommitMessage Instance = new();

    private CommitMessage()
    {
    }

    /// <inheritdoc/>
    public byte Signature => MessageSignature.Commit;

    /// <inheritdoc/>
    public void Encode(PackStreamWriter writer) => writer.WriteStructureHeader(0, Signature);
}
