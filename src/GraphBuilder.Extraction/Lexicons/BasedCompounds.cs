using System.Collections.Frozen;

namespace GraphBuilder.Extraction.Lexicons;

/// <summary>
/// Reads the compound "X-based" ("the Port Calder-based company", "a Trieste-based ferry operator"), which says where
/// the body after it is based.
/// </summary>
internal static class BasedCompounds
{
    // Nouns for a business besides a body's heads ("the Oslo-based group", "a Perth-based miner").
    private static readonly FrozenSet<string> BusinessNouns = FrozenSet.ToFrozenSet(
        [
            "startup", "charity", "broadcaster", "insurer", "lender", "carrier", "airline", "developer", "retailer",
            "manufacturer", "publisher", "producer", "refiner", "miner", "operator", "explorer", "conglomerate", "start-up",
            "maker", "brand", "chain", "studio", "nonprofit", "non-profit",
        ],
        StringComparer.Ordinal);

    /// <summary>Tells whether "-based" is written right after a name.</summary>
    /// <param name="text">The document's text.</param>
    /// <param name="end">The index just past the name.</param>
    /// <returns><see langword="true"/> for "Port Calder-based".</returns>
    public static bool Follows(string text, int end) =>
        end + 6 <= text.Length && text[end] is '-' or '\u2010' or '\u2011' && text.AsSpan(end + 1).StartsWith("based", StringComparison.Ordinal);

    /// <summary>Tells whether a noun names a body or a business ("committee", "startup", "airline").</summary>
    /// <param name="noun">The noun, in lower case.</param>
    /// <returns><see langword="true"/> for a body's or a business's noun.</returns>
    public static bool IsBodyNoun(string noun) => RoleWords.OrganizationHeads.Contains(noun) || BusinessNouns.Contains(noun);

    /// <summary>Finds the noun after a name and "-based" that names a body or a business.</summary>
    /// <param name="text">The document's text.</param>
    /// <param name="end">The index just past the name.</param>
    /// <param name="after">The word after the noun ("Fjord" in "the Oslo-based group Fjord Watch"), or an empty string.</param>
    /// <returns>The noun, or <see langword="null"/> when none follows.</returns>
    public static string? BodyNoun(string text, int end, out string after)
    {
        after = string.Empty;
        if (!Follows(text, end) || end + 6 >= text.Length || text[end + 6] != ' ')
        {
            return null;
        }

        var noun = WordAt(text, end + 7, out var next);
        if (noun.Length == 0 || !IsBodyNoun(noun))
        {
            return null;
        }

        after = next < text.Length && text[next] == ' ' ? WordAt(text, next + 1, out _) : string.Empty;
        return noun;
    }

    private static string WordAt(string text, int start, out int end)
    {
        end = start;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '-'))
        {
            end++;
        }

        return text[start..end];
    }
}
