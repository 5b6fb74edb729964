using System.Collections.Frozen;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Extraction.Lexicons;

/// <summary>
/// Holds the words that open Vietnamese bodies' names as English-language news writes them untranslated ("Công ty Cổ
/// phần Nạo vét Phù Sa", "Hợp tác xã Tôm Sú Long Hòa", "Sở Tài nguyên và Môi trường tỉnh Trà Vinh", "UBND tỉnh Trà
/// Vinh"), and tells the syllables such a name is written in. A Vietnamese name puts its head first and writes most
/// of its syllables in lower case, so the recogniser, trained on English, breaks it into pieces.
/// </summary>
internal static class VietnameseNames
{
    // Openers, folded to ASCII and in lower case: company, corporation, group, bank, cooperative, people's committee,
    // centre, department (of a province), ministry, institute, agency, sub-agency. Not "Hội" (association) or "Đài"
    // (station), which also open places' names ("Hội An", "Đài Loan").
    private static readonly FrozenSet<string> Openers = FrozenSet.ToFrozenSet(
        [
            "cong ty", "tong cong ty", "tap doan", "ngan hang", "hop tac xa", "uy ban nhan dan", "trung tam", "so", "bo", "vien",
            "cuc", "chi cuc",
        ],
        StringComparer.Ordinal);

    // The first words of the openers, folded: a word that is none of them opens nothing, which is checked before the
    // openers are put together from the words after it.
    private static readonly FrozenSet<string> FirstWords = FrozenSet.ToFrozenSet(
        ["cong", "tong", "tap", "ngan", "hop", "uy", "trung", "so", "bo", "vien", "cuc", "chi"],
        StringComparer.OrdinalIgnoreCase);

    // Abbreviated openers: "HTX" (hợp tác xã, a cooperative) and "UBND" (ủy ban nhân dân, a people's committee).
    private static readonly FrozenSet<string> AbbreviatedOpeners = FrozenSet.ToFrozenSet(["HTX", "UBND"], StringComparer.Ordinal);

    // Syllables of bodies' names that carry no mark, so that nothing but this list tells them from English.
    private static readonly FrozenSet<string> PlainSyllables = FrozenSet.ToFrozenSet(
        ["ty", "ban", "kinh", "doanh", "thanh", "xanh", "tin", "hoa", "van", "nam", "minh", "vinh", "giang"],
        StringComparer.Ordinal);

    // The letters only Vietnamese writes among the languages news names: the horned and hatted vowels, the crossed d
    // and the tone marks stacked on them (the grave and acute vowels are French and Spanish too).
    private static readonly FrozenSet<char> MarkedLetters = FrozenSet.ToFrozenSet(
        "ăâđêôơưĂÂĐÊÔƠƯảạãẻẹẽỉịĩỏọõủụũỷỵỹỳẢẠÃẺẸẼỈỊĨỎỌÕỦỤŨỶỴỸỲấầẩẫậắằẳẵặếềểễệốồổỗộớờởỡợứừửữựẤẦẨẪẬẮẰẲẴẶẾỀỂỄỆỐỒỔỖỘỚỜỞỠỢỨỪỬỮỰ");

    // The commonest family names, with their marks and as wires write them.
    private static readonly FrozenSet<string> FamilyNames = FrozenSet.ToFrozenSet(
        [
            "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
            "Đinh", "Trương", "Lâm", "Nguyen", "Tran", "Pham", "Hoang", "Huynh", "Vu", "Vo", "Dang", "Bui", "Do", "Ngo", "Duong",
            "Dinh", "Truong",
        ],
        StringComparer.Ordinal);

    // Middle names that mark a name Vietnamese without its marks ("Nguyen Van Hung", "Tran Thi Mai Lan").
    private static readonly FrozenSet<string> MiddleNames = FrozenSet.ToFrozenSet(["Văn", "Thị", "Van", "Thi"], StringComparer.Ordinal);

