using GraphBuilder.Bolt.Connections;

namespace GraphBuilder.Bolt.Routing;

/// <summary>
/// Represents the routing table of one database: routers, readers and writers, valid until <see cref="ExpiresAt"/>.
/// </summary>
/// <param name="Database">The database the table is for ("" for the home database).</param>
/// <param name="Routers">Servers that answer ROUTE.</param>
/// <param name="Readers">Servers that take reads.</param>
/// <param name="Writers">Servers that take writes.</param>
/// <param name="ExpiresAt">When the table's TTL runs out.</param>
internal sealed record RoutingTable(
    string Database,
    IReadOnlyList<ServerAddress> Routers,
    IReadOnlyList<ServerAddress> Readers,
    IReadOnlyList<ServerAddress> Writers,
    DateTimeOffset ExpiresAt)
{
    /// <summary>
    /// Reads the "rt" dictionary of a ROUTE SUCCESS:
    /// {ttl, db, servers: [{addresses, role: ROUTE|READ|WRITE}]}.
    /// </summary>
    /// <param name="database">The requested database key.</param>
    /// <param name="rt">The "rt" value.</param>
    /// <param name="now">The current time.</param>
    /// <returns>The table.</returns>
    /// <exception cref="BoltProtocolException">The reply is malformed.</exception>
    public static RoutingTable Parse(string database, object? rt, DateTimeOffset now)
    {
        if (rt is not IReadOnlyDictionary<string, object?> table
            || !table.TryGetValue("ttl", out var ttlValue) || ttlValue is not long ttl
            || !table.TryGetValue("servers", out var serversValue) || serversValue is not IReadOnlyList<object?> servers)
        {
            throw new BoltProtocolException("The ROUTE reply has no valid routing table.");
        }

        var routers = new List<ServerAddress>();
        var readers = new List<ServerAddress>();
        var writers = new List<ServerAddress>();
        foreach (var server in servers.OfType<IReadOnlyDictionary<string, object?>>())
        {
            var role = server.TryGetValue("role", out var r) ? r as string : null;
            var addresses = server.TryGetValue("addresses", out var a) && a is IReadOnlyList<object?> list
                ? list.OfType<string>().Select(ServerAddress.Parse)
                : [];
            var target = role switch
            {
                "ROUTE" => routers,
                "READ" => readers,
                "WRITE" => writers,
                _ => null,
            };
            target?.AddRange(addresses);
        }

        // expiry = now + ttl seconds; an overflow is clamped to the maximum.
        var expiresAt = ttl >= (long)(DateTimeOffset.MaxValue - now).TotalSeconds ? DateTimeOffset.MaxValue : now.AddSeconds(Math.Max(0, ttl));
        return new RoutingTable(database, routers, readers, writers, expiresAt);
    }

    /// <summary>Decides whether the table must be refreshed before serving <paramref name="mode"/>.</summary>
    /// <param name="mode">The access mode.</param>
    /// <param name="now">The current time.</param>
    /// <returns><see langword="true"/> when expired, without routers, or without servers for the mode.</returns>
    public bool IsStaleFor(BoltAccessMode mode, DateTimeOffset now) =>
        now >= ExpiresAt || Routers.Count == 0 || (mode == BoltAccessMode.Read ? Readers.Count == 0 : Writers.Count == 0);

    /// <summary>Removes a server from the readers and writers (it stays a router).</summary>
    /// <param name="address">The server.</param>
    /// <returns>The new table.</returns>
    public RoutingTable Forget(ServerAddress address) =>
        this with { Readers = [.. Readers.Where(a => a != address)], Writers = [.. Writers.Where(a => a != address)] };

    /// <summary>Removes a server from the writers only.</summary>
    /// <param name="address">The server.</param>
    /// <returns>The new table.</returns>
    public RoutingTable ForgetWriter(ServerAddress address) => this with { Writers = [.. Writers.Where(a => a != address)] };
}
