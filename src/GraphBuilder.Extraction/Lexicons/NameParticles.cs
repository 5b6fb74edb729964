using System.Collections.Frozen;

namespace GraphBuilder.Extraction.Lexicons;

/// <summary>
/// Holds the lower-case words that belong inside a person's surname in the languages news quotes most ("Tomas van der
/// Berg", "Maria de los Santos", "Ursula von der Leyen", "Osama bin Laden"), so that a name is not cut at them as it is
/// at a verb the recogniser ran on over.
/// </summary>
internal static class NameParticles
{
    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
        [
            "de", "del", "della", "delle", "dei", "degli", "di", "da", "das", "dos", "du", "des", "la", "las", "los", "le",
            "van", "von", "der", "den", "ter", "ten", "zu", "zur", "al", "el", "bin", "ibn", "bint", "ben", "abu", "y",
        ],
        StringComparer.Ordinal);

    /// <summary>Tells whether a word is a surname particle.</summary>
    /// <param name="word">The word, as written: only the lower-case forms count ("Van" starts a name anyway).</param>
    /// <returns><see langword="true"/> for <c>van</c>, <c>der</c>, <c>de</c>, <c>bin</c> and the like.</returns>
    public static bool Contains(string word) => Words.Contains(word);
}
