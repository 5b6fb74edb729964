using System.Collections.Frozen;

namespace GraphBuilder.Extraction.Lexicons;

/// <summary>
/// Holds the words that close Turkish names as English-language news writes them untranslated: the heads of bodies'
/// names ("Kıyı Gözcüleri Derneği", "Gölcük Belediyesi"), of places' names ("İzmit Körfezi") and companies' legal forms
/// ("Derinsu Kimya Sanayi ve Ticaret A.Ş."). Wires fold the letters to ASCII ("Kiyi Gozculeri Dernegi"), so words are
/// compared folded.
/// </summary>
internal static class TurkishNames
{
    // Heads of a body's name, folded: association, cooperative, directorate, municipality, governorship, party,
    // foundation, ministry, university, trade union, chamber, assembly, presidency, institution, federation, union,
    // company, bank, chief prosecutor's office, institute.
    private static readonly FrozenSet<string> BodyHeads = FrozenSet.ToFrozenSet(
        [
            "dernegi", "kooperatifi", "mudurlugu", "belediyesi", "valiligi", "partisi", "vakfi", "bakanligi", "universitesi",
            "sendikasi", "odasi", "meclisi", "baskanligi", "kurumu", "federasyonu", "konfederasyonu", "birligi", "sirketi",
            "bankasi", "bassavciligi", "enstitusu",
        ],
        StringComparer.Ordinal);

    // Heads of a place's name, folded: gulf, strait, lake, mountain(s), river, plain, island, cape, cove, stream, dam,
    // peninsula.
    private static readonly FrozenSet<string> PlaceHeads = FrozenSet.ToFrozenSet(
        ["korfezi", "bogazi", "golu", "dagi", "daglari", "nehri", "irmagi", "ovasi", "adasi", "burnu", "koyu", "cayi", "baraji", "yarimadasi"],
        StringComparer.Ordinal);

    // Legal forms, folded and without their periods: "A.Ş." (anonim şirket) and "Şti." (şirketi, after "Ltd.").
    private static readonly FrozenSet<string> LegalForms = FrozenSet.ToFrozenSet(["as", "sti"], StringComparer.Ordinal);

    /// <summary>Tells whether a word is the head of a Turkish body's name, however its letters are written.</summary>
    /// <param name="word">The word, such as <c>Derneği</c>, <c>Dernegi</c> or <c>DERNEĞİ</c>.</param>
    /// <returns><see langword="true"/> for a body's head.</returns>
    public static bool IsBodyHead(string word) => BodyHeads.Contains(Fold(word));

    /// <summary>Tells whether a word is the head of a Turkish place's name ("Körfezi", "Boğazı").</summary>
    /// <param name="word">The word.</param>
    /// <returns><see langword="true"/> for a place's head.</returns>
    public static bool IsPlaceHead(string word) => PlaceHeads.Contains(Fold(word));

    /// <summary>Tells whether a word is a Turkish company's legal form written with its periods or its letters ("A.Ş.").</summary>
    /// <param name="word">The word.</param>
    /// <returns><see langword="true"/> for <c>A.Ş.</c>, <c>AŞ</c>, <c>A.S.</c> and <c>Şti.</c>; not for a bare "AS".</returns>
    public static bool IsLegalForm(string word) =>
        word is not "AS" and not "As" && word.Any(char.IsUpper) && LegalForms.Contains(Fold(word).Replace(".", string.Empty, StringComparison.Ordinal));

    // Lower case with the Turkish letters folded to the ASCII a wire writes for them.
    private static string Fold(string word)
    {
        // No head is long; a long token (hostile input) is no head and must not take the stack.
        if (word.Length > 24)
        {
            return string.Empty;
        }

        Span<char> folded = stackalloc char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            folded[i] = word[i] switch
            {
                'ç' or 'Ç' => 'c',
                'ğ' or 'Ğ' => 'g',
                'ı' or 'I' or 'İ' or 'i' => 'i',
                'ö' or 'Ö' => 'o',
                'ş' or 'Ş' => 's',
                'ü' or 'Ü' => 'u',
                var c => char.ToLowerInvariant(c),
            };
        }

        return new string(folded);
    }
}
