using System.Collections.Frozen;

namespace GraphBuilder.Graph.Resolution;

/// <summary>
/// Tells a province's name with its division's word from the name alone: "Trà Vinh Province" in a press release's address
/// is the "Trà Vinh" its stories write, where "Trà Vinh City", the province's capital, is another place. Gives a place
/// renamed or respelled its name of today ("Rangoon" is Yangon, "Kiev" Kyiv), and a Polish voivodeship its English name.
/// </summary>
public static class PlaceNames
{
    // Former names and older or foreign spellings of places that news still writes, in quotes, captions and old names of
    // bodies, folded and lower-case, with the name of today. Only names no other place shares ("Canton" is also Ohio's).
    private static readonly FrozenDictionary<string, string> Today = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["rangoon"] = "yangon", ["bassein"] = "pathein", ["irrawaddy"] = "ayeyarwady", ["moulmein"] = "mawlamyine",
        ["pegu"] = "bago", ["akyab"] = "sittwe", ["tavoy"] = "dawei", ["mergui"] = "myeik", ["arakan"] = "rakhine",
        ["salween"] = "thanlwin", ["henzada"] = "hinthada", ["sandoway"] = "thandwe",
        ["kiev"] = "kyiv", ["odessa"] = "odesa", ["kharkov"] = "kharkiv", ["lvov"] = "lviv", ["nikolaev"] = "mykolaiv",
        ["bombay"] = "mumbai", ["madras"] = "chennai", ["calcutta"] = "kolkata", ["bangalore"] = "bengaluru",
        ["poona"] = "pune", ["gurgaon"] = "gurugram", ["trivandrum"] = "thiruvananthapuram",
        ["peking"] = "beijing", ["ceylon"] = "sri lanka", ["swaziland"] = "eswatini", ["turkiye"] = "turkey",
        ["ogbomosho"] = "ogbomoso", ["odra"] = "oder", ["wisla"] = "vistula",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Poland's voivodeships by their Polish adjectives, which English news writes beside the English names ("Opolskie",
    // "Opole Voivodeship", "Opole province"), folded and lower-case.
    private static readonly FrozenDictionary<string, string> Voivodeships = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["opolskie"] = "opole", ["dolnoslaskie"] = "lower silesian", ["slaskie"] = "silesian", ["malopolskie"] = "lesser poland",
        ["mazowieckie"] = "masovian", ["wielkopolskie"] = "greater poland", ["pomorskie"] = "pomeranian",
        ["zachodniopomorskie"] = "west pomeranian", ["lubelskie"] = "lublin", ["lubuskie"] = "lubusz", ["lodzkie"] = "lodz",
        ["podkarpackie"] = "subcarpathian", ["swietokrzyskie"] = "holy cross",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // The voivodeships named after their capital, which news also calls the capital's province.
    private static readonly FrozenSet<string> VoivodeshipCapitals = FrozenSet.ToFrozenSet(["opole", "lublin", "lodz"], StringComparer.Ordinal);

    /// <summary>
    /// Gives the words of a place's name, or of a body's named for a place, their names of today: "irrawaddy region" is
    /// "ayeyarwady region", "bombay high court" "mumbai high court".
    /// </summary>
    /// <param name="words">The anchor's words, folded and lower-case.</param>
    /// <returns>The words with former names replaced, or the same list when none is.</returns>
    public static List<string> OfToday(List<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);

        // "Opolskie", "Opolskie province" and "Opole province" are the Opole Voivodeship.
        if ((words.Count == 1 || words is [_, "voivodeship" or "province" or "region"]) && Voivodeships.TryGetValue(words[0], out var english))
        {
            return [.. english.Split(' '), "voivodeship"];
        }

        if (words is [var capital, "province"] && VoivodeshipCapitals.Contains(capital))
        {
            return [capital, "voivodeship"];
        }

        if (!words.Exists(Today.ContainsKey))
        {
            return words;
        }

        return [.. words.SelectMany(w => Today.TryGetValue(w, out var today) ? today.Split(' ') : [w])];
    }

    /// <summary>Tells whether a place's name is another's with a province's word after it.</summary>
    /// <param name="name">The name alone's words, such as <c>tra vinh</c>.</param>
    /// <param name="province">The other's words, such as <c>tra vinh province</c>.</param>
    /// <returns><see langword="true"/> when the other is the name and "province", "prefecture", "oblast" or "governorate".</returns>
    public static bool IsProvinceOf(IReadOnlyList<string> name, IReadOnlyList<string> province)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(province);
        return name.Count > 0 && province.Count == name.Count + 1 && IsProvinceWord(province[^1]) && name.SequenceEqual(province.Take(name.Count), StringComparer.Ordinal);
    }

    /// <summary>Gets a province's name without its division's word, for blocking with <see cref="IsProvinceOf"/>.</summary>
    /// <param name="words">The anchor's words.</param>
    /// <returns>The name alone, or <see langword="null"/> when the name does not end in a province's word.</returns>
    public static string? WithoutProvinceWord(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.Count >= 2 && IsProvinceWord(words[^1]) ? string.Join(' ', words.Take(words.Count - 1)) : null;
    }

    private static bool IsProvinceWord(string word) => word is "province" or "prefecture" or "oblast" or "governorate";
}
