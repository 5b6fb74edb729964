using System.Collections.Frozen;

namespace GraphBuilder.Extraction.Lexicons;

/// <summary>
/// Holds the words that name a storm's kind before its given name ("Hurricane Katrina", "Typhoon Haiyan", "Super
/// Typhoon Haiyan"): the recogniser reads the given name as a person's or the whole as an organisation's.
/// </summary>
/// <remarks>"Storm" is not among them: it starts other names too ("Storm Shadow" is a missile).</remarks>
internal static class StormNames
{
    private static readonly FrozenSet<string> Kinds = FrozenSet.ToFrozenSet(
        ["Hurricane", "Typhoon", "Cyclone", "Superstorm"],
        StringComparer.Ordinal);

    // A word that may come before the kind and belongs to the name with it ("Super Typhoon", "Tropical Cyclone").
    private static readonly FrozenSet<string> Qualifiers = FrozenSet.ToFrozenSet(
        ["Tropical", "Super", "Severe", "Subtropical", "Extratropical"],
        StringComparer.Ordinal);

    /// <summary>Tells whether a word names a storm's kind, written as in a storm's name (capitalised).</summary>
    /// <param name="word">The word.</param>
    /// <returns><see langword="true"/> for <c>Hurricane</c>, <c>Typhoon</c>, <c>Cyclone</c> and the like.</returns>
    public static bool IsKind(string word) => Kinds.Contains(word);

    /// <summary>Tells whether a word may qualify a storm's kind before it (<c>Super</c> in "Super Typhoon").</summary>
    /// <param name="word">The word.</param>
    /// <returns><see langword="true"/> for <c>Tropical</c>, <c>Super</c> and the like.</returns>
    public static bool IsQualifier(string word) => Qualifiers.Contains(word);
}
