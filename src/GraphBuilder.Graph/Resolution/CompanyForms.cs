using System.Collections.Frozen;

namespace GraphBuilder.Graph.Resolution;

/// <summary>
/// The words a company's name may end with that its short form drops: legal forms ("Inc", "AG", "plc") and the kind
/// of business some names carry ("Bio", "Therapeutics", "Holdings"). One story writes "Norvance Bio", another only
/// "Norvance"; the shorter name joins the one organisation in the block it is the stem of (<c>company-form</c>).
/// </summary>
public static class CompanyForms
{
    private static readonly FrozenSet<string> Designators = FrozenSet.ToFrozenSet(
        [
            "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "plc",
            "ag", "sa", "se", "nv", "bv", "gmbh", "asa", "ab", "oyj", "spa",
            "group", "holdings", "holding",
            "bio", "biotech", "biosciences", "therapeutics", "pharma", "pharmaceuticals", "labs", "laboratories", "technologies",
        ],
        StringComparer.Ordinal);

    /// <summary>Gets the shorter anchors a company's anchor stands for once trailing designators are dropped.</summary>
    /// <param name="words">The anchor's words.</param>
    /// <returns>Each stem, longest first: <c>norvance bio</c> and <c>norvance</c> for <c>norvance bio inc</c>; none
    /// when the name does not end with a designator or is one.</returns>
    public static IEnumerable<string> Stems(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        for (var end = words.Count - 1; end >= 1 && Designators.Contains(words[end]); end--)
        {
            yield return string.Join(' ', words.Take(end));
        }
    }

    /// <summary>Tells whether a name is another's with only designators added at its end.</summary>
    /// <param name="shorter">The shorter anchor's words.</param>
    /// <param name="longer">The longer anchor's words.</param>
    /// <returns><see langword="true"/> for <c>norvance</c> and <c>norvance bio</c>.</returns>
    public static bool IsStemOf(IReadOnlyList<string> shorter, IReadOnlyList<string> longer)
    {
        ArgumentNullException.ThrowIfNull(shorter);
        ArgumentNullException.ThrowIfNull(longer);
        if (shorter.Count == 0 || shorter.Count >= longer.Count)
        {
            return false;
        }

        for (var i = 0; i < longer.Count; i++)
        {
            if (i < shorter.Count ? !string.Equals(shorter[i], longer[i], StringComparison.Ordinal) : !Designators.Contains(longer[i]))
            {
                return false;
            }
        }

        return true;
    }
}
