using System.Globalization;

namespace GraphBuilder.Bolt.Connections;

/// <summary>
/// Represents a server's host and port, written "host:port" ("[::1]:7687" for IPv6).
/// </summary>
/// <param name="Host">The host name or IP address, without brackets.</param>
/// <param name="Port">The TCP port.</param>
internal readonly record struct ServerAddress(string Host, int Port)
{
    /// <summary>The default Bolt port, 7687.</summary>
    public const int DefaultPort = 7687;

    /// <summary>Parses "host", "host:port", "[v6]" or "[v6]:port".</summary>
    /// <param name="text">The address text.</param>
    /// <returns>The address.</returns>
    /// <exception cref="FormatException">The text is not an address.</exception>
    public static ServerAddress Parse(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (text.StartsWith('['))
        {
            var close = text.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                throw new FormatException($"'{text}' is not a valid server address.");
            }

            var host = text[1..close];
            var rest = text[(close + 1)..];
            return new ServerAddress(host, rest.StartsWith(':') ? ParsePort(rest[1..], text) : DefaultPort);
        }

        var colon = text.LastIndexOf(':');
        return colon < 0 ? new ServerAddress(text, DefaultPort) : new ServerAddress(text[..colon], ParsePort(text[(colon + 1)..], text));
    }

    /// <inheritdoc/>
    public override string ToString() =>
        Host.Contains(':', StringComparison.Ordinal)
            ? string.Create(CultureInfo.InvariantCulture, $"[{Host}]:{Port}")
            : string.Create(CultureInfo.InvariantCulture, $"{Host}:{Port}");

    private static int ParsePort(string port, string text) =>
        int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is > 0 and <= 65535
            ? value
            : throw new FormatException($"'{text}' has an invalid port.");
}
