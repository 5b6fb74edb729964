using System.Collections.Frozen;
using GraphBuilder.Graph.Resolution;

namespace GraphBuilder.Extraction.Lexicons;

/// <summary>
/// Tells which organisations' names a description's head noun can refer back to: its own head ("the committee" for the
/// Senate Energy Committee), or a kind of body that names do not end in ("the airline" for Cascadia Air, "the
/// regulator" for Transport Canada).
/// </summary>
internal static class DescriptionHeads
{
    // Last words of an airline's name; "Air" also starts one ("Air Canada").
    private static readonly FrozenSet<string> Airlines =
        FrozenSet.ToFrozenSet(["Air", "Airlines", "Airways", "Airline"], StringComparer.Ordinal);

    // Last words of a utility's name ("Sibaya Water", "Northern Power", "Thames Water", "Hydro").
    private static readonly FrozenSet<string> Utilities = FrozenSet.ToFrozenSet(
        ["Water", "Power", "Energy", "Electric", "Electricity", "Gas", "Hydro", "Utilities", "Utility"],
        StringComparer.Ordinal);

    // Heads of a public body's name, which a regulator's usually has ("Civil Aviation Authority", "Federal Trade Commission").
    private static readonly FrozenSet<string> PublicBodies = FrozenSet.ToFrozenSet(
        [
            "Authority", "Commission", "Agency", "Board", "Administration", "Office", "Bureau", "Ministry", "Department",
            "Regulator", "Inspectorate",
        ],
        StringComparer.Ordinal);

    // Heads of a trade union's name ("San Antonio Port Workers' Union", "Nova Scotia Teachers' Guild").
    private static readonly FrozenSet<string> Unions = FrozenSet.ToFrozenSet(
        ["Union", "Guild", "Federation", "Confederation", "Brotherhood", "Syndicate", "Teamsters"],
        StringComparer.Ordinal);

    // "the farmers" for the "Long Hòa Tiger Shrimp Cooperative", "the growers" for the "Kericho Tea Growers' Association":
    // a cooperative, or an association or a union named for its producers.
    private static bool IsProducersBody(IReadOnlyList<string> name) =>
        Head(name) is "Cooperative" or "Co-operative" or "Co-op"
        || (Head(name) is "Association" or "Union" or "Society" or "Federation"
            && name.Any(w => w.TrimEnd('\'', '\u2019') is "Farmers" or "Growers" or "Fishermen" or "Fishers" or "Producers"));

    /// <summary>Tells whether a description's head noun fits a name.</summary>
    /// <param name="head">The head noun, such as <c>airline</c>.</param>
    /// <param name="name">The name's words, such as <c>Cascadia</c>, <c>Air</c>.</param>
    /// <returns><see langword="true"/> when the name's last word is the head, or the name is of the kind of body it names.</returns>
    public static bool Fits(string head, IReadOnlyList<string> name) =>
        name.Count > 0 && (head.Equals(Head(name), StringComparison.OrdinalIgnoreCase) || FitsByKind(head, name));

    /// <summary>Gets a name's head: its last word, or the word before "of" ("Guild" of "Guild of Visual Artists").</summary>
    /// <param name="name">The name's words.</param>
    /// <returns>The head word, without a company's form after it ("Society" of "… Society Ltd").</returns>
    public static string HeadOf(IReadOnlyList<string> name) =>
        name.Count > 1 && name[^1] is "Ltd" or "Ltd." or "Limited" or "Inc." or "Inc" ? name[^2] : Head(name);

    // A name's head: its last word, or the word before "of" ("Guild" of "Guild of Visual Artists", "Bank" of "Bank of
    // England").
    private static string Head(IReadOnlyList<string> name)
    {
        for (var i = 1; i < name.Count - 1; i++)
        {
            if (name[i] == "of")
            {
                return name[i - 1];
            }
        }

        return name[^1];
    }

    /// <summary>Tells whether a head noun names the kind of body a name says it is.</summary>
    /// <param name="head">The head noun, such as <c>carrier</c>.</param>
    /// <param name="name">The name's words, such as <c>Borealis</c>, <c>Airways</c>.</param>
    /// <returns>
    /// <see langword="true"/> for an airline's name after "airline" or "carrier", a utility's after "utility", a company's after "company", "firm",
    /// "startup" or "contractor", a public body's ("Transport Canada", a country's department) after "regulator" or "watchdog", and a
    /// union's after "strikers" (the union whose members strike).
    /// </returns>
    public static bool FitsByKind(string head, IReadOnlyList<string> name) => name.Count > 0 && head.ToLowerInvariant() switch
    {
        "airline" or "carrier" => IsAirline(name),
        "company" or "firm" or "startup" or "start-up" or "contractor" => IsCompany(name),
        "utility" => Utilities.Contains(name[^1]),
        "board" => name.Count > 1 && name[^1] == "Board",
        "strikers" => name.Count > 1 && Unions.Contains(Head(name)),
        "farmers" or "growers" or "fishermen" => name.Count > 1 && IsProducersBody(name),
        "regulator" or "watchdog" =>
            !IsAirline(name) && (name.Any(PublicBodies.Contains) || (name.Count > 1 && CountryNames.IsCountry(name[^1]))),
        _ => false,
    };

    /// <summary>
    /// Tells whether a name says it is a company's by its last word ("Calder Motors", "Salar Andino Minerales SpA"); a
    /// ministry or a department of a field is not one ("Ministry of Mining", "Department of Energy").
    /// </summary>
    /// <param name="name">The name's words, as written.</param>
    /// <returns>Whether the last word is a company's and no "of" comes before it.</returns>
    public static bool SaysCompany(IReadOnlyList<string> name) =>
        name.Count > 0 && InstitutionWords.IsCompanyHead(name[^1]) && !name.Contains("of");

    // A company's name: one with a company's last word ("Calder Motors", "Lumenstack Inc."), or one of a single word
    // that is neither an acronym nor anything else's ("Lumenstack", "Heliox"; not "Senate").
    private static bool IsCompany(IReadOnlyList<string> name) =>
        SaysCompany(name)
        || IsAirline(name)
        || (name.Count == 1 && !NameKeys.IsAcronym(name[0]) && !InstitutionWords.IsInstitutionHead(name[0])
            && !InstitutionWords.NewspaperHeads.Contains(name[0]) && !CountryNames.IsCountry(name[0]) && !Legislatures.IsChamber(name[0]));

    private static bool IsAirline(IReadOnlyList<string> name) => Airlines.Contains(name[^1]) || name[0] == "Air";
}
