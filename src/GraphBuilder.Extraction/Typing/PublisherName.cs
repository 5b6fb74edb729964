using System.Collections.Frozen;

namespace GraphBuilder.Extraction.Typing;

/// <summary>
/// Reads the publisher's own name from an article's address: news names its outlet ("Wikinews interviews …", "told the
/// BBC", "The Guardian has learned"), and the address says which outlet that is.
/// </summary>
internal static class PublisherName
{
    // Second-level labels under which sites register in some countries: the site's name is the label before them
    // (bbc.co.uk, abc.net.au).
    private static readonly FrozenSet<string> RegistryLabels = FrozenSet.ToFrozenSet(
        ["co", "com", "org", "net", "ac", "gov", "govt", "edu", "or", "ne", "gob", "nic"],
        StringComparer.OrdinalIgnoreCase);

    // Labels that name a kind of site, not an outlet: "news.example" tells nothing about a word "News" in the text.
    private static readonly FrozenSet<string> GenericLabels = FrozenSet.ToFrozenSet(
        ["news", "www", "web", "blog", "blogs", "mail", "online", "media", "home", "site", "feeds", "feed", "rss", "example", "localhost"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Returns the label of an article's address that names its site, such as <c>wikinews</c> for <c>https://en.wikinews.org/wiki/…</c>.</summary>
    /// <param name="address">The article's address, or anything else its source gave as its identifier.</param>
    /// <returns>The label in lower case, or <see langword="null"/> when the address is no web address or names no outlet.</returns>
    public static string? SiteLabel(string? address)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https")
            || uri.HostNameType != UriHostNameType.Dns)
        {
            return null;
        }

        var labels = uri.IdnHost.Split('.');
        var site = labels.Length - 2;
        if (site >= 1 && labels[^1].Length == 2 && RegistryLabels.Contains(labels[site]))
        {
            site--;
        }

        if (site < 0)
        {
            return null;
        }

        var label = labels[site].ToLowerInvariant();
        return label.Length >= 3 && label.All(char.IsAsciiLetterOrDigit) && !GenericLabels.Contains(label) ? label : null;
    }

    /// <summary>Tells whether words spell a site's label: their letters and digits, in lower case and run together.</summary>
    /// <param name="words">The words, in order.</param>
    /// <param name="label">The site's label in lower case.</param>
    /// <returns><see langword="true"/> when the words spell the label exactly ("The Globe and Mail" for <c>theglobeandmail</c>).</returns>
    public static bool Spells(IEnumerable<string> words, string label)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(label);
        var at = 0;
        foreach (var word in words)
        {
            foreach (var c in word)
            {
                if (!char.IsAsciiLetterOrDigit(c))
                {
                    continue;
                }

                if (at == label.Length || char.ToLowerInvariant(c) != label[at])
                {
                    return false;
                }

                at++;
            }
        }

        return at == label.Length;
    }
}
