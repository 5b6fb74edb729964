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

    /// <summary>Tells whether "-based" (or "-headquartered") is written right after a name.</summary>
    /// <param name="text">The document's text.</param>
    /// <param name="end">The index just past the name.</param>
    /// <returns><see langword="true"/> for "Port Calder-based", "Pune-headquartered".</returns>
    public static bool Follows(string text, int end) => Length(text, end) > 0;

    /// <summary>Gets the length of the "-based" or "-headquartered" written right after a name.</summary>
    /// <param name="text">The document's text.</param>
    /// <param name="end">The index just past the name.</param>
    /// <returns>The suffix's length with its hyphen, or 0 when none follows.</returns>
    public static int Length(string text, int end)
    {
        if (end >= text.Length || text[end] is not ('-' or '\u2010' or '\u2011'))
        {
            return 0;
        }

        var rest = text.AsSpan(end + 1);
        return rest.StartsWith("based", StringComparison.Ordinal) ? 6
            : rest.StartsWith("headquartered", StringComparison.Ordinal) ? 14
            : 0;
    }

    /// <summary>Tells whether a noun names a body or a business ("committee", "startup", "airline").</summary>
    /// <param name="noun">The noun, in lower case.</param>
    /// <returns><see langword="true"/> for a body's or a business's noun.</returns>
    public static bool IsBodyNoun(string noun) => RoleWords.OrganizationHeads.Contains(noun) || BusinessNouns.Contains(noun);

    /// <summary>Finds the noun after a name and "-based" that names a body or a business.</summary>
    /// <param name="text">The document's text.</param>
    /// <param name="end">The index just past the name.</param>
    /// <param name="after">The word after the noun ("Fjord" in "the Oslo-based group Fjord Watch"), or an empty string.</param>
    /// <returns>The noun, or <see langword="null"/> when none follows.</returns>
    public static string? BodyNoun(string text, int end, out string after) => BodyNoun(text, end, out after, out _);

    /// <summary>
    /// Finds the noun after a name and "-based" that names a body or a business, past one lower-case word that says what
    /// the business does ("a Halifax-based polling firm", "a London-based law firm").
    /// </summary>
    /// <param name="text">The document's text.</param>
    /// <param name="end">The index just past the name.</param>
    /// <param name="after">The word after the noun, or an empty string.</param>
    /// <param name="words">How many words the noun is after the compound: 1, or 2 past a modifier.</param>
    /// <returns>The noun, or <see langword="null"/> when none follows.</returns>
    public static string? BodyNoun(string text, int end, out string after, out int words)
    {
        after = string.Empty;
        words = 1;
        var length = Length(text, end);
        if (length == 0 || end + length >= text.Length || text[end + length] != ' ')
        {
            return null;
        }

        var noun = WordAt(text, end + length + 1, out var next);
        if (noun.Length > 2 && !IsBodyNoun(noun) && noun.All(char.IsAsciiLetterLower) && next < text.Length && text[next] == ' ')
        {
            noun = WordAt(text, next + 1, out next);
            words = 2;
        }

        // What is based somewhere is a body, so a district that is is a water or a school district ("the Mandaue
        // City-based water district").
        if (noun.Length == 0 || !(IsBodyNoun(noun) || noun == "district"))
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
