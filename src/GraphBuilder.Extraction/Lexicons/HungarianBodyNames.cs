using System.Collections.Frozen;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Extraction.Lexicons;

/// <summary>
/// Holds the heads of Hungarian bodies' names as English-language news writes them untranslated ("Közép-Tisza-vidéki
/// Vízügyi Igazgatóság", "Tiszavári Kertbarát Egyesület", "Szolnoki Törvényszék"), alone or closing a compound
/// ("Agrárminisztérium", "Országgyűlés"). Wires drop the accents, so words are compared folded.
/// </summary>
internal static class HungarianBodyNames
{
    // Folded: directorate, association, ministry, regional court, court, alliance, local government, office, chamber,
    // university, society, foundation, institute, authority, law office, national assembly, general assembly, board.
    private static readonly string[] Heads =
    [
        "igazgatosag", "egyesulet", "miniszterium", "torvenyszek", "birosag", "szovetseg", "onkormanyzat", "hivatal", "kamara",
        "egyetem", "tarsasag", "alapitvany", "intezet", "hatosag", "iroda", "orszaggyules", "kozgyules", "testulet",
    ];

    private static readonly FrozenSet<string> Exact = FrozenSet.ToFrozenSet(Heads, StringComparer.Ordinal);

    // What English calls each kind of body, for "the association" after "Tiszavári Kertbarát Egyesület".
    private static readonly FrozenDictionary<string, string[]> Meanings = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["igazgatosag"] = ["directorate"], ["egyesulet"] = ["association", "club"], ["miniszterium"] = ["ministry"],
        ["torvenyszek"] = ["court"], ["birosag"] = ["court"], ["szovetseg"] = ["alliance", "federation", "union", "party"],
        ["onkormanyzat"] = ["council", "municipality"], ["hivatal"] = ["office"], ["kamara"] = ["chamber"],
        ["egyetem"] = ["university"], ["tarsasag"] = ["society", "company"], ["alapitvany"] = ["foundation"],
        ["intezet"] = ["institute"], ["hatosag"] = ["authority"], ["iroda"] = ["office", "firm"],
        ["orszaggyules"] = ["parliament", "assembly"], ["kozgyules"] = ["assembly"], ["testulet"] = ["board"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Tells whether a capitalised word is, or closes on, the head of a Hungarian body's name.</summary>
    /// <param name="word">The word as written ("Igazgatóság", "Egyesulet", "Agrárminisztérium", "EGYESÜLET").</param>
    /// <returns><see langword="true"/> for such a head.</returns>
    public static bool IsBodyHead(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length is < 5 or > 40 || !char.IsUpper(word[0]) || !word.All(char.IsLetter))
        {
            return false;
        }

        // A compound closes on its head ("Agrárminisztérium"); English shares none of these words, but a compound's
        // opening must be a word of its own, so "Kamara" alone is a head and "Akamara" is not.
        var folded = LatinFolding.Fold(word).ToLowerInvariant();
        return Exact.Contains(folded) || Heads.Any(h => folded.Length >= h.Length + 4 && folded.EndsWith(h, StringComparison.Ordinal) && HasHungarianLetter(word));
    }

    /// <summary>Tells whether a Hungarian body's head is what an English noun calls such a body.</summary>
    /// <param name="word">The head as written ("Egyesület", "Agrárminisztérium").</param>
    /// <param name="noun">The English noun ("association", "ministry").</param>
    /// <returns><see langword="true"/> when the noun translates the head.</returns>
    public static bool Means(string word, string noun)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(noun);
        if (!IsBodyHead(word))
        {
            return false;
        }

        var folded = LatinFolding.Fold(word).ToLowerInvariant();
        var lower = noun.ToLowerInvariant();
        return Meanings.Any(m => folded.EndsWith(m.Key, StringComparison.Ordinal) && m.Value.Contains(lower));
    }

    private static bool HasHungarianLetter(string word) => word.Any(c => c is 'á' or 'é' or 'í' or 'ó' or 'ö' or 'ő' or 'ú' or 'ü' or 'ű' or 'Á' or 'É' or 'Ö' or 'Ő' or 'Ü' or 'Ű');
}
