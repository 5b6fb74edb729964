using System.Collections.Frozen;

namespace GraphBuilder.Extraction.Lexicons;

/// <summary>
/// Holds nationality and demonym adjectives with the place each points to, so that <c>Russian</c> yields
/// <c>Russia</c> rather than an entity of its own.
/// </summary>
internal static class Demonyms
{
    private static readonly FrozenDictionary<string, string> PlacesByDemonym = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["American"] = "United States", ["US"] = "United States", ["U.S."] = "United States", ["Russian"] = "Russia", ["Soviet"] = "Soviet Union",
        ["British"] = "United Kingdom", ["English"] = "England", ["Scottish"] = "Scotland", ["Welsh"] = "Wales", ["Irish"] = "Ireland",
        ["French"] = "France", ["German"] = "Germany", ["Italian"] = "Italy", ["Spanish"] = "Spain", ["Portuguese"] = "Portugal",
        ["Dutch"] = "Netherlands", ["Belgian"] = "Belgium", ["Swiss"] = "Switzerland", ["Austrian"] = "Austria", ["Swedish"] = "Sweden",
        ["Norwegian"] = "Norway", ["Danish"] = "Denmark", ["Finnish"] = "Finland", ["Polish"] = "Poland", ["Czech"] = "Czech Republic",
        ["Hungarian"] = "Hungary", ["Romanian"] = "Romania", ["Bulgarian"] = "Bulgaria", ["Greek"] = "Greece", ["Turkish"] = "Turkey",
        ["Ukrainian"] = "Ukraine", ["Belarusian"] = "Belarus", ["Georgian"] = "Georgia", ["Armenian"] = "Armenia", ["Serbian"] = "Serbia",
        ["Croatian"] = "Croatia", ["Chinese"] = "China", ["Japanese"] = "Japan", ["Korean"] = "Korea", ["North Korean"] = "North Korea",
        ["South Korean"] = "South Korea", ["Indian"] = "India", ["Pakistani"] = "Pakistan", ["Afghan"] = "Afghanistan", ["Iranian"] = "Iran",
        ["Iraqi"] = "Iraq", ["Syrian"] = "Syria", ["Israeli"] = "Israel", ["Palestinian"] = "Palestine", ["Saudi"] = "Saudi Arabia",
        ["Egyptian"] = "Egypt", ["Lebanese"] = "Lebanon", ["Jordanian"] = "Jordan", ["Libyan"] = "Libya", ["Nigerian"] = "Nigeria",
        ["Kenyan"] = "Kenya", ["Ethiopian"] = "Ethiopia", ["South African"] = "South Africa", ["Canadian"] = "Canada", ["Mexican"] = "Mexico",
        ["Brazilian"] = "Brazil", ["Argentine"] = "Argentina", ["Argentinian"] = "Argentina", ["Chilean"] = "Chile", ["Colombian"] = "Colombia",
        ["Venezuelan"] = "Venezuela", ["Cuban"] = "Cuba", ["Australian"] = "Australia", ["Indonesian"] = "Indonesia", ["Vietnamese"] = "Vietnam",
        ["Thai"] = "Thailand", ["Filipino"] = "Philippines", ["Malaysian"] = "Malaysia", ["European"] = "Europe", ["African"] = "Africa",
        ["Asian"] = "Asia", ["Arab"] = "Arab world", ["Kazakh"] = "Kazakhstan", ["Uzbek"] = "Uzbekistan", ["Estonian"] = "Estonia",
        ["Latvian"] = "Latvia", ["Lithuanian"] = "Lithuania", ["Slovak"] = "Slovakia", ["Slovenian"] = "Slovenia", ["Qatari"] = "Qatar",
        ["Emirati"] = "United Arab Emirates", ["Yemeni"] = "Yemen", ["Omani"] = "Oman", ["Bahraini"] = "Bahrain", ["Moldovan"] = "Moldova", ["Azerbaijani"] = "Azerbaijan",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // A region's demonyms ("Western Australian Premier Anika Desai", "Flemish sports minister Jan De Smet"): kept apart
    // from the countries' because the countries' places are taken as countries elsewhere, and a region lies in one.
    private static readonly FrozenDictionary<string, string> RegionsByDemonym = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Western Australian"] = "Western Australia", ["South Australian"] = "South Australia", ["Tasmanian"] = "Tasmania",
        ["Flemish"] = "Flanders", ["Walloon"] = "Wallonia", ["Bavarian"] = "Bavaria", ["Sicilian"] = "Sicily",
        ["Californian"] = "California", ["Texan"] = "Texas", ["Floridian"] = "Florida", ["Quebecois"] = "Quebec",
        ["Québécois"] = "Quebec", ["Northern Irish"] = "Northern Ireland",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the countries and continents the demonyms point to (not the regions').</summary>
    public static IEnumerable<string> Places => PlacesByDemonym.Values;

    /// <summary>Finds the place a demonym points to.</summary>
    /// <param name="word">The word or words, such as <c>Russian</c>.</param>
    /// <param name="place">The place, such as <c>Russia</c>.</param>
    /// <returns><see langword="true"/> when the word is a known demonym.</returns>
    public static bool TryGetPlace(string word, out string place) =>
        PlacesByDemonym.TryGetValue(word.Trim(), out place!) || RegionsByDemonym.TryGetValue(word.Trim(), out place!);
}
