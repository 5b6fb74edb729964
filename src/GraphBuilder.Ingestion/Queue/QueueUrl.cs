namespace GraphBuilder.Ingestion.Queue;

/// <summary>
/// Shows a queue server's URL without the user, password or token it may carry, for messages and logs.
/// </summary>
public static class QueueUrl
{
    /// <summary>Removes the credentials from a URL.</summary>
    /// <param name="url">The URL as configured.</param>
    /// <returns>The URL without its user information; a text that is not a URL comes back with everything before an <c>@</c> cut.</returns>
    public static string Redact(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var parts = url.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return string.Join(",", parts.Select(RedactOne));
    }

    private static string RedactOne(string url)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            var bare = string.IsNullOrEmpty(uri.UserInfo) ? uri : new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty }.Uri;
            return bare.GetLeftPart(UriPartial.Authority);
        }

        var at = url.LastIndexOf('@');
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        return at < 0 ? url : (scheme >= 0 ? url[..(scheme + 3)] : string.Empty) + url[(at + 1)..];
    }
}
