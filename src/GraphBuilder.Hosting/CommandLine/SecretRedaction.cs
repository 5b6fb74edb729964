using Microsoft.Extensions.Configuration;

namespace GraphBuilder.Hosting.CommandLine;

/// <summary>
/// Hides the values of settings named like secrets (password, secret, token, API key, key) in text the program is about
/// to print, as a last line of defence: messages from libraries sometimes echo the value they could not use.
/// </summary>
public static class SecretRedaction
{
    /// <summary>What a secret is replaced by.</summary>
    public const string Mask = "***";

    private static readonly string[] SecretWords = ["password", "secret", "token", "apikey", "key", "credentials"];

    /// <summary>Tells whether a configuration key names a secret.</summary>
    /// <param name="key">The key, such as <c>GraphBuilder:Neo4j:Password</c>.</param>
    /// <returns>Whether its last segment contains a secret's word.</returns>
    public static bool IsSecretKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var name = key[(key.LastIndexOf(':') + 1)..].Replace("_", string.Empty, StringComparison.Ordinal);
        return SecretWords.Any(word => name.Contains(word, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Replaces every secret setting's value in a text by <see cref="Mask"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="configuration">The configuration whose secrets to hide.</param>
    /// <returns>The text without them.</returns>
    public static string Redact(string text, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(configuration);

        // Longest first, so that a secret containing another is hidden whole; very short values would mask ordinary words.
        var secrets = configuration.AsEnumerable()
            .Where(pair => pair.Value is { Length: >= 4 } && IsSecretKey(pair.Key))
            .Select(pair => pair.Value!)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(value => value.Length);
        foreach (var secret in secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
            var escaped = Uri.EscapeDataString(secret);
            if (escaped != secret)
            {
                text = text.Replace(escaped, Mask, StringComparison.Ordinal);
            }
        }

        return text;
    }
}
