using System.Collections.Frozen;

namespace GraphBuilder.Graph.Model;

/// <summary>
/// Folds accented Latin letters to their ASCII base (<c>é</c> to <c>e</c>, <c>ß</c> to <c>ss</c>). The process runs
/// with invariant globalization, where Unicode decomposition is unavailable, so the common letters are tabled here.
/// </summary>
public static class LatinFolding
{
    private static readonly FrozenDictionary<char, string> Table = Build();

    /// <summary>Returns the ASCII base of a letter, or the letter itself when it has none.</summary>
    /// <param name="c">The character.</param>
    /// <returns>One or two characters.</returns>
    public static string Fold(char c) => c < 0x80 ? c.ToString() : Table.GetValueOrDefault(c) ?? c.ToString();

    /// <summary>Folds every accented Latin letter of a text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The folded text.</returns>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.All(c => c < 0x80))
        {
            return text;
        }

        return string.Concat(text.Select(Fold));
    }

    private static FrozenDictionary<char, string> Build()
    {
        // Each group: the base letter(s), then the accented forms that fold to it.
        (string Base, string Forms)[] groups =
        [
            ("A", "ÀÁÂÃÄÅĀĂĄǍ"), ("a", "àáâãäåāăąǎ"), ("AE", "Æ"), ("ae", "æ"), ("C", "ÇĆĈĊČ"), ("c", "çćĉċč"),
            ("D", "ĎĐÐ"), ("d", "ďđð"), ("E", "ÈÉÊËĒĔĖĘĚ"), ("e", "èéêëēĕėęě"), ("G", "ĜĞĠĢ"), ("g", "ĝğġģ"),
            ("H", "ĤĦ"), ("h", "ĥħ"), ("I", "ÌÍÎÏĨĪĬĮİ"), ("i", "ìíîïĩīĭįı"), ("J", "Ĵ"), ("j", "ĵ"), ("K", "Ķ"), ("k", "ķ"),
            ("L", "ĹĻĽĿŁ"), ("l", "ĺļľŀł"), ("N", "ÑŃŅŇ"), ("n", "ñńņň"), ("O", "ÒÓÔÕÖØŌŎŐ"), ("o", "òóôõöøōŏő"),
            ("OE", "Œ"), ("oe", "œ"), ("R", "ŔŖŘ"), ("r", "ŕŗř"), ("S", "ŚŜŞŠȘ"), ("s", "śŝşšș"), ("ss", "ß"),
            ("T", "ŢŤŦȚ"), ("t", "ţťŧț"), ("TH", "Þ"), ("th", "þ"), ("U", "ÙÚÛÜŨŪŬŮŰŲ"), ("u", "ùúûüũūŭůűų"),
            ("W", "Ŵ"), ("w", "ŵ"), ("Y", "ÝŶŸ"), ("y", "ýÿŷ"), ("Z", "ŹŻŽ"), ("z", "źżž"),

            // Vietnamese: the horned vowels and the tone marks stacked on the vowels ("Nguyễn", "Phạm", "Trường").
            ("A", "ẠẢẤẦẨẪẬẮẰẲẴẶ"), ("a", "ạảấầẩẫậắằẳẵặ"), ("E", "ẸẺẼẾỀỂỄỆ"), ("e", "ẹẻẽếềểễệ"), ("I", "ỈỊ"), ("i", "ỉị"),
            ("O", "ỌỎỐỒỔỖỘỚỜỞỠỢƠ"), ("o", "ọỏốồổỗộớờởỡợơ"), ("U", "ỤỦỨỪỬỮỰƯ"), ("u", "ụủứừửữựư"), ("Y", "ỲỴỶỸ"), ("y", "ỳỵỷỹ"),
        ];
        var table = new Dictionary<char, string>();
        foreach (var (baseLetters, forms) in groups)
        {
            foreach (var form in forms)
            {
                table[form] = baseLetters;
            }
        }

        return table.ToFrozenDictionary();
    }
}
