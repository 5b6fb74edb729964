using System.Collections.Frozen;

namespace GraphBuilder.Extraction.Lexicons;

/// <summary>
/// Holds the letters written after a person's name for a rank, an honour or a degree ("Tom Barr, SC", "Ann Lee QC",
/// "Sir Ian Moss, KBE"), which the recogniser reads as an organisation's acronym.
/// </summary>
internal static class PostNominals
{
    private static readonly FrozenSet<string> Letters = FrozenSet.ToFrozenSet(
        [
            "SC", "QC", "KC", "KBE", "DBE", "CBE", "OBE", "MBE", "KCMG", "CMG", "CH", "OM", "VC", "GC", "FRS", "PhD", "Ph.D.",
            "MD", "M.D.", "Esq", "Esq.", "Jr", "Jr.", "Sr", "Sr.", "AO", "AC", "AM", "ONZM",
        ],
        StringComparer.Ordinal);

    /// <summary>Tells whether a word is a post-nominal's letters.</summary>
    /// <param name="word">The word, as written (case matters: "am" is a verb).</param>
    /// <returns><see langword="true"/> for <c>SC</c>, <c>QC</c>, <c>OBE</c> and the like.</returns>
    public static bool Contains(string word) => Letters.Contains(word) || MemberTitles.IsLetters(word);
}
