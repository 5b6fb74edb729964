using GraphBuilder.Graph.Model;

namespace GraphBuilder.Extraction.Lexicons;

/// <summary>
/// Reads Icelandic names by their endings, which the recogniser, trained on English news, has never seen: a person's
/// last name is a father's or a mother's name with "-son" or "-dóttir" ("Þórður Ragnarsson", "Hildur Þórðardóttir"), a
/// place's name ends in a fjord, a valley or a farmstead ("Reyðarfjörður", "Breiðdalur", "Egilsstaðir"), and a public
/// body's name is a compound on its head ("Matvælastofnun", "Fiskistofa", "Veiðiréttarfélag"). Each ending is compared
/// accent-folded, so "Thordardottir" and "Reydarfjordur" read as "Þórðardóttir" and "Reyðarfjörður" do.
/// </summary>
internal static class IcelandicNames
{
    // Compound heads of bodies' names: an institute or agency, an office, a court, an association, a ministry, a
    // federation, a firm of lawyers.
    private static readonly string[] BodyEndings = ["stofnun", "stofa", "domur", "felag", "raduneyti", "samtok", "logmenn"];

    // Endings of places' names: a fjord, a farmstead or town, a valley, a trading town, a bay.
    private static readonly string[] PlaceEndings = ["fjordur", "stadir", "dalur", "kaupstadur"];

    /// <summary>Tells whether a word is an Icelandic patronymic or matronymic: a son's "-sson" or "-arson", a daughter's "-dóttir".</summary>
    /// <param name="word">The word as written ("Ragnarsson", "Þórðardóttir", "Helgadottir").</param>
    /// <returns><see langword="true"/> for such a last name.</returns>
    public static bool IsPatronymic(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var folded = Folded(word);

        // The Swedish company keeps its founder's name.
        return folded != "ericsson"
            && ((folded.Length >= 6 && (folded.EndsWith("sson", StringComparison.Ordinal) || folded.EndsWith("arson", StringComparison.Ordinal)))
                || (folded.Length >= 9 && folded.EndsWith("dottir", StringComparison.Ordinal)));
    }

    /// <summary>Tells whether a word is an Icelandic place's name by its ending ("Reyðarfjörður", "Egilsstaðir", "Breiðdalsvík").</summary>
    /// <param name="word">The word as written.</param>
    /// <returns><see langword="true"/> for such a name.</returns>
    public static bool IsPlaceName(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var folded = Folded(word);
        return (folded.Length >= 9 && PlaceEndings.Any(e => folded.EndsWith(e, StringComparison.Ordinal)))
            || (folded.Length >= 8 && folded.EndsWith("vik", StringComparison.Ordinal) && folded.All(char.IsLetter));
    }

    /// <summary>Tells whether a word is an Icelandic body's name or its head ("Matvælastofnun", "Héraðsdómur", "Útvarp").</summary>
    /// <param name="word">The word as written.</param>
    /// <returns><see langword="true"/> for such a word.</returns>
    public static bool IsBodyWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var folded = Folded(word);
        return folded == "utvarp" || (folded.Length >= 8 && BodyEndings.Any(e => folded.EndsWith(e, StringComparison.Ordinal)));
    }

    /// <summary>Tells whether a word is an Icelandic company's legal form, which is written in lower case ("hf.", "ehf.").</summary>
    /// <param name="word">The token as written.</param>
    /// <returns><see langword="true"/> for a public or a private limited company's form.</returns>
    public static bool IsLegalForm(string word) => word is "hf" or "hf." or "ehf" or "ehf.";

    private static string Folded(string word) => LatinFolding.Fold(word.ToLowerInvariant());
}
