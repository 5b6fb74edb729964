using System.Collections.Frozen;

namespace GraphBuilder.Extraction.Lexicons;

/// <summary>
/// Holds the titles of a legislature's members that news writes between a party's name and a member's ("Labour MP
/// Diane Abbott", "Fianna Fáil TD Conor Brady", "Greens senator Jordan Ellery") and after a member's name ("Conor
/// Brady TD", "Dafydd Morgan MS" of the Senedd).
/// </summary>
internal static class MemberTitles
{
    private static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
        [
            "MP", "MPs", "TD", "TDs", "MEP", "MEPs", "MSP", "MSPs", "MLA", "MLAs", "MPP", "MPPs", "MHK", "MS", "MSs", "senator", "senators",
            "councillor", "councillors", "councilor", "councilors",
        ],
        StringComparer.Ordinal);

    /// <summary>Tells whether a word is a member's title.</summary>
    /// <param name="word">The word, as written (case matters: "Senator" before a name is a title of address).</param>
    /// <returns><see langword="true"/> for <c>MP</c>, <c>TD</c>, <c>senator</c> and the like.</returns>
    public static bool Contains(string word) => Titles.Contains(word);

    /// <summary>Tells whether a word is a member's title in capitals, which the recogniser may read as part of a name.</summary>
    /// <param name="word">The word.</param>
    /// <returns><see langword="true"/> for <c>MP</c>, <c>MPs</c>, <c>TD</c>, <c>MEP</c> and the like.</returns>
    public static bool IsLetters(string word) => Titles.Contains(word) && char.IsUpper(word[1]);
}
