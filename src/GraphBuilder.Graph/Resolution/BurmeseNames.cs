using System.Collections.Frozen;

namespace GraphBuilder.Graph.Resolution;

/// <summary>
/// Reads Burmese people's names as English-language news writes them: no family name, a run of syllables ("Khin Myat
/// Noe", "Aung Kyaw Moe") after a title of address that is no part of the name ("U" for a man, "Daw" for a woman, "Ko"
/// and "Ma" for younger ones, "Saya" and "Sayama" for teachers).
/// </summary>
public static class BurmeseNames
{
    // Syllables that, in English text, are Burmese names' and hardly anything else's.
    private static readonly FrozenSet<string> Distinctive = FrozenSet.ToFrozenSet(
        [
            "aung", "kyaw", "myint", "htet", "htun", "tun", "thant", "hla", "khin", "myat", "theint", "shwe", "thandar", "hnin",
            "nyein", "phyo", "thura", "kyi", "khaing", "thuzar", "ohn", "pyae", "hlaing", "htay", "naing", "thein", "sein",
            "lwin", "zaw", "moe", "noe", "mya", "soe", "maung", "thida", "nwe", "zin", "kyaing", "khine", "nyunt", "swe",
            "wunna", "zeyar", "htoo", "thet", "paing", "wint", "yadanar", "htike", "latt", "thwe", "myo", "nandar", "ngwe",
            "phyu", "pyone", "sandar", "tint", "thiha", "kyu", "thaung", "hlwan", "zarni", "zayar", "khant", "kaung", "sithu",
            "htwe", "thiri", "yamin", "myitzu", "hsu", "nyo", "oo", "ei", "yee", "aye", "tha",
        ],
        StringComparer.Ordinal);

    // Syllables that English or other names share ("Win", "Min", "Lin", "Chan"): part of a Burmese name beside a
    // distinctive one, never one alone.
    private static readonly FrozenSet<string> Shared = FrozenSet.ToFrozenSet(
        [
            "win", "min", "yin", "chan", "tin", "mon", "san", "su", "nu", "ye", "wai", "cho", "lay", "saw", "bo", "mar", "lin",
            "than", "chit", "nay", "ni", "ya", "tar", "lei", "hein", "sett", "hmu", "mi", "thu", "kyal", "way",
        ],
        StringComparer.Ordinal);

    // Titles of address for a man, a woman, a younger man, a younger woman and a teacher of either, in any case.
    private static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(["u", "daw", "ko", "ma", "saya", "sayama"], StringComparer.OrdinalIgnoreCase);

    // "Ko" and "Ma" are also Chinese and Korean family names ("Ma Ying-jeou", "Ko Wen-je", "Ma Lin"): titles only before a
    // distinctive syllable.
    private static readonly FrozenSet<string> FamilyNameTitles = FrozenSet.ToFrozenSet(["ko", "ma"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Tells whether a word is a syllable of Burmese names, in any case.</summary>
    /// <param name="word">The word as written ("Kyaw", "KYAW").</param>
    /// <returns><see langword="true"/> for such a syllable.</returns>
    public static bool IsSyllable(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var folded = word.ToLowerInvariant();
        return IsWritten(word) && (Distinctive.Contains(folded) || Shared.Contains(folded));
    }

    /// <summary>Tells whether a word is a syllable that English text gives to Burmese names and hardly else.</summary>
    /// <param name="word">The word as written.</param>
    /// <returns><see langword="true"/> for such a syllable.</returns>
    public static bool IsDistinctive(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return IsWritten(word) && Distinctive.Contains(word.ToLowerInvariant());
    }

    /// <summary>
    /// Tells whether words are a Burmese person's name on their own: two to five syllables, at least one of them
    /// distinctive ("Myo Aung Thant"; not "Chan Win").
    /// </summary>
    /// <param name="words">The words as written.</param>
    /// <returns><see langword="true"/> for such a name.</returns>
    public static bool IsFullName(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.Count is >= 2 and <= 5 && words.All(IsSyllable) && words.Any(IsDistinctive);
    }

    /// <summary>
    /// Tells whether a word is a Burmese title of address before the word after it: "U" before "Thant", "Daw" before
    /// "Khin", "Ko" and "Ma" only before a distinctive syllable ("Ko Zaw", not "Ko Wen-je").
    /// </summary>
    /// <param name="word">The word as written ("U", "Daw", "DAW").</param>
    /// <param name="next">The word after it, as written, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> for a title before a name.</returns>
    public static bool IsTitle(string word, string? next)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (next is null || word.Length > 6 || !Titles.Contains(word) || !IsWritten(word))
        {
            return false;
        }

        next = next.TrimEnd(',', '.', ':', ';', '\'', '\u2019', ')');
        if (next.EndsWith("'s", StringComparison.Ordinal) || next.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            next = next[..^2];
        }

        return FamilyNameTitles.Contains(word) ? IsDistinctive(next) : IsSyllable(next);
    }

    // Capitalised as a name is ("Kyaw") or shouted ("KYAW"), never lower-case.
    private static bool IsWritten(string word) =>
        word.Length > 0 && char.IsUpper(word[0]) && (word.Skip(1).All(char.IsLower) || word.All(char.IsUpper));
}
