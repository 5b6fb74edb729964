namespace GraphBuilder.Extraction.Lexicons;

/// <summary>
/// Holds the words that end the names of a country's divisions ("Oyo State", "Western Cape Province"), whose
/// governments are bodies of their own: a head of one leads the government, not the place.
/// </summary>
internal static class PolityWords
{
    /// <summary>Tells whether a name is a country's or one of its divisions' ("Nigeria", "Oyo State", "Kent County").</summary>
    /// <param name="name">The name as written.</param>
    /// <returns><see langword="true"/> for a country's name and for a name of two words or more ending in a division's word.</returns>
    public static bool IsPolity(string name) =>
        CountryNames.IsCountry(name) || (name.Contains(' ', StringComparison.Ordinal) && IsDivisionWord(name[(name.LastIndexOf(' ') + 1)..]));

    /// <summary>Tells whether a word ends a division's name.</summary>
    /// <param name="word">The word, capitalised.</param>
    /// <returns><see langword="true"/> for <c>State</c>, <c>Province</c>, <c>County</c>, <c>Region</c>, <c>Territory</c> and <c>Voivodeship</c>.</returns>
    public static bool IsDivisionWord(string word) => word is "State" or "Province" or "County" or "Region" or "Territory" or "Voivodeship";
}
