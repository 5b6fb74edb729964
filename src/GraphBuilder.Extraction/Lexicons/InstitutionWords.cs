using System.Collections.Frozen;

namespace GraphBuilder.Extraction.Lexicons;

/// <summary>Holds the capitalised head words of institutions' and bodies' names (<c>Church</c>, <c>University</c>).</summary>
internal static class InstitutionWords
{
    // Capitalised heads of a body's name: after an adjective they make the name an organisation's ("the Catholic
    // Church"; case matters: "the Catholic church" is a building).
    private static readonly string[] Bodies =
    [
        "Church", "Party", "Council", "Committee", "Union", "Navy", "Army", "Police", "Federation", "League",
        "Association", "Society", "Foundation", "Institute", "Academy", "Commission", "Agency", "Ministry",
    ];

    private static readonly FrozenSet<string> BodySet = Bodies.ToFrozenSet(StringComparer.Ordinal);

    // Capitalised heads of a newspaper's or an agency's name ("The Canadian Press", "the Sydney Morning Herald").
    private static readonly string[] Newspapers =
        ["Press", "Herald", "Tribune", "Gazette", "Chronicle", "Telegraph", "Observer", "Post", "Times", "Journal", "News"];

    // Capitalised words that make a name an institution's wherever they stand in it ("Colorado State University",
    // "University of Sheffield"): where a name joins two institutions or runs on into a person's name.
    private static readonly FrozenSet<string> Institutions = Bodies
        .Concat(["University", "College", "School", "Bank", "Corporation", "Company", "Hospital", "Museum", "Department", "Institution"])
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Gets the heads of bodies' names, in a fixed order.</summary>
    public static IReadOnlyList<string> BodyHeads => Bodies;

    /// <summary>Gets the heads of newspapers' and news agencies' names, in a fixed order.</summary>
    public static IReadOnlyList<string> NewspaperHeads => Newspapers;

    /// <summary>Tells whether a word is the capitalised head of a body's name (<c>Church</c>, <c>Party</c>).</summary>
    /// <param name="word">The word.</param>
    /// <returns><see langword="true"/> for a body's head.</returns>
    public static bool IsBodyHead(string word) => BodySet.Contains(word);

    /// <summary>Tells whether a word makes a name an institution's wherever it stands (<c>University</c>, <c>Bank</c>).</summary>
    /// <param name="word">The word.</param>
    /// <returns><see langword="true"/> for an institution's head.</returns>
    public static bool IsInstitutionHead(string word) => Institutions.Contains(word);
}
