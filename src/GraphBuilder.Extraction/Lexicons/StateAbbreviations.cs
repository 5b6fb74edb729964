using System.Collections.Frozen;

namespace GraphBuilder.Extraction.Lexicons;

/// <summary>
/// Holds the abbreviations news agencies write for US states after a city ("ASTORIA, Ore.", "Albany, N.Y."), so that
/// the state is named as it is everywhere else.
/// </summary>
internal static class StateAbbreviations
{
    private static readonly FrozenDictionary<string, string> States = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Ala."] = "Alabama", ["Ariz."] = "Arizona", ["Ark."] = "Arkansas", ["Calif."] = "California", ["Colo."] = "Colorado",
        ["Conn."] = "Connecticut", ["Del."] = "Delaware", ["Fla."] = "Florida", ["Ga."] = "Georgia", ["Ill."] = "Illinois",
        ["Ind."] = "Indiana", ["Kan."] = "Kansas", ["Kans."] = "Kansas", ["Ky."] = "Kentucky", ["La."] = "Louisiana",
        ["Md."] = "Maryland", ["Mass."] = "Massachusetts", ["Mich."] = "Michigan", ["Minn."] = "Minnesota",
        ["Miss."] = "Mississippi", ["Mo."] = "Missouri", ["Mont."] = "Montana", ["Neb."] = "Nebraska", ["Nebr."] = "Nebraska",
        ["Nev."] = "Nevada", ["N.H."] = "New Hampshire", ["N.J."] = "New Jersey", ["N.M."] = "New Mexico", ["N.Y."] = "New York",
        ["N.C."] = "North Carolina", ["N.D."] = "North Dakota", ["Okla."] = "Oklahoma", ["Ore."] = "Oregon", ["Oreg."] = "Oregon",
        ["Pa."] = "Pennsylvania", ["R.I."] = "Rhode Island", ["S.C."] = "South Carolina", ["S.D."] = "South Dakota",
        ["Tenn."] = "Tennessee", ["Tex."] = "Texas", ["Vt."] = "Vermont", ["Va."] = "Virginia", ["Wash."] = "Washington",
        ["W.Va."] = "West Virginia", ["Wis."] = "Wisconsin", ["Wyo."] = "Wyoming",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Finds the state an abbreviation stands for.</summary>
    /// <param name="text">The abbreviation as written, with its full stops.</param>
    /// <param name="state">The state's name.</param>
    /// <returns>Whether the text is a state's abbreviation.</returns>
    public static bool TryGetState(string text, out string state) => States.TryGetValue(text, out state!);
}
