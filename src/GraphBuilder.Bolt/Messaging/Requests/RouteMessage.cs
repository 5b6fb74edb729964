using GraphBuilder.Bolt.PackStream;

namespace GraphBuilder.Bolt.Messaging.Requests;

/// <summary>
/// ROUTE (0x66, 4.4+ form): routing context, bookmarks, extra {db, imp_user}.
/// </summary>
/// <param name="Routing">The routing context, including "address".</param>
/// <param name="Bookmarks">The bookmarks the routing table must reflect.</param>
/// <param name="Extra">The database and impersonated user.</param>
internal sealed record RouteMessage(
    IReadOnlyDictionary<string, object?> Routing,
    IReadOnlyList<string> Bookmarks,
    IReadOnlyDictionary<string, object?> Extra) : IRequestMessage
{
    /// <inheritdoc/>
    public byte Signature => MessageSignature.Route;

    /// <inheritdoc/>
    public void Encode(PackStreamWriter writer)
    {
        writer.WriteStructureHeader(3, Signature);
        writer.WriteMap(Routing);
        writer.WriteStringList(Bookmarks);
        writer.WriteMap(Extra);
    }
}
