using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Resolution;

/// <summary>
/// Makes the blocking keys that resolution compares names by: case, diacritics, punctuation, titles and a leading
/// article do not count, so <c>WikiLeaks</c>, <c>Wikileaks</c> and <c>Sen. Bernie Sanders</c>/<c>Bernie Sanders</c>
/// meet; organisations also get the key of their initials, so <c>DNC</c> meets <c>Democratic National Committee</c>.
/// </summary>
public static class NameKeys
{
    /// <summary>The prefix of keys made from a full name.</summary>
    public const string NamePrefix = "n:";

    /// <summary>The prefix of keys made from initials.</summary>
    public const string AcronymPrefix = "a:";

    private static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
        [
            "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady",
            "sen", "senator", "rep", "representative", "gov", "governor", "president", "vice", "prime", "minister",
            "chancellor", "secretary", "gen", "general", "col", "colonel", "capt", "captain", "lt", "sgt",
            "judge", "justice", "rev", "reverend", "pope", "king", "queen", "prince", "princess", "mayor",
            "chairman", "chairwoman", "chairperson", "ceo", "director", "ambassador", "st",
        ],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> FunctionWords = FrozenSet.ToFrozenSet(
        ["of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "de", "du", "la", "le", "von", "van", "&"],
        StringComparer.Ordinal);

    /// <summary>Normalises a name into its comparison form: lowercase ASCII words, titles and a leading <c>the</c> removed.</summary>
    /// <param name="name">The name.</param>
    /// <param name="kind">The entity type; titles are removed from people's names only.</param>
    /// <returns>The words joined by single spaces; empty when nothing is left.</returns>
    public static string Normalize(string name, EntityKind kind)
    {
        var words = Words(name);
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

    /// <summary>Returns the initials of a name's content words, when it has at least two.</summary>
    /// <param name="name">The name, such as <c>Democratic National Committee</c>.</param>
    /// <returns>The lowercase initials (<c>dnc</c>), or <see langword="null"/>.</returns>
    public static string? Initials(string name)
    {
        var words = Words(name);
        var builder = new StringBuilder();
        foreach (var word in words)
        {
            if (!FunctionWords.Contains(word) && char.IsLetter(word[0]))
            {
                builder.Append(word[0]);
            }
        }

        return builder.Length >= 2 ? builder.ToString() : null;
    }

    /// <summary>Returns a name's keys: its normalised form and, for organisations, events and works, its initials.</summary>
    /// <param name="name">The name.</param>
    /// <param name="kind">The entity type.</param>
    /// <returns>The keys, without repeats.</returns>
    public static IReadOnlyList<string> For(string name, EntityKind kind)
    {
        var keys = new List<string>(2);
        var normalized = Normalize(name, kind);
        if (normalized.Length == 0)
        {
            return keys;
        }

        keys.Add(NamePrefix + normalized);
        if (kind is EntityKind.Organization && normalized.Contains(' ', StringComparison.Ordinal) && Initials(name) is { } initials)
        {
            keys.Add(AcronymPrefix + initials);
        }
        else if (IsAcronym(name))
        {
            // An acronym as written (DNC) is looked up among the initials of full names too.
            keys.Add(AcronymPrefix + normalized.Replace(" ", string.Empty, StringComparison.Ordinal));
        }

        return keys;
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

    private static List<string> Words(string name)
    {
        ArgumentNullException.ThrowIfNull(name);

        // A trailing possessive ("Putin's") is not part of the name.
        if (name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            name = name[..^2];
        }

        var decomposed = GraphBuilder.Graph.Model.LatinFolding.Fold(name);
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '.' or '\'' or '\u2019')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c) || c == '&')
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }
}
