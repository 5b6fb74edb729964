using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Resolution;

/// <summary>
/// Makes the anchor of a name: the form resolution groups names by, whatever type the recogniser gave them. Case,
/// diacritics, dots and apostrophes do not count; neither do a possessive, a leading <c>the</c>, generational suffixes
/// (<c>Jr.</c>), or the titles and roles news puts before names (<c>Sen.</c>, <c>U.S. Rep.</c>, <c>Former President</c>,
/// <c>Oregon Senator</c>), which are never part of a name.
/// </summary>
public static class NameAnchor
{
    // Titles that only stand before a person's name: removed whatever the type ("President Putin" typed Organization).
    private static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
        [
            "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "sen", "senator", "rep",
            "representative", "congressman", "congresswoman", "gov", "governor", "president", "chancellor", "secretary",
            "minister", "premier", "mayor", "councillor", "councilor", "councilman", "councilwoman", "chairman",
            "chairwoman", "chairperson", "ceo", "pope", "cardinal", "archbishop", "bishop", "rev", "reverend", "judge",
            "justice", "ambassador", "commissioner", "gen", "col", "colonel", "capt", "captain", "lt", "sgt", "sergeant",
            "admiral", "adm", "detective", "det", "sheriff", "coach", "spokesman", "spokeswoman", "spokesperson",
            "sultan", "sheikh", "emir", "ayatollah", "imam", "rabbi", "father", "sister", "brother", "dean", "speaker", "leader",
            "atty", "engr", "coun", "cllr", "konsehal", "kagawad", "alhaji", "alhaja", "doña", "legislator", "lawmaker", "magistrate", "khun",
            "kyria", "kyrios",
        ],
        StringComparer.Ordinal);

    // Titles that are also the first word of other names ("General Motors", "King County", "Prince Edward Island"):
    // removed from people's names only.
    private static readonly FrozenSet<string> PersonTitles = FrozenSet.ToFrozenSet(
        ["general", "king", "queen", "prince", "princess", "duke", "duchess", "emperor", "empress", "chief", "officer", "director", "ombudsman", "hon",

            // French courtesy titles ("Mme", "Me" for a lawyer, "Maître"), which African francophone news in English keeps.
            "mme", "mlle", "me", "maitre",

            // Senegalese honorifics kept before the name ("El Hadji Mamadou Lamine Diop"; "El" stands before the title as a
            // place does before "Senator").
            "hadji", "elhadji",

            // An Orthodox bishop's title ("Metropolitan Nektarios"), which opens a transport authority's name too.
            "metropolitan", "patriarch"],
        StringComparer.Ordinal);

    // Words that qualify a title ("former", "vice", "U.S.", "prime", "first"): removed with it.
    private static readonly FrozenSet<string> Qualifiers = FrozenSet.ToFrozenSet(
        ["former", "then", "late", "vice", "deputy", "acting", "interim", "us", "uk", "eu", "un", "state", "first", "prime", "attorney", "assistant", "associate", "senior", "executive", "foreign", "defense", "defence", "home", "finance", "house", "senate", "party", "labour", "tory", "of"],
        StringComparer.Ordinal);

    // Words that, alone, stand for a name the article gave in full.
    private static readonly FrozenSet<string> ContextWords = FrozenSet.ToFrozenSet(
        [
            "north", "south", "east", "west", "church", "party", "council", "committee", "commission", "union", "league",
            "federation", "association", "society", "foundation", "institute", "academy", "agency", "ministry", "department",
            "government", "administration", "court", "university", "college", "school", "company", "corporation", "bank",
            "group", "army", "navy", "police", "city", "state", "republic", "kingdom", "island", "county", "province", "board",
        ],
        StringComparer.Ordinal);

    // Generational suffixes, and the Hungarian "néni" (aunt) and "bácsi" (uncle) that follow a given name as a form of respect.
    private static readonly FrozenSet<string> Suffixes = FrozenSet.ToFrozenSet(["jr", "sr", "ii", "iii", "iv", "neni", "bacsi"], StringComparer.Ordinal);

    /// <summary>Gets a name's anchor.</summary>
    /// <param name="name">The name as the text gives it.</param>
    /// <param name="kind">The type the article gave it: people's names lose more kinds of title.</param>
    /// <returns>Lower-case words joined by single spaces; empty when nothing is left.</returns>
    public static string Of(string name, EntityKind kind) => string.Join(' ', Words(name, kind));

    /// <summary>Gets the words of a name's anchor.</summary>
    /// <param name="name">The name as the text gives it.</param>
    /// <param name="kind">The type the article gave it.</param>
    /// <returns>The words.</returns>
    public static IReadOnlyList<string> Words(string name, EntityKind kind)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = Split(name);
        while (words.Count > 1 && Suffixes.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        var start = TitleEnd(words, kind);
        if (start == 0 && words.Count > 1 && words[0] == "the")
        {
            start = 1;
        }

        var anchor = start == 0 ? words : words.GetRange(start, words.Count - start);
        if (kind == EntityKind.Person && IsSurnameFirst(name, anchor))
        {
            // "SARR Ndèye Fatou" in a register or a factbox is "Ndèye Fatou Sarr".
            anchor = [.. anchor.Skip(1), anchor[0]];
        }
        else if (kind == EntityKind.Person && HungarianNames.InEnglishOrder(name, anchor) is { } english)
        {
            // "Nagy Ferenc" in a Hungarian register or signature is "Ferenc Nagy".
            anchor = [.. english];
        }
        else if (kind == EntityKind.Location || (kind != EntityKind.Person && anchor.Count >= 2))
        {
            // "Bassein" in an old quote is Pathein, "Irrawaddy Region" the Ayeyarwady Region; a body named by one word
            // alone keeps it ("The Irrawaddy", a magazine).
            anchor = PlaceNames.OfToday(anchor);
        }

        return anchor;
    }

    /// <summary>
    /// Tells whether a person's name is written family name first in capitals before given names that are not ("DIOP
    /// Mamadou Lamine", "Me NDIAYE Papa Ibrahima"), as registers, court lists and factboxes write it.
    /// </summary>
    /// <param name="name">The name as written.</param>
    /// <param name="anchor">Its anchor words, titles removed, in written order.</param>
    /// <returns>Whether the first anchor word is a family name written first.</returns>
    private static bool IsSurnameFirst(string name, List<string> anchor)
    {
        // A Chinese or Korean given name of two syllables ("KIM Hyun-woo") follows the family name anyway.
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = Array.FindIndex(parts, p => p.Length > 1 && p.All(c => char.IsLetter(c) && char.IsUpper(c)));
        return anchor.Count is >= 2 and <= 4 && first >= 0 && parts.Length - first == anchor.Count
            && Split(parts[first]) is [var family] && family == anchor[0]
            && parts.Skip(first + 1).All(p => char.IsUpper(p[0]) && p.Skip(1).All(c => char.IsLetter(c) && char.IsLower(c)));
    }

    /// <summary>
    /// Gets whether an anchor is a word that names something only in its article: a compass point ("the South" for South
    /// Korea) or the generic head of a body's or a place's name ("the Church" for the Church of Scientology, "the City"),
    /// so never a name across articles.
    /// </summary>
    /// <param name="anchor">The anchor.</param>
    /// <returns>Whether the anchor is one such word.</returns>
    public static bool IsContextDependent(string anchor) => ContextWords.Contains(anchor);

    /// <summary>Gets the words of an anchor.</summary>
    /// <param name="anchor">The anchor.</param>
    /// <returns>Its words.</returns>
    public static string[] WordsOf(string anchor)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        return anchor.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>
    /// Gets the end of the titles that start a name: a run of titles and their qualifiers, possibly after one other word
    /// (a place: "Oregon Senator"), as long as at least one word of the name is left.
    /// </summary>
    private static int TitleEnd(List<string> words, EntityKind kind)
    {
        bool IsTitle(string word) => Titles.Contains(word) || (kind == EntityKind.Person && PersonTitles.Contains(word));

        var end = 0;
        var titled = false;
        for (var i = 0; i < words.Count - 1; i++)
        {
            if (IsTitle(words[i]))
            {
                titled = true;
                end = i + 1;
            }
            else if (Qualifiers.Contains(words[i]))
            {
                // A qualifier after a title completes it ("Secretary of State"); before one, it qualifies it.
                end = titled ? i + 1 : end;
            }
            else if (!(i == 0 && i + 1 < words.Count - 1 && IsTitle(words[i + 1])))
            {
                break;
            }
        }

        return titled ? end : 0;
    }

    /// <summary>Splits a name into lower-case, accent-folded words, without a trailing possessive or dots.</summary>
    internal static List<string> Split(string name)
    {
        // A trailing possessive ("Putin's") is not part of the name.
        if (name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            name = name[..^2];
        }

        var folded = LatinFolding.Fold(name);
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in folded)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '.' or '\'' or '\u2019')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c) || c == '&')
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }
}
