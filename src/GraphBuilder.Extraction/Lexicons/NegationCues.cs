using System.Collections.Frozen;

namespace GraphBuilder.Extraction.Lexicons;

/// <summary>Words that negate, deny or hedge a statement, so that no positive relation is drawn from it.</summary>
internal static class NegationCues
{
    public static FrozenSet<string> Words { get; } = FrozenSet.ToFrozenSet(
        [
            "not", "n't", "never", "no", "denied", "denies", "deny", "denying", "refused", "refuses", "without", "nor",
            "neither", "falsely", "alleged", "allegedly", "reportedly", "rumoured", "rumored",
        ],
        StringComparer.OrdinalIgnoreCase);
}
