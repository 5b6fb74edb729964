using System.Collections.Frozen;

namespace GraphBuilder.Graph.Resolution;

/// <summary>
/// The words a company's name may end with that its short form drops: legal forms ("Inc", "AG", "plc") and the kind
/// of business some names carry ("Bio", "Therapeutics", "Holdings"), and the "of" and place that close a body's name
/// ("Competition Commission of India"). One story writes "Norvance Bio", another only "Norvance"; the shorter name joins
/// the one organisation in the block it is the stem of (<c>company-form</c>).
/// </summary>
public static class CompanyForms
{
    private static readonly FrozenSet<string> Designators = FrozenSet.ToFrozenSet(
        [
            "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "plc", "private", "pvt", "public", "pcl",
            "ag", "sa", "se", "nv", "bv", "gmbh", "asa", "ab", "oyj", "spa", "zrt", "nyrt", "kft", "hf", "ehf",
            "group", "holdings", "holding",
            "tbk", "saog", "saoc", "as", "sti", "sanayi", "ticaret", "ve", "kimya", "chemicals", "jsc", "sc",
            "bio", "biotech", "biosciences", "therapeutics", "pharma", "pharmaceuticals", "labs", "laboratories", "technologies",
            "metals", "mining", "nickel", "nikel",
        ],
        StringComparer.Ordinal);

    // The last words of public bodies' names that a story may write without the country's or region's name before them.
    private static readonly FrozenSet<string> PublicBodyHeads = FrozenSet.ToFrozenSet(
        ["authority", "agency", "bureau", "commission", "ministry", "department", "directorate", "administration", "board", "office"],
        StringComparer.Ordinal);

    // The heads of bodies named for their members ("Association of … Fishers").
    private static readonly FrozenSet<string> MembersHeads = FrozenSet.ToFrozenSet(
        ["association", "federation", "union", "alliance", "coalition", "society", "council", "confederation", "cooperative"],
        StringComparer.Ordinal);

    // The fewest words a body's name keeps when another story leaves one of its inner words out.
    private const int MinimumWordsLeft = 4;

    // Legal forms written before the name: the Indonesian "PT" (perseroan terbatas) of "PT Halmahera Sinar Nikel Tbk" and
    // the Turkish cooperative's "S.S." (sınırlı sorumlu) of "S.S. Mavi Ağ Su Ürünleri Kooperatifi".
    private static readonly FrozenSet<string> LeadingForms = FrozenSet.ToFrozenSet(["pt", "ss"], StringComparer.Ordinal);

