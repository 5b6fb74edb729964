using GraphBuilder.Graph.Model;

namespace GraphBuilder.Extraction.Lexicons;

/// <summary>
/// Reads Greek names written in Latin letters by their endings and heads, which the recogniser, trained on English news,
/// reads as bodies' or places' as often as people's: a family name's masculine or feminine ending ("Vlachopoulos" and
/// his daughter "Vlachopoulou", "Papadakis", "Zavitsianos", "Theodoridou"), and a body's Greek head ("Dimos Lefkadas",
/// the municipality of Lefkada; "Alieftikos Syllogos Meganisiou", the fishermen's association of Meganisi). Endings are
/// compared accent-folded ("Zavitsiános").
/// </summary>
internal static class GreekNames
{
    // Family names' endings that are Greek and nothing else in English news: "-opoulos"/"-opoulou", "-akis", "-idis"
    // and "-iadis" with their feminines "-idou" and "-iadou", "-oglou", "-ianos", "-eas".
    private static readonly string[] SurnameEndings = ["poulos", "poulou", "akis", "idis", "idou", "iadis", "iadou", "oglou", "ianos", "akos"];

    // Heads of Greek bodies' names: a municipality, an association, a union, a ministry, a region, a court, a port
    // corps, a university, a company ("Naftiliaki", a shipping company).
    private static readonly string[] BodyWords =
        ["dimos", "syllogos", "enosi", "ypourgeio", "perifereia", "dikastirio", "limeniko", "panepistimio", "naftiliaki", "etaireia"];

    /// <summary>Tells whether a word is a Greek family name by its ending ("Vlachopoulou", "Papadakis", "Zavitsiános").</summary>
    /// <param name="word">The word as written.</param>
    /// <returns><see langword="true"/> for such a name.</returns>
    public static bool IsSurname(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var folded = Folded(word);
        return folded.Length >= 7 && SurnameEndings.Any(e => folded.EndsWith(e, StringComparison.Ordinal));
    }

    /// <summary>Tells whether a word is the head of a Greek body's name ("Dimos", "Syllogos", "Limeniko").</summary>
    /// <param name="word">The word as written.</param>
    /// <returns><see langword="true"/> for such a word.</returns>
    public static bool IsBodyWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return BodyWords.Contains(Folded(word), StringComparer.Ordinal);
    }

    private static string Folded(string word) => LatinFolding.Fold(word.ToLowerInvariant());
}
