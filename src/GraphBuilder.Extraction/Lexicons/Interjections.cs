using System.Collections.Frozen;

namespace GraphBuilder.Extraction.Lexicons;

/// <summary>
/// Holds the interjections of interview transcripts ("Oh", "Wow", "Hmmm"), which the recogniser reads as names when they
/// stand capitalised at the start of an answer.
/// </summary>
internal static class Interjections
{
    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
        [
            "oh", "ooh", "wow", "nah", "hmm", "hmmm", "hmmmm", "um", "umm", "uh", "uhh", "ah", "aha", "yeah", "yep", "nope",
            "hey", "hi", "hello", "ouch", "oops", "whoa", "huh", "er", "erm", "okay", "alas", "gosh", "phew", "yay",
        ],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Tells whether a word is an interjection.</summary>
    /// <param name="word">The word.</param>
    /// <returns><see langword="true"/> for <c>Oh</c>, <c>Wow</c>, <c>Hmmm</c> and the like.</returns>
    public static bool Contains(string word) => Words.Contains(word);
}
