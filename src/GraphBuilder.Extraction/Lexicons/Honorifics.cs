using System.Collections.Frozen;
using GraphBuilder.Graph.Resolution;

namespace GraphBuilder.Extraction.Lexicons;

/// <summary>
/// Holds the titles of address that news in English writes before a person's name for a profession or a local office,
/// abbreviated or in the country's language ("Atty. Cristina Bacalso", "Engr. Rogelio Villamor", "Cllr Jane Hill",
/// "Konsehal Enzo Abellanosa", "Alhaja Sidikat Adeoti", "Doña María José", the Indonesian "Pak Rizal", "Bu Fitriani",
/// "Haji Jafar Sowohi" and "Hj. Siti", the Gulf's "Sheikh Saif", "Sayyid Mazin", "Eng. Tariq" and "H.E.", the Turkish
/// lawyer's "Av." and associate professor's "Doç.", the Vietnamese "Ông Hùng", "Bà Mai Lan", "Anh Tuấn" and "Chị Mai Lan",
/// the party's "Comrade Lan", the Greek "Kyria Konstantinou" and "Kyrios", and the Burmese "U Thant", "Daw Khin Myat
/// Noe" and "Ko Zaw"), which the recogniser reads as names of their own or as part of the name.
/// </summary>
internal static class Honorifics
{
    // Courtesy titles ("Mr", "Dr") are left out, as the recogniser knows them and "Dr Martens" is a brand, and so are
    // letters that name something else too ("Hon Hai", "OIC", a Vietnamese "Cong"); a lawyer's "Barr." is also a
    // surname.
    private static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
        [
            "Atty", "Engr", "Coun", "Cllr", "Konsehal", "Kagawad", "Alhaji", "Alhaja", "Doña", "Pak", "Bapak", "Bu", "Ibu", "Bung", "Haji",
            "Hajjah", "Hj", "Haj", "Sheikh", "Sheikha", "Sayyid", "Sayyida", "Eng", "H.E", "SHEIKH", "SAYYID", "ENG", "Av", "Doç",
            "Ông", "Bà", "Anh", "Chị", "Comrade", "Engineer", "ENGINEER", "Kyria", "Kyrios",
        ],
        StringComparer.Ordinal);

    // Titles that are also a family name: the Korean "Pak" before a hyphenated given name ("Pak Pong-ju") is the name.
    private static readonly FrozenSet<string> FamilyNames = FrozenSet.ToFrozenSet(["Pak"], StringComparer.Ordinal);

    /// <summary>Tells whether a word is a title of address, with or without its period.</summary>
    /// <param name="word">The word, as written (case matters: "hon" is no title).</param>
    /// <returns><see langword="true"/> for <c>Atty.</c>, <c>Engr</c>, <c>Konsehal</c> and the like.</returns>
    public static bool Contains(string word) => Titles.Contains(word.TrimEnd('.'));

    /// <summary>Tells whether a word is a title of address before the word that follows it.</summary>
    /// <param name="word">The word, as written.</param>
    /// <param name="next">The word after it, if any.</param>
    /// <returns><see langword="true"/> for <c>Pak</c> before <c>Rizal</c>, <see langword="false"/> before <c>Pong-ju</c>.</returns>
    public static bool Opens(string word, string? next) =>
        (Contains(word) && !(FamilyNames.Contains(word) && next is not null && next.Contains('-', StringComparison.Ordinal)))
        || BurmeseNames.IsTitle(word, next)
        || EthiopianNames.IsTitle(word, next);
}
