using System.Collections.Frozen;

namespace GraphBuilder.Extraction.Lexicons;

/// <summary>Third-person pronouns and what they can point back to.</summary>
internal static class Pronouns
{
    private static readonly FrozenDictionary<string, PronounReferent> Words = new Dictionary<string, PronounReferent>(StringComparer.Ordinal)
    {
        ["he"] = PronounReferent.Masculine, ["him"] = PronounReferent.Masculine, ["his"] = PronounReferent.Masculine, ["himself"] = PronounReferent.Masculine,
        ["she"] = PronounReferent.Feminine, ["her"] = PronounReferent.Feminine, ["hers"] = PronounReferent.Feminine, ["herself"] = PronounReferent.Feminine,
        ["it"] = PronounReferent.Neuter, ["its"] = PronounReferent.Neuter, ["itself"] = PronounReferent.Neuter,
        ["they"] = PronounReferent.Plural, ["them"] = PronounReferent.Plural, ["their"] = PronounReferent.Plural, ["themselves"] = PronounReferent.Plural,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a token is a third-person pronoun (lower case or sentence-initial capital only).</summary>
    public static bool TryGet(string token, out PronounReferent referent)
    {
        referent = default;
        if (token.Length == 0)
        {
            return false;
        }

        // Called for every token of every article: no lower-cased copy, no enumerator.
        for (var i = 1; i < token.Length; i++)
        {
            if (char.IsUpper(token[i]))
            {
                return false;
            }
        }

        return Words.TryGetValue(token, out referent);
    }
}
