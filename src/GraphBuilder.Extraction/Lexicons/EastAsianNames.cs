using System.Collections.Frozen;

namespace GraphBuilder.Extraction.Lexicons;

/// <summary>
/// Korean and Chinese names as English news writes them: a common surname, then a given name of two syllables joined by
/// a hyphen ("Park Joo-Ho", "Kwok Ka-ki", "Lam Cheuk-ting").
/// </summary>
internal static class EastAsianNames
{
    private static readonly FrozenSet<string> Surnames = FrozenSet.ToFrozenSet(
        [
            // Korean
            "Kim", "Lee", "Park", "Choi", "Jung", "Chung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Shin",
            "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Ko", "Moon", "Son", "Yang", "Bae", "Baek", "Heo", "Nam",
            "Noh", "Ha", "Ryu", "Jin", "Koo", "Ku",

            // Chinese, as Hong Kong and Taiwan write them
            "Chan", "Wong", "Cheung", "Lau", "Ho", "Ng", "Leung", "Lam", "Tang", "Kwok", "Chow", "Chu", "Wu", "Tsang",
            "Yeung", "Fung", "Lo", "Mak", "Tse", "Yip", "Kwong", "Poon", "Tam", "Au", "Szeto", "Hui", "Kong", "Wan",
            "Tsai", "Hsu", "Chen", "Lin", "Huang", "Liu", "Wang", "Zhang", "Li", "Ma", "Hu", "Guo", "Luo", "Liang",
            "Chang", "Cheng", "Kuo", "Kao", "Hsieh", "Tseng", "Hsiao", "Chiang", "Chou", "Yeh", "Lu", "Su", "Chiu", "Hung",
            "Chuang", "Chien", "Shih", "Tu", "Peng", "Lai", "Yen", "Pan", "Fan", "Teng", "Tsao", "Wei", "Hsiung", "Chao",
            "Sun", "Zhou", "Zhao", "Xu", "Gao", "Zheng", "Xie", "Yu", "Deng", "Feng", "Cai", "Jiang", "Tian", "Du",
        ],
        StringComparer.Ordinal);

    /// <summary>Tells whether a name has the shape of a Korean or Chinese person's full name.</summary>
    /// <param name="name">The name as written.</param>
    /// <returns><see langword="true"/> for a known surname and a hyphenated given name of two short syllables.</returns>
    public static bool IsFullName(string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0 || !Surnames.Contains(name[..space]))
        {
            return false;
        }

        var given = name[(space + 1)..];
        var hyphen = given.IndexOf('-', StringComparison.Ordinal);
        return hyphen > 0
            && IsSyllable(given[..hyphen], capital: true)
            && IsSyllable(given[(hyphen + 1)..], capital: false);
    }

    /// <summary>
    /// Writes a Korean or Chinese name recased from capitals as the news writes it: "LIN MEI-HUA", recased "Lin Mei-Hua",
    /// is "Lin Mei-hua".
    /// </summary>
    /// <param name="name">The name in title case.</param>
    /// <returns>The name with its given name's second syllable in lower case, where the name has that shape; else the
    /// name.</returns>
    public static string Recased(string name)
    {
        var hyphen = name.LastIndexOf('-');
        if (hyphen < 0 || hyphen + 1 >= name.Length)
        {
            return name;
        }

        var lowered = string.Concat(name.AsSpan(0, hyphen + 1), name[(hyphen + 1)..].ToLowerInvariant());
        return IsFullName(lowered) ? lowered : name;
    }

    private static bool IsSyllable(string part, bool capital)
    {
        if (part.Length is < 1 or > 5 || (capital && !char.IsUpper(part[0])))
        {
            return false;
        }

        for (var i = 0; i < part.Length; i++)
        {
            if (!char.IsAsciiLetter(part[i]) || (i > 0 && char.IsUpper(part[i])))
            {
                return false;
            }
        }

        return true;
    }
}
