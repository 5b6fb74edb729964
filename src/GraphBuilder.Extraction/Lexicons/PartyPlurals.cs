using System.Collections.Frozen;

namespace GraphBuilder.Extraction.Lexicons;

/// <summary>
/// Holds the plurals that end parties' names ("Liberal Democrats", "Sweden Democrats") and alone name a party of
/// their own ("the Democrats"), so that neither reading is taken for the other.
/// </summary>
internal static class PartyPlurals
{
    private static readonly FrozenSet<string> Plurals = FrozenSet.ToFrozenSet(
        ["Democrats", "Republicans", "Liberals", "Conservatives", "Socialists", "Greens", "Communists"],
        StringComparer.Ordinal);

    /// <summary>Tells whether a word is a party's plural.</summary>
    /// <param name="word">The word, capitalised.</param>
    /// <returns><see langword="true"/> for <c>Democrats</c>, <c>Greens</c> and the like.</returns>
    public static bool IsPartyPlural(string word) => Plurals.Contains(word);
}
