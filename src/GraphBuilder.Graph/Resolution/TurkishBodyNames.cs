using System.Collections.Frozen;

namespace GraphBuilder.Graph.Resolution;

/// <summary>
/// Translates the generic words of a Turkish body's or company's name into the English that news in English writes for
/// them, so that "S.S. Mavi Ağ Su Ürünleri Kooperatifi" in one story and "Mavi Ağ Fisheries Cooperative" in another, or
/// "Derinsu Kimya" and "Derinsu Chemicals", have one anchor. The distinctive words stay as they are: a name translated
/// whole ("Coast Watchers Association" for "Kıyı Gözcüleri Derneği") is left to the stories that give both.
/// </summary>
internal static class TurkishBodyNames
{
    // Folded anchor words and their English: fisheries ("su ürünleri", water products), cooperative, association,
    // chemicals, directorate, municipality, party, foundation, university, trade union, chamber, ministry, bank, energy,
    // construction, insurance.
    private static readonly FrozenDictionary<string, string> Words = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["kooperatifi"] = "cooperative", ["dernegi"] = "association", ["kimya"] = "chemicals", ["mudurlugu"] = "directorate",
        ["belediyesi"] = "municipality", ["partisi"] = "party", ["vakfi"] = "foundation", ["universitesi"] = "university",
        ["sendikasi"] = "union", ["odasi"] = "chamber", ["bakanligi"] = "ministry", ["bankasi"] = "bank", ["enerji"] = "energy",
        ["insaat"] = "construction", ["sigorta"] = "insurance",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Gets the anchor of a Turkish body's name with its generic words in English.</summary>
    /// <param name="anchor">The anchor, such as <c>ss mavi ag su urunleri kooperatifi</c>.</param>
    /// <returns><c>mavi ag fisheries cooperative</c>; the anchor itself when it has no Turkish generic word.</returns>
    public static string Translate(string anchor)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        var words = NameAnchor.WordsOf(anchor);
        if (!words.Any(w => Words.ContainsKey(w) || w == "urunleri"))
        {
            return anchor;
        }

        // "S.S." (sınırlı sorumlu, limited liability) opens a cooperative's registered name; English leaves it out.
        var translated = new List<string>(words.Length);
        for (var i = words[0] == "ss" && words.Length >= 3 ? 1 : 0; i < words.Length; i++)
        {
            if (words[i] == "su" && i + 1 < words.Length && words[i + 1] == "urunleri")
            {
                translated.Add("fisheries");
                i++;
            }
            else
            {
                translated.Add(Words.GetValueOrDefault(words[i], words[i]));
            }
        }

        return string.Join(' ', translated);
    }
}
