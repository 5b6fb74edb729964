using System.Net;

namespace GraphBuilder.Explorer;

/// <summary>
/// Decides whether the explorer may listen where it is asked to: on loopback always, beyond it only with a credential.
/// </summary>
public static class ExplorerBinding
{
    /// <summary>Splits a <c>--urls</c> value into its URLs.</summary>
    /// <param name="urls">URLs separated by semicolons.</param>
    /// <returns>The URLs.</returns>
    public static IReadOnlyList<string> Split(string urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        return [.. urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }

    /// <summary>Says why the explorer must not listen on these URLs, or nothing when it may.</summary>
    /// <param name="urls">The URLs.</param>
    /// <param name="options">The options, with the credential if one is configured.</param>
    /// <returns>The reason, or <see langword="null"/>.</returns>
    public static string? Refusal(IReadOnlyList<string> urls, ExplorerOptions options)
    {
        ArgumentNullException.ThrowIfNull(urls);
        ArgumentNullException.ThrowIfNull(options);
        if (urls.Count == 0)
        {
            return "no URL to listen on";
        }

        foreach (var url in urls)
        {
            if (!TryHost(url, out var host))
            {
                return $"'{url}' is not an http:// or https:// URL";
            }

            if (!IsLoopback(host) && !options.RequiresCredential)
            {
                return $"'{url}' listens beyond this machine; configure {ExplorerOptions.SectionName}:ApiKey "
                    + $"(or {ExplorerOptions.SectionName}:User and Password) first, or listen on http://127.0.0.1";
            }
        }

        return null;
    }

    /// <summary>Whether a host name or address is this machine's loopback.</summary>
    /// <param name="host">A host name or address, IPv6 with or without brackets.</param>
    /// <returns><see langword="true"/> for <c>localhost</c>, 127.0.0.0/8 and ::1.</returns>
    public static bool IsLoopback(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var bare = host.Trim('[', ']');
        return string.Equals(bare, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(bare, out var address) && IPAddress.IsLoopback(address));
    }

    private static bool TryHost(string url, out string host)
    {
        host = string.Empty;
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        if (scheme <= 0 || !(url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        // Kestrel takes wildcards (*, +) that Uri does not: read the host by hand, up to the port or path.
        var rest = url[(scheme + 3)..];
        var end = rest.StartsWith('[') ? rest.IndexOf(']', StringComparison.Ordinal) + 1 : rest.IndexOfAny([':', '/']);
        host = end <= 0 ? rest : rest[..end];
        return host.Length > 0;
    }
}
