namespace GraphBuilder.Ingestion.Web;

/// <summary>
/// Says how far an IP address may be trusted as the target of a link that came from the open web.
/// </summary>
internal enum AddressScope
{
    /// <summary>A public internet address: links to it are followed.</summary>
    Public,

    /// <summary>A loopback or private-network address: followed only when the source allows private links.</summary>
    Private,

    /// <summary>A link-local, cloud metadata, unspecified or multicast address: never followed.</summary>
    Forbidden,
}
