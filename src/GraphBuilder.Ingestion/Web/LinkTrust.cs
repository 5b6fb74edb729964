namespace GraphBuilder.Ingestion.Web;

/// <summary>
/// Says which addresses a fetch may reach: the operator's own configured address is trusted as given, while every
/// address the remote side chooses (a feed's item links, every redirect) is checked against <see cref="AddressRules"/>.
/// </summary>
/// <param name="FirstHopTrusted">Whether the first address is the operator's own configuration, fetched as given.</param>
/// <param name="AllowPrivate">Whether loopback and private-network addresses may be reached by checked hops.</param>
internal readonly record struct LinkTrust(bool FirstHopTrusted, bool AllowPrivate)
{
    /// <summary>The key under which a request carries the trust of its hop, for the connection guard.</summary>
    public static readonly HttpRequestOptionsKey<LinkTrust> RequestKey = new("GraphBuilder.LinkTrust");
}
