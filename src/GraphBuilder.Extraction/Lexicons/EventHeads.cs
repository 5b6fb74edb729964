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

    /// <summary>Tells whether a word is an event's head noun, in any case (<c>Summit</c>, <c>scandal</c>).</summary>
    /// <param name="word">The word.</param>
    /// <returns><see langword="true"/> for an event's head noun.</returns>
    public static bool IsHead(string word) => Heads.Contains(word);
}
