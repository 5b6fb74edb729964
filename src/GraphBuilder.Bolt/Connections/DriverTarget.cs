using System.Net;

namespace GraphBuilder.Bolt.Connections;

/// <summary>
/// What a driver URI means: the first server, whether to route, how to encrypt and the routing context.
/// </summary>
/// <param name="Address">The server in the URI.</param>
/// <param name="Routing">Whether the scheme is neo4j (routing) rather than bolt (one server).</param>
/// <param name="Tls">The encryption mode from the scheme suffix.</param>
/// <param name="RoutingContext">The routing context sent in HELLO and ROUTE: "address" plus the URI query.</param>
internal sealed record DriverTarget(
    ServerAddress Address,
    bool Routing,
    TlsMode Tls,
    IReadOnlyDictionary<string, object?> RoutingContext)
{
    /// <summary>Parses a bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s:// or neo4j+ssc:// URI.</summary>
    /// <param name="uri">The URI text.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException">The URI is not a Bolt URI.</exception>
    public static DriverTarget Parse(string uri)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(uri);
        var separator = uri.IndexOf("://", StringComparison.Ordinal);
        if (separator < 0)
        {
            throw new ArgumentException($"'{uri}' is not a Bolt URI.", nameof(uri));
        }

        var scheme = uri[..separator].ToUpperInvariant();
        var (routing, tls) = scheme switch
        {
            "BOLT" => (false, TlsMode.None),
            "BOLT+S" => (false, TlsMode.Verified),
            "BOLT+SSC" => (false, TlsMode.TrustAll),
            "NEO4J" => (true, TlsMode.None),
            "NEO4J+S" => (true, TlsMode.Verified),
            "NEO4J+SSC" => (true, TlsMode.TrustAll),
            _ => throw new ArgumentException($"Unsupported URI scheme '{uri[..separator]}'; use bolt, neo4j, and +s or +ssc for TLS.", nameof(uri)),
        };

        var rest = uri[(separator + 3)..];
        var query = string.Empty;
        var question = rest.IndexOf('?', StringComparison.Ordinal);
        if (question >= 0)
        {
            query = rest[(question + 1)..];
            rest = rest[..question];
        }

        rest = rest.TrimEnd('/');
        if (rest.Contains('/', StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{uri}' has a path; Bolt URIs are scheme://host[:port][?routing context].", nameof(uri));
        }

        var address = ServerAddress.Parse(rest);
        var context = new Dictionary<string, object?>(StringComparer.Ordinal) { ["address"] = address.ToString() };
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = WebUtility.UrlDecode(equals < 0 ? pair : pair[..equals]);
            if (key == "address")
            {
                throw new ArgumentException("The routing context may not contain 'address'.", nameof(uri));
            }

            context[key] = equals < 0 ? string.Empty : WebUtility.UrlDecode(pair[(equals + 1)..]);
        }

        return new DriverTarget(address, routing, tls, context);
    }
}
