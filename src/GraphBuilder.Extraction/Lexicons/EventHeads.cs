using System.Collections.Frozen;

namespace GraphBuilder.Extraction.Lexicons;

/// <summary>Holds the head nouns that make a name an event's: <c>Summit</c>, <c>Cup</c>, <c>Fair</c>.</summary>
internal static class EventHeads
{
    private static readonly FrozenSet<string> Heads = FrozenSet.ToFrozenSet(
        [
            "summit", "convention", "election", "elections", "primary", "primaries", "olympics", "games", "cup", "war",
            "scandal", "conference", "forum", "festival", "awards", "championship", "referendum", "crisis", "affair",
            "congress", "marathon", "expo", "uprising", "revolution", "fair", "carnival", "jubilee", "tournament",
            "championships", "parade", "ceremony", "gala", "pilgrimage", "olympiad",
        ],
        StringComparer.OrdinalIgnoreCase);

    // Feasts, fasts, pilgrimages and games named on their own: each is an event that recurs ("the 1991 Hajj" is one of
    // them), never a place or a body.
    private static readonly FrozenSet<string> Occasions = FrozenSet.ToFrozenSet(
        [
            "Hajj", "Umrah", "Ramadan", "Eid", "Eid al-Fitr", "Eid al-Adha", "Diwali", "Holi", "Vesak", "Hanukkah",
            "Passover", "Yom Kippur", "Rosh Hashanah", "Easter", "Christmas", "Lent", "Thanksgiving", "Mardi Gras",
            "Oktoberfest", "Chinese New Year", "Lunar New Year", "Nowruz", "Olympics", "Paralympics",
        ],
        StringComparer.Ordinal);

    /// <summary>Gets the names of recurring feasts, fasts, pilgrimages and games that are written in several words.</summary>
    public static IReadOnlyList<string> OccasionPhrases { get; } = [.. Occasions.Where(o => o.Contains(' ', StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    /// <summary>Tells whether a name is a recurring feast's, fast's, pilgrimage's or games' (<c>Hajj</c>, <c>Paralympics</c>).</summary>
    /// <param name="name">The name as written.</param>
    /// <returns><see langword="true"/> for such an occasion.</returns>
    public static bool IsOccasion(string name) => Occasions.Contains(name);

    /// <summary>Tells whether a word is an event's head noun, in any case (<c>Summit</c>, <c>scandal</c>).</summary>
    /// <param name="word">The word.</param>
    /// <returns><see langword="true"/> for an event's head noun.</returns>
    public static bool IsHead(string word) => Heads.Contains(word);
}
