using System.Collections.Frozen;

namespace GraphBuilder.Extraction.Lexicons;

/// <summary>
/// Holds the capitalised last words of elected chambers' names ("Parliament", "the Senedd", "Cork County Council", Myanmar's
/// "Ayeyarwady Region Hluttaw"), whose members are elected, not employed, and which news puts "in" as it puts places ("a
/// vote in Parliament").
/// </summary>
internal static class Legislatures
{
    private static readonly FrozenSet<string> Heads = FrozenSet.ToFrozenSet(
        [
            "Council", "Parliament", "Assembly", "Senate", "Congress", "Legislature", "Bundestag", "Senedd", "Dáil", "Knesset", "Duma",
            "Storting", "Hluttaw",
        ],
        StringComparer.Ordinal);

    /// <summary>Tells whether a word ends an elected chamber's name.</summary>
    /// <param name="word">The word, as written.</param>
    /// <returns><see langword="true"/> for <c>Parliament</c>, <c>Senate</c>, <c>Council</c> and the like.</returns>
    public static bool IsChamber(string word) => Heads.Contains(word);
}
