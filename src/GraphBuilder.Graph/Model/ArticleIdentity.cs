using System.Security.Cryptography;
using System.Text;

namespace GraphBuilder.Graph.Model;

/// <summary>
/// Derives articles' stable identifiers and content hashes.
/// </summary>
public static class ArticleIdentity
{
    /// <summary>Returns the SHA-256 of a text's UTF-8 bytes, as lowercase hex.</summary>
    /// <param name="text">The text.</param>
    /// <returns>64 hex digits.</returns>
    public static string ContentHash(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>
    /// Returns an article's identifier: from its URL when it has one (so an edited article keeps its identity),
    /// otherwise from its content hash.
    /// </summary>
    /// <param name="url">The article's URL, or <see langword="null"/>.</param>
    /// <param name="contentHash">The article's content hash.</param>
    /// <returns>An identifier such as <c>article:u-3f2c9a0b1d4e5f60</c>.</returns>
    public static string For(string? url, string contentHash)
    {
        ArgumentNullException.ThrowIfNull(contentHash);
        if (!string.IsNullOrWhiteSpace(url))
        {
            var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(NormalizeUrl(url))));
            return "article:u-" + digest[..16];
        }

        return "article:h-" + contentHash[..16];
    }

    /// <summary>Normalises a URL so that trivially different spellings of it give one identifier.</summary>
    /// <param name="url">The URL.</param>
    /// <returns>The URL with a lowercase scheme and host, no fragment and no trailing slash.</returns>
    public static string NormalizeUrl(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var trimmed = url.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri))
        {
            return trimmed;
        }

        var builder = new UriBuilder(uri) { Fragment = string.Empty };
        var text = builder.Uri.GetComponents(UriComponents.AbsoluteUri & ~UriComponents.Fragment, UriFormat.UriEscaped);
        return text.Length > 1 && text.EndsWith('/') && uri.AbsolutePath != "/" ? text[..^1] : text;
    }
}
