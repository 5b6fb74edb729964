using GraphBuilder.Bolt.PackStream;

namespace GraphBuilder.Bolt.Messaging.Requests;

/// <summary>
/// BEGIN (0x11) extra: bookmarks, tx_timeout (ms), tx_metadata, mode, db, imp_user, notification filters.
/// </summary>
/// <param name="Extra">The message's single dictionary field.</param>
internal sealed record BeginMessage(IReadOnlyDictionary<string, object?> Extra) : IRequestMessage
{
    /// <inheritdoc/>
    public byte Signature => MessageSignature.Begin;

    /// <inheritdoc/>
    public void Encode(PackStreamWriter writer)
    {
        writer.WriteStructureHeader(1, Signature);
        writer.WriteMap(Extra);
    }
}