    // Abbreviated legal forms and the words they stand for.
    private static readonly FrozenDictionary<string, string> LegalForms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ltd"] = "limited", ["inc"] = "incorporated", ["corp"] = "corporation", ["co"] = "company", ["pvt"] = "private",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Tells whether two company names are one written with its legal form abbreviated and in full: <c>obelle
    /// construction nigeria ltd</c> and <c>obelle construction nigeria limited</c>.
    /// </summary>
    /// <param name="a">One anchor's words.</param>
    /// <param name="b">The other's.</param>
    /// <returns>Whether only the last word differs, as an abbreviated legal form and its full form.</returns>
    public static bool SameUpToLegalForm(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (IsAbbreviatedFormPair(a, b) || IsAbbreviatedFormPair(b, a) || IsEconomicInterestGroupPair(a, b) || IsEconomicInterestGroupPair(b, a))
        {
            return true;
        }

        if (a.Count != b.Count || a.Count < 2 || a[^1] == b[^1]
            || LegalForms.GetValueOrDefault(a[^1], a[^1]) != LegalForms.GetValueOrDefault(b[^1], b[^1]))
        {
            return false;
        }

        for (var i = 0; i < a.Count - 1; i++)
        {
            if (!string.Equals(a[i], b[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Gets a name with the French economic interest group's legal form abbreviated (<c>gie des femmes …</c> for
    /// <c>groupement dinteret economique des femmes …</c>), or null for a name that does not open with it in full.
    /// </summary>
    /// <param name="words">The anchor's words.</param>
    /// <returns>The abbreviated anchor, or null.</returns>
    public static string? WithAbbreviatedLeadingForm(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.Count >= 4 && words[0] == "groupement" && words[1] == "dinteret" && words[2] == "economique"
            ? "gie " + string.Join(' ', words.Skip(3))
            : null;
    }

    // "gie des femmes transformatrices de kayar" and "groupement dinteret economique des femmes transformatrices de kayar":
    // the French economic interest group's legal form, abbreviated and in full, before the same name.
    private static bool IsEconomicInterestGroupPair(IReadOnlyList<string> abbreviated, IReadOnlyList<string> written) =>
        abbreviated.Count >= 2 && abbreviated[0] == "gie" && WithAbbreviatedLeadingForm(written) == string.Join(' ', abbreviated);

    // "phu sa dredging jsc" and "phu sa dredging joint stock company", "abbay leather industry sc" and "abbay leather
    // industry share company": the same name before the abbreviation and before the words it stands for.
    private static bool IsAbbreviatedFormPair(IReadOnlyList<string> abbreviated, IReadOnlyList<string> written)
    {
        var length = abbreviated.Count >= 2 ? abbreviated[^1] switch { "jsc" => 3, "sc" => 2, _ => 0 } : 0;
        if (length == 0 || written.Count != abbreviated.Count + length - 1 || DesignatorLength(written, written.Count) != length)
        {
            return false;
        }

        for (var i = 0; i < abbreviated.Count - 1; i++)
        {
            if (!string.Equals(abbreviated[i], written[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Tells whether a body's name is another's with one inner word left out: <c>long hoa shrimp cooperative</c> and
    /// <c>long hoa tiger shrimp cooperative</c>, <c>tra vinh peoples committee</c> and <c>tra vinh provincial peoples
    /// committee</c>. The shorter keeps at least four words, so that its first and last words and two more are the same.
    /// </summary>
    /// <param name="shorter">The shorter anchor's words.</param>
    /// <param name="longer">The longer anchor's words.</param>
    /// <returns>Whether leaving one word out of the longer, neither its first nor its last, gives the shorter.</returns>
    public static bool DropsOneInnerWord(IReadOnlyList<string> shorter, IReadOnlyList<string> longer)
    {
        ArgumentNullException.ThrowIfNull(shorter);
        ArgumentNullException.ThrowIfNull(longer);
        if (shorter.Count < MinimumWordsLeft || longer.Count != shorter.Count + 1)
        {
            return false;
        }

        var skipped = false;
        for (int s = 0, l = 0; s < shorter.Count; s++, l++)
        {
            if (string.Equals(shorter[s], longer[l], StringComparison.Ordinal))
            {
                continue;
            }

            if (skipped || s == 0)
            {
                return false;
            }

            skipped = true;
            s--;
        }

        // Not skipped inside: the longer adds its last word, which is no inner word.
        return skipped;
    }

    /// <summary>
    /// Tells whether a body's "head of name" name is another's without the one or two words of place before it:
    /// <c>department of natural resources and environment</c> and <c>tra vinh department of natural resources and
    /// environment</c>, <c>environment protection authority</c> and <c>ethiopian environment protection authority</c>.
    /// </summary>
    /// <param name="shorter">The shorter anchor's words.</param>
    /// <param name="longer">The longer anchor's words.</param>
    /// <returns>Whether the longer is one or two words and the shorter, which opens with a head and "of".</returns>
    public static bool DropsLeadingPlace(IReadOnlyList<string> shorter, IReadOnlyList<string> longer)
    {
        ArgumentNullException.ThrowIfNull(shorter);
        ArgumentNullException.ThrowIfNull(longer);
        var extra = longer.Count - shorter.Count;
        if (extra is not (1 or 2) || !IsHeadOfName(shorter))
        {
            return false;
        }

        for (var i = 0; i < shorter.Count; i++)
        {
            if (!string.Equals(shorter[i], longer[i + extra], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Gets a body's anchor without the one or two words before its "head of name", for blocking with <see cref="DropsLeadingPlace"/>.</summary>
    /// <param name="words">The anchor's words.</param>
    /// <returns>The shorter anchors.</returns>
    public static IEnumerable<string> WithoutLeadingPlace(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        for (var extra = 1; extra <= 2 && extra < words.Count; extra++)
        {
            if (IsHeadOfName(words.Skip(extra).ToList()))
            {
                yield return string.Join(' ', words.Skip(extra));
            }
        }
    }

    // "department of natural resources" (a head, "of" and at least one word more), or a public body's name that ends in
    // the kind of body it is ("environment protection authority", "environment and forest bureau"): three words or more.
    private static bool IsHeadOfName(IReadOnlyList<string> words) =>
        words.Count >= 3 && ((words[1] == "of" && words[0] != "of") || (PublicBodyHeads.Contains(words[^1]) && words[0] is not ("of" or "and")));

    /// <summary>Gets a body's anchor with each inner word left out in turn, for blocking with <see cref="DropsOneInnerWord"/>.</summary>
    /// <param name="words">The anchor's words.</param>
    /// <returns>The shorter anchors; none under five words.</returns>
    public static IEnumerable<string> WithOneInnerWordLeftOut(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count <= MinimumWordsLeft)
        {
            yield break;
        }

        for (var i = 1; i < words.Count - 1; i++)
        {
            yield return string.Join(' ', words.Take(i).Concat(words.Skip(i + 1)));
        }
    }

    /// <summary>Gets the shorter anchors a company's anchor stands for once trailing designators are dropped.</summary>
    /// <param name="words">The anchor's words.</param>
    /// <returns>Each stem, longest first: <c>norvance bio</c> and <c>norvance</c> for <c>norvance bio inc</c>, and
    /// <c>competition commission</c> for <c>competition commission of india</c>; none when the name neither ends with a
    /// designator nor closes with "of" and a name.</returns>
    public static IEnumerable<string> Stems(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (HasLeadingForm(words))
        {
            var body = words.Skip(1).ToList();
            yield return string.Join(' ', body);
            foreach (var stem in Stems(body))
            {
                yield return stem;
            }
        }

        var end = words.Count;
        for (var length = DesignatorLength(words, end); length > 0; length = DesignatorLength(words, end))
        {
            end -= length;
            yield return string.Join(' ', words.Take(end));
        }

        if (OfPlace(words, end) is var of and > 0)
        {
            yield return string.Join(' ', words.Take(of));
        }
    }

    // The number of words of the designator that ends the words before end, leaving at least one: 3 for "joint stock
    // company" (the "JSC" of a Vietnamese company's name written out) and for "sp z oo" (a Polish limited company's "Sp.
    // z o.o."), 2 for "share company" (an Ethiopian one's "S.C."), 1 for any other designator, 0 for none.
    private static int DesignatorLength(IReadOnlyList<string> words, int end)
    {
        if (end >= 4 && ((words[end - 3] == "joint" && words[end - 2] == "stock" && words[end - 1] == "company")
            || (words[end - 3] == "sp" && words[end - 2] == "z" && words[end - 1] == "oo")))
        {
            return 3;
        }

        if (end >= 3 && words[end - 2] == "share" && words[end - 1] == "company")
        {
            return 2;
        }

        return end - 1 >= 1 && Designators.Contains(words[end - 1]) ? 1 : 0;
    }

    // Where "of" and one or two words close a name of two words or more before them ("competition commission of
    // india", "reserve bank of the philippines"): the index of "of", or 0.
    private static int OfPlace(IReadOnlyList<string> words, int end)
    {
        for (var of = end - 2; of >= end - 4 && of >= 2; of--)
        {
            if (words[of] == "of")
            {
                var rest = end - of - 1 - (words[of + 1] == "the" ? 1 : 0);
                return rest is 1 or 2 ? of : 0;
            }
        }

        return 0;
    }

    /// <summary>
    /// Gets the name a body named for the people it brings together goes by with its head last: <c>lake tana fishers
    /// association</c> for <c>association of lake tana fishers boat operators and shoreline communities</c>, the first
    /// members' words (up to the first plural) before the head.
    /// </summary>
    /// <param name="words">The anchor's words.</param>
    /// <returns>The other name's anchor, or <see langword="null"/> for a name of another shape.</returns>
    public static string? WithHeadLast(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count < 3 || words[1] != "of" || !MembersHeads.Contains(words[0]))
        {
            return null;
        }

        for (var end = 3; end <= Math.Min(words.Count, 6); end++)
        {
            if (words[end - 1].Length > 3 && words[end - 1].EndsWith('s') && !words[end - 1].EndsWith("ss", StringComparison.Ordinal))
            {
                return string.Join(' ', words.Skip(2).Take(end - 2).Append(words[0]));
            }
        }

        return null;
    }

    /// <summary>Tells whether a name is another's with only designators added at its end.</summary>
    /// <param name="shorter">The shorter anchor's words.</param>
    /// <param name="longer">The longer anchor's words.</param>
    /// <returns><see langword="true"/> for <c>norvance</c> and <c>norvance bio</c>, and for <c>halmahera sinar</c> and <c>pt
    /// halmahera sinar nikel tbk</c>.</returns>
    public static bool IsStemOf(IReadOnlyList<string> shorter, IReadOnlyList<string> longer)
    {
        ArgumentNullException.ThrowIfNull(shorter);
        ArgumentNullException.ThrowIfNull(longer);

        // "halmahera sinar" of "pt halmahera sinar nikel tbk": the name after its leading legal form, or a stem of it.
        return IsTrailingStemOf(shorter, longer)
            || (HasLeadingForm(longer) && shorter.Count > 0 && shorter[0] != longer[0]
                && longer.Skip(1).ToList() is var body && (body.SequenceEqual(shorter, StringComparer.Ordinal) || IsTrailingStemOf(shorter, body)));
    }

    /// <summary>
    /// Tells whether a company's name opens with a legal form before two words or more (<c>pt halmahera sinar</c>); "PT"
    /// alone before one word may be the name itself.
    /// </summary>
    /// <param name="words">The anchor's words.</param>
    /// <returns>Whether the first word is a leading legal form.</returns>
    public static bool HasLeadingForm(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.Count >= 3 && LeadingForms.Contains(words[0]);
    }

    private static bool IsTrailingStemOf(IReadOnlyList<string> shorter, IReadOnlyList<string> longer)
    {
        if (shorter.Count == 0 || shorter.Count >= longer.Count)
        {
            return false;
        }

        // "hadd coastal water co" of "hadd coastal water company saog": an abbreviated legal form is the word it stands for.
        for (var i = 0; i < shorter.Count; i++)
        {
            if (!string.Equals(LegalForms.GetValueOrDefault(shorter[i], shorter[i]), LegalForms.GetValueOrDefault(longer[i], longer[i]), StringComparison.Ordinal))
            {
                return false;
            }
        }

        // What the longer adds: designators only, or a closing "of" and a name, then designators.
        var end = longer.Count;
        while (end > shorter.Count && DesignatorLength(longer, end) is var length and > 0 && end - length >= shorter.Count)
        {
            end -= length;
        }

        return end == shorter.Count || OfPlace(longer, end) == shorter.Count;
    }
}
