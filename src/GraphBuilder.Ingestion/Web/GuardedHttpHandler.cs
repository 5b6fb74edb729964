using System.Net;
using System.Net.Sockets;

namespace GraphBuilder.Ingestion.Web;

/// <summary>
/// Builds the HTTP handler that feeds and pages are fetched through. It follows no redirect itself (the fetcher
/// re-checks every hop) and checks the address it actually connects to, so a host name that resolves to a public
/// address when checked and to a private one when connecting (DNS rebinding) is still refused.
/// </summary>
internal static class GuardedHttpHandler
{
    /// <summary>Creates the handler.</summary>
    /// <returns>A handler for the feeds' named HTTP client.</returns>
    public static SocketsHttpHandler Create() => new()
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectCallback = ConnectAsync,
    };

    private static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var request = context.InitialRequestMessage;
        var target = request.RequestUri;

        // Through a proxy the connection goes to the proxy, which the operator configured; the target's own address
        // was checked by the fetcher before the request was sent.
        var direct = target is null || string.Equals(target.IdnHost, context.DnsEndPoint.Host, StringComparison.OrdinalIgnoreCase);
        var addresses = IPAddress.TryParse(context.DnsEndPoint.Host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken).ConfigureAwait(false);
        if (direct && request.Options.TryGetValue(LinkTrust.RequestKey, out var trust))
        {
            foreach (var address in addresses)
            {
                var scope = AddressRules.Classify(address);
                if (scope == AddressScope.Forbidden || (scope == AddressScope.Private && !trust.AllowPrivate))
                {
                    throw new LinkRefusedException(AddressRules.Refusal(address, scope));
                }
            }
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