    // Words after a person's name in the names of streets, places and bodies named after people ("Nguyễn Thị Minh Khai
    // Street", "Hồ Chí Minh City").
    private static readonly FrozenSet<string> NamedAfterHeads = FrozenSet.ToFrozenSet(
        ["Street", "Road", "Avenue", "Boulevard", "Bridge", "Square", "City", "School", "University", "Ward", "District", "Province", "Hospital", "Market"],
        StringComparer.Ordinal);

    /// <summary>The longest opener, in words.</summary>
    public const int LongestOpener = 4;

    /// <summary>Tells whether a word may be the first of a Vietnamese body's opener, without putting any words together.</summary>
    /// <param name="word">The word, as written.</param>
    /// <returns><see langword="true"/> for "Công", "CÔNG", "Hợp", "Sở", "HTX"; <see langword="false"/> for most words.</returns>
    public static bool MayOpen(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Length is > 0 and <= 5 && char.IsUpper(word[0]) && (AbbreviatedOpeners.Contains(word) || FirstWords.Contains(LatinFolding.Fold(word)));
    }

    /// <summary>Tells whether words open a Vietnamese body's name.</summary>
    /// <param name="words">The words, as written.</param>
    /// <returns>
    /// <see langword="true"/> for "Công ty", "Hợp tác xã", "Ủy ban nhân dân", "HTX"; a one-word opener must carry its
    /// marks ("Sở", "Bộ"), as "So" and "Bo" are English and names.
    /// </returns>
    public static bool Opens(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count == 1 && AbbreviatedOpeners.Contains(words[0]))
        {
            return true;
        }

        if (words.Count == 0 || words[0].Length == 0 || !char.IsUpper(words[0][0]) || (words.Count == 1 && !HasMarks(words[0])))
        {
            return false;
        }

        return Openers.Contains(LatinFolding.Fold(string.Join(' ', words)).ToLowerInvariant());
    }

    /// <summary>Tells whether a word is one of the commonest Vietnamese family names, with its marks or without.</summary>
    /// <param name="word">The word, as written.</param>
    /// <returns><see langword="true"/> for "Nguyễn", "Nguyen", "Trần".</returns>
    public static bool IsFamilyName(string word) => FamilyNames.Contains(word);

    /// <summary>Tells whether a name has the shape of a Vietnamese person's full name.</summary>
    /// <param name="words">The name's words, as written.</param>
    /// <returns>
    /// <see langword="true"/> for a common family name and two or three capitalised syllables, one of them marked or
    /// "Văn" or "Thị" after the family name ("Trần Quốc Bảo", "Nguyen Van Hung"); not for a street or a city named after
    /// a person.
    /// </returns>
    public static bool IsFullName(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.Count is 3 or 4 && FamilyNames.Contains(words[0])
            && words.All(w => w.Length > 0 && char.IsUpper(w[0]) && IsSyllable(w) && !NamedAfterHeads.Contains(w))
            && (words.Any(HasMarks) || MiddleNames.Contains(words[1]));
    }

    /// <summary>Tells whether a word may be a syllable of a Vietnamese name after its opener.</summary>
    /// <param name="word">The word, as written.</param>
    /// <returns>
    /// <see langword="true"/> for a short word that carries an accent ("nguyên", "và", "tỉnh"), is capitalised ("Sa",
    /// "Long") or is one of the few unmarked syllables bodies' names use ("ty", "ban").
    /// </returns>
    public static bool IsSyllable(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Length is > 0 and <= 7 && word.All(char.IsLetter)
            && (char.IsUpper(word[0]) || word.Any(c => c > '\u007F') || PlainSyllables.Contains(word));
    }

    /// <summary>Tells whether a word carries a letter only Vietnamese writes.</summary>
    /// <param name="word">The word.</param>
    /// <returns><see langword="true"/> for "Nguyễn", "tỉnh", "Đồng".</returns>
    public static bool HasMarks(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        foreach (var c in word)
        {
            if (MarkedLetters.Contains(c))
            {
                return true;
            }
        }

        return false;
    }
}
