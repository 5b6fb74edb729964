using System.Collections.Frozen;

namespace GraphBuilder.Extraction.Lexicons;

/// <summary>
/// Holds the other names news gives a country, each with the country's usual name, so that <c>America</c> and
/// <c>the United States</c> are one place in every article, whichever the article writes.
/// </summary>
internal static class CountryNames
{
    // Only names that mean one country in news; "Korea" or "Holland" could be either of two places and are left to
    // the article's own context.
    private static readonly FrozenDictionary<string, string> Countries = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["America"] = "United States", ["USA"] = "United States", ["U.S.A."] = "United States", ["US"] = "United States",
        ["U.S."] = "United States", ["United States of America"] = "United States",
        ["UK"] = "United Kingdom", ["U.K."] = "United Kingdom", ["Britain"] = "United Kingdom", ["Great Britain"] = "United Kingdom",
        ["DPRK"] = "North Korea", ["Democratic People's Republic of Korea"] = "North Korea",
        ["Republic of Korea"] = "South Korea", ["Korea Republic"] = "South Korea",
        ["UAE"] = "United Arab Emirates", ["People's Republic of China"] = "China", ["PRC"] = "China",
        ["Russian Federation"] = "Russia", ["Türkiye"] = "Turkey", ["Turkiye"] = "Turkey",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // The words for a state that open a country's formal name ("the Sultanate of Oman").
    private static readonly FrozenSet<string> FormalStates = FrozenSet.ToFrozenSet(
        ["Sultanate", "Kingdom", "Republic", "Emirate", "Principality", "Duchy", "Commonwealth", "Federation"], StringComparer.Ordinal);

    // Names that are a country, a continent or a US state by themselves (the demonyms' places, the countries above, the
    // states), and the first words of a city's name as well ("Mexico City", "Kansas City"): such a name alone is never
    // taken as the longer one's short form.
    private static readonly FrozenSet<string> Regions = Demonyms.Places
        .Concat(Countries.Values)
        .Concat(
        [
            "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
            "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
            "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
            "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
            "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
            "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "Kuwait", "Panama",
            "Guatemala", "Vatican", "Quebec", "Singapore", "Monaco", "Luxembourg", "Djibouti", "Andorra",
        ])
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // The countries among the regions: what is left once continents, groups of countries and names that are also a US
    // state's ("Georgia") are taken out.
    private static readonly FrozenSet<string> SovereignCountries = Demonyms.Places
        .Concat(Countries.Values)
        .Concat(["Kuwait", "Panama", "Guatemala", "Vatican", "Singapore", "Monaco", "Luxembourg", "Djibouti", "Andorra"])
        .Except(["Africa", "Asia", "Europe", "Arab world", "Georgia"], StringComparer.OrdinalIgnoreCase)
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Continents and the groups of countries news names as places, the only places a country lies in besides another
    // country.
    private static readonly FrozenSet<string> GroupsOfCountries = FrozenSet.ToFrozenSet(
        [
            "Africa", "Asia", "Europe", "Oceania", "Antarctica", "Americas", "North America", "South America", "Latin America",
            "Central America", "Middle East", "Near East", "Far East", "Arab world", "Scandinavia", "Nordic countries",
            "Nordics", "Balkans", "Baltics", "Baltic", "Caucasus", "Caribbean", "Gulf", "Persian Gulf", "Sahel",
            "Horn of Africa", "West Africa", "East Africa", "North Africa", "Southern Africa", "Central Africa",
            "Sub-Saharan Africa", "Southeast Asia", "South Asia", "East Asia", "Central Asia", "Western Europe", "Eastern Europe",
            "Central Europe", "Northern Europe", "Southern Europe", "European Union", "EU", "Iberia", "Iberian Peninsula",
            "Korean Peninsula", "Arabian Peninsula", "Indochina", "Pacific", "Asia-Pacific", "Maghreb", "Levant",
        ],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Tells whether a name is a continent's or a group of countries' ("Scandinavia", "the Middle East").</summary>
    /// <param name="name">The name.</param>
    /// <returns><see langword="true"/> for a continent or a group of countries.</returns>
    public static bool IsGroupOfCountries(string name)
    {
        var trimmed = name.Trim();
        return GroupsOfCountries.Contains(trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? trimmed[4..] : trimmed);
    }

    /// <summary>Tells whether a name, or another name of it (<c>the U.S.</c>), is a country's: never a continent's.</summary>
    /// <param name="name">The name, such as <c>Libya</c>.</param>
    /// <returns><see langword="true"/> for a country.</returns>
    public static bool IsCountry(string name) => SovereignCountries.Contains(TryGetCountry(name, out var country) ? country : name.Trim());

    /// <summary>Tells whether a name is a country, a continent or a US state by itself.</summary>
    /// <param name="name">The name, such as <c>Mexico</c>.</param>
    /// <returns><see langword="true"/> for a country or a state.</returns>
    public static bool IsCountryOrState(string name) => Regions.Contains(name.Trim());

    /// <summary>Finds the usual name of a country from another of its names.</summary>
    /// <param name="name">The name as written, such as <c>America</c> or <c>the UK</c>.</param>
    /// <param name="country">The usual name, such as <c>United States</c>.</param>
    /// <returns><see langword="true"/> when the name is another name of a country.</returns>
    public static bool TryGetCountry(string name, out string country)
    {
        var trimmed = name.Trim();
        if (trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[4..];
        }

        if (trimmed.EndsWith("'s", StringComparison.Ordinal) || trimmed.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            trimmed = trimmed[..^2];
        }

        if (Countries.TryGetValue(trimmed, out country!))
        {
            return true;
        }

        // "the Sultanate of Oman", "the Kingdom of Saudi Arabia", "the Hashemite Kingdom of Jordan": a state's formal name
        // is the country's, but for the formal names of two countries at once ("Republic of China", "Republic of the
        // Congo"), which the table decides or leaves alone.
        var of = trimmed.IndexOf(" of ", StringComparison.Ordinal);
        if (of > 0 && FormalStates.Contains(trimmed[..of].Split(' ')[^1]) && trimmed[(of + 4)..] is var rest
            && (rest.StartsWith("the ", StringComparison.Ordinal) ? rest[4..] : rest) is var named
            && SovereignCountries.Contains(named) && named is not ("China" or "Congo" or "Korea" or "Macedonia"))
        {
            country = named;
            return true;
        }

        country = string.Empty;
        return false;
    }
}
