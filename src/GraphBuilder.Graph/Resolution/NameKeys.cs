using System.Collections.Frozen;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Resolution;

/// <summary>
/// Normalises names for comparison within an article and for display: case, diacritics, punctuation, titles and a
/// leading article do not count, so <c>WikiLeaks</c>, <c>Wikileaks</c> and <c>Sen. Bernie Sanders</c>/<c>Bernie
/// Sanders</c> compare equal.
/// </summary>
public static class NameKeys
{
    private static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
        [
            "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady",
            "sen", "senator", "rep", "representative", "gov", "governor", "president", "vice", "prime", "minister",
            "chancellor", "secretary", "gen", "general", "col", "colonel", "capt", "captain", "lt", "sgt",
            "judge", "justice", "rev", "reverend", "pope", "king", "queen", "prince", "princess", "mayor",
            "chairman", "chairwoman", "chairperson", "ceo", "director", "ambassador", "st",
            "professor", "emeritus", "commissioner", "councillor", "councilman", "councilwoman", "inspector", "detective",
            "sheriff", "speaker", "deputy", "cardinal", "archbishop", "bishop", "metropolitan", "patriarch", "rabbi", "imam", "sheikh", "ombudsman", "atty", "engr", "coun",
            "cllr", "konsehal", "kagawad", "alhaji", "alhaja", "doña", "hon", "legislator", "lawmaker", "magistrate", "khun",
            "mme", "mlle", "maitre", "kyria", "kyrios",
        ],
        StringComparer.Ordinal);

    /// <summary>Normalises a name into its comparison form: lowercase ASCII words, titles and a leading <c>the</c> removed.</summary>
    /// <param name="name">The name.</param>
    /// <param name="kind">The entity type; titles are removed from people's names only.</param>
    /// <returns>The words joined by single spaces; empty when nothing is left.</returns>
    public static string Normalize(string name, EntityKind kind)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = NameAnchor.Split(name);
        var start = 0;
        if (kind == EntityKind.Person)
        {
            while (start < words.Count - 1 && Titles.Contains(words[start]))
            {
                start++;
            }
        }
        else if (words.Count > 1 && words[0] == "the")
        {
            start = 1;
        }

        return string.Join(' ', words.Skip(start));
    }

    /// <summary>
    /// Returns the name to show for an entity: a person's leading titles (<c>Sen.</c>, <c>President</c>) and a
    /// trailing possessive removed, the rest as written.
    /// </summary>
    /// <param name="name">The name as the text gives it.</param>
    /// <param name="kind">The entity type.</param>
    /// <returns>The display name.</returns>
    public static string DisplayName(string name, EntityKind kind)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        if (trimmed.EndsWith("'s", StringComparison.Ordinal) || trimmed.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            trimmed = trimmed[..^2];
        }

        if (kind != EntityKind.Person)
        {
            return trimmed;
        }

        var parts = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = 0;
        while (start < parts.Length - 1 && Titles.Contains(parts[start].TrimEnd('.').ToLowerInvariant()))
        {
            start++;
        }

        return string.Join(' ', parts, start, parts.Length - start);
    }

    /// <summary>Gets a value indicating whether a name is written as an acronym: two or more capitals, no lowercase run.</summary>
    /// <param name="name">The name.</param>
    /// <returns><see langword="true"/> for <c>DNC</c>, <c>U.S.</c> or <c>NATO</c>.</returns>
    public static bool IsAcronym(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var capitals = 0;
        foreach (var c in name)
        {
            if (char.IsUpper(c))
            {
                capitals++;
            }
            else if (char.IsLower(c) || char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return capitals >= 2;
    }

    /// <summary>
    /// Gets the initials of a name of three or more capitalised words, the acronym news may use for it without ever
    /// spelling it out ("UCI" for "Union Cycliste Internationale"); words in lower case ("of", "the") give none, and two
    /// letters are the initials of too many names.
    /// </summary>
    /// <param name="name">The name as written.</param>
    /// <returns>The initials in lower case, or an empty string for a name of fewer than three capitalised words (an
    /// acronym is one word).</returns>
    public static string Initials(string name)
    {
        var initials = CapitalInitials(name);
        return initials.Length >= 3 ? initials.ToLowerInvariant() : string.Empty;
    }

    /// <summary>
    /// Gets the first letters of a name's capitalised words, in capitals and however many there are ("EU" for
    /// "European Union", "DJ" for "Department of Justice").
    /// </summary>
    /// <param name="name">The name as written.</param>
    /// <returns>The letters, or an empty string when no word is capitalised.</returns>
    public static string CapitalInitials(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var initials = new System.Text.StringBuilder();
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (char.IsUpper(word[0]))
            {
                initials.Append(char.ToUpperInvariant(word[0]));
            }
        }

        return initials.ToString();
    }
}
