using System.Collections.Frozen;

namespace GraphBuilder.Graph.Resolution;

/// <summary>
/// Reads Ethiopian and Eritrean people's names as English-language news writes them: no family name, a given name and
/// the father's given name ("Tigist Haile" is Tigist, daughter of Haile), addressed by the given name ("Ms Tigist",
/// "Ato Alemu"), with Amharic titles of address that are no part of the name ("Ato" for a man, "Weyzero" or "W/ro"
/// for a married woman, "Weyzerit" or "W/t" for an unmarried one).
/// </summary>
public static class EthiopianNames
{
    // Given names, which are also fathers' and grandfathers' names, that English text gives to Ethiopians and Eritreans
    // and hardly anyone else (not "Samuel", "Daniel" or "Sara", which the Ethiopian names of a text can hold too).
    private static readonly FrozenSet<string> Names = FrozenSet.ToFrozenSet(
        [
            "abebe", "abiy", "addisu", "adane", "admasu", "alemayehu", "alemu", "amanuel", "andualem", "asfaw", "assefa",
            "asrat", "asnake", "ayele", "bekele", "belay", "berhanu", "birhanu", "berhane", "biniam", "demeke", "dereje",
            "desalegn", "desta", "ermias", "eyob", "fasil", "fikru", "fikre", "gashaw", "gebre", "gebremedhin", "gebreyes",
            "getachew", "getachaw", "getahun", "girma", "habtamu", "haile", "hailu", "henok", "kassahun", "kebede", "kidane",
            "kiros", "lemma", "mamo", "mekonnen", "melaku", "mengistu", "mersha", "mesfin", "mulatu", "mulugeta", "negash",
            "nigussie", "seyoum", "shiferaw", "tadesse", "tamirat", "tariku", "tekalign", "tekle", "teklu", "temesgen",
            "tesfaye", "tewodros", "tilahun", "tsegaye", "wondimu", "worku", "wubshet", "yared", "yirga", "yohannes", "yonas",
            "zelalem", "zewdu", "gizaw", "woldemariam", "wolde", "abate", "alebachew", "yilma", "teshome", "ketema", "tefera",
            "tigist", "meron", "selam", "bethlehem", "hiwot", "almaz", "mekdes", "tsion", "genet", "aster", "azeb", "birtukan",
            "etenesh", "frehiwot", "hirut", "lemlem", "mahlet", "meseret", "rahel", "senait", "tirunesh", "tsehay", "worknesh",
            "yeshi", "zewditu", "meskerem", "kidist", "liya", "abeba", "eleni", "fantu", "tsige", "yodit", "mulu", "tizita",
            "dawit", "eyerusalem", "kalkidan", "abera", "ayalew", "tegegn", "wondwossen", "tekeste", "mekdelawit", "sintayehu",
            "bezawit", "tsedey", "amare", "ashenafi", "bereket", "biruk", "fekadu", "fitsum", "gebru", "gemechu", "habte",
            "hailemariam", "kahsay", "lidetu", "nardos", "netsanet", "rediet", "semere", "selamawit", "yemane", "yibeltal",
            "zerihun", "abraha", "araya", "berhe", "gebremichael", "woldegiorgis", "mengesha", "demissie", "derartu", "kenenisa",
            "jemal", "lelisa", "gudeta", "chala", "tolosa",
        ],
        StringComparer.Ordinal);

    // "Weyzero", "Woizero" and the abbreviations the Amharic press writes with a slash: titles before any name.
    private static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
        ["weyzero", "woizero", "woyzero", "weyzerit", "woizerit", "woyzerit", "w/ro", "w/t", "w/rt"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Tells whether a word is a given name that English text gives to Ethiopians and hardly anyone else.</summary>
    /// <param name="word">The word as written ("Tigist", "TIGIST").</param>
    /// <returns><see langword="true"/> for such a name.</returns>
    public static bool IsName(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return IsWritten(word) && Names.Contains(word.ToLowerInvariant());
    }

    /// <summary>Tells whether words are an Ethiopian person's name: two or three given names of the table.</summary>
    /// <param name="words">The words as written.</param>
    /// <returns><see langword="true"/> for "Tigist Haile", "Abiy Ahmed Ali" not (two of three only).</returns>
    public static bool IsFullName(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.Count is 2 or 3 && words.All(IsName);
    }

    // The same for a name's lower-case anchor words ("tigist", "haile").
    internal static bool IsNameKey(string word) => Names.Contains(word);

    internal static bool IsFullNameKey(IReadOnlyList<string> words) => words.Count is 2 or 3 && words.All(Names.Contains);

    /// <summary>
    /// Tells whether a word is an Amharic title of address before the word after it: "Weyzero", "W/ro" and the like
    /// before a capitalised word, "Ato" only before an Ethiopian given name (it is also a Ghanaian one: "Ato Boldon").
    /// </summary>
    /// <param name="word">The word as written ("Ato", "W/ro", "WEYZERO").</param>
    /// <param name="next">The word after it, as written, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> for a title before a name.</returns>
    public static bool IsTitle(string word, string? next)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (next is null || word.Length is 0 or > 8 || !char.IsUpper(word[0]))
        {
            return false;
        }

        next = next.TrimEnd(',', '.', ':', ';', '?', '!', '\'', '\u2019', ')', '"', '\u201D');
        if (next.EndsWith("'s", StringComparison.Ordinal) || next.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            next = next[..^2];
        }

        return word.Equals("ato", StringComparison.OrdinalIgnoreCase) && IsWritten(word)
            ? IsName(next)
            : Titles.Contains(word) && next.Length > 1 && char.IsUpper(next[0]);
    }

    // Capitalised as a name is ("Haile") or shouted ("HAILE"), never lower-case.
    private static bool IsWritten(string word) =>
        word.Length > 0 && char.IsUpper(word[0]) && (word.Skip(1).All(char.IsLower) || word.All(char.IsUpper));
}
