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
        "Association", "Society", "Foundation", "Institute", "Academy", "Commission", "Agency", "Ministry", "Organization", "Board",
        "Organisation", "Cooperative",
    ];

    private static readonly FrozenSet<string> BodySet = Bodies.ToFrozenSet(StringComparer.Ordinal);

    // Capitalised heads of a newspaper's or an agency's name ("The Canadian Press", "the Sydney Morning Herald").
    private static readonly string[] Newspapers =
        ["Press", "Herald", "Tribune", "Gazette", "Chronicle", "Telegraph", "Observer", "Post", "Times", "Journal", "News"];

    // Capitalised heads of a school's or a company's name, which never name a place ("Collins College").
    private static readonly string[] SchoolsAndCompanies = ["University", "College", "School", "Bank", "Corporation", "Company"];

    // Capitalised last words of a company's name, never of a person's or a place's ("Halvorsen Shipping", "Calder
    // Motors"). Not "Power" or "Steel", which are surnames too.
    private static readonly FrozenSet<string> Companies = FrozenSet.ToFrozenSet(
        [
            "Shipping", "Airlines", "Airways", "Motors", "Holdings", "Group", "Industries", "Pharmaceuticals", "Technologies",
            "Energy", "Capital", "Partners", "Inc", "Inc.", "Ltd", "Ltd.", "LLC", "Corp", "Corp.", "Insurance", "Logistics",
            "Telecom", "Entertainment", "Foods", "Mining", "Petroleum", "Solutions", "Ventures", "Labs", "Software", "Systems",
            "Robotics", "Therapeutics", "Biosciences", "Aerospace", "Electronics", "Networks", "Semiconductor", "Pharma",
            "Savings", "Securities", "Investments", "Bancorp", "Lines", "Minerals", "Metals", "Ratings", "Bio", "Engineering",
            "Construction", "Contractors", "Civil", "Retail", "Research", "Resources", "Strategies", "Analytics", "Consulting", "LLP", "Terminals", "Ports",
            "S.A.", "SA", "AG", "GmbH", "N.V.", "NV", "B.V.", "S.p.A.", "SpA", "ASA", "Oyj", "plc", "PLC", "Limited", "Ltda", "Ltda.",
            "Tbk", "Tbk.", "SAOG", "SAOC", "Co", "Co.", "A.Ş.", "AŞ", "A.S.", "Şti.", "AS", "JSC", "Dredging", "Petrochemical",
            "Petrochemicals", "Chemicals", "Chemia", "Chemie", "PCL", "Zrt", "Zrt.", "Nyrt", "Nyrt.", "Kft", "Kft.", "ZRT", "ZRT.", "KFT", "KFT.",
        ],
        StringComparer.Ordinal);

    // Legal forms that end only a company's name: "AG", "SA" and "NV" are letters of other things too.
    private static readonly FrozenSet<string> LegalForms = FrozenSet.ToFrozenSet(
        [
            "Inc", "Inc.", "Ltd", "Ltd.", "LLC", "LLP", "Corp.", "GmbH", "S.A.", "N.V.", "B.V.", "S.p.A.", "SpA", "Oyj", "plc", "PLC",
            "Limited", "Ltda", "Ltda.", "Pty", "S.L.", "SRL", "S.R.L.", "S.A.S.", "Tbk", "Tbk.", "SAOG", "SAOC", "A.Ş.", "AŞ", "Şti.", "JSC",

            // Hungarian: zártkörű and nyilvános részvénytársaság (private and public companies limited by shares), korlátolt
            // felelősségű társaság (limited liability company).
            "Zrt", "Zrt.", "Nyrt", "Nyrt.", "Kft", "Kft.", "ZRT", "ZRT.", "KFT", "KFT.",
        ],
        StringComparer.Ordinal);

    // Legal forms that stand after a comma in a company's name ("Harbour Foods, Ltd.", "Shwe Hintha Delta Ferry Co., Ltd.").
    private static readonly FrozenSet<string> FormsAfterComma = FrozenSet.ToFrozenSet(
        ["Inc.", "Inc", "Ltd.", "Ltd", "LLC", "Corp.", "Co.", "LLP", "PLC", "plc"], StringComparer.Ordinal);

    /// <summary>Tells whether a word is a legal form a company's name writes after a comma.</summary>
    /// <param name="word">The word, as written.</param>
    /// <returns><see langword="true"/> for <c>Ltd.</c>, <c>Inc.</c>, <c>Co.</c> and the like.</returns>
    public static bool IsFormAfterComma(string word) => FormsAfterComma.Contains(word);

    // Capitalised words that make a name an institution's wherever they stand in it ("Colorado State University",
    // "University of Sheffield"): where a name joins two institutions or runs on into a person's name.
    private static readonly FrozenSet<string> Institutions = Bodies
        .Concat(SchoolsAndCompanies)
        .Concat(["Hospital", "Museum", "Department", "Institution", "Office", "Exchange", "Directorate", "Inspectorate"])
        .ToFrozenSet(StringComparer.Ordinal);

    // Heads that make a name an organisation's even where it was taken for a place's: a newspaper's, a school's, a
    // company's, an academy's, an institute's or a public body's. Other heads name a place as often as a body ("Soviet Union", "St
    // Mary's Church", "Tate Museum").
    private static readonly FrozenSet<string> NeverPlaces = Newspapers
        .Concat(SchoolsAndCompanies)
        .Concat(Companies)
        .Concat(["Academy", "Institute", "Authority", "Agency", "Commission", "Ministry", "Bureau", "Watch", "Directorate"])
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Gets the heads of bodies' names, in a fixed order.</summary>
    public static IReadOnlyList<string> BodyHeads => Bodies;

    /// <summary>Gets the heads of newspapers' and news agencies' names, in a fixed order.</summary>
    public static IReadOnlyList<string> NewspaperHeads => Newspapers;

    /// <summary>Tells whether a word is the capitalised head of a body's name (<c>Church</c>, <c>Party</c>).</summary>
    /// <param name="word">The word.</param>
    /// <returns><see langword="true"/> for a body's head.</returns>
    public static bool IsBodyHead(string word) => BodySet.Contains(word);

    /// <summary>Tells whether a name that ends in a word is an organisation's even where it was taken for a place's.</summary>
    /// <param name="word">The name's last word, such as <c>Gazette</c> or <c>College</c>.</param>
    /// <returns><see langword="true"/> for a newspaper's, a school's or a company's head.</returns>
    public static bool IsNeverPlaceHead(string word) => NeverPlaces.Contains(word);

    /// <summary>Tells whether a name that ends in a word is a company's even where it was taken for a person's.</summary>
    /// <param name="word">The name's last word, such as <c>Shipping</c> or <c>Holdings</c>.</param>
    /// <returns><see langword="true"/> for a company's last word.</returns>
    public static bool IsCompanyHead(string word) => Companies.Contains(word);

    /// <summary>Tells whether a word makes a name an institution's wherever it stands (<c>University</c>, <c>Bank</c>).</summary>
    /// <param name="word">The word.</param>
    /// <returns><see langword="true"/> for an institution's head.</returns>
    public static bool IsInstitutionHead(string word) => Institutions.Contains(word);

    /// <summary>Tells whether a name ends in a company's legal form, which no person's or place's name does.</summary>
    /// <param name="name">The name as written.</param>
    /// <returns><see langword="true"/> for "Salar Andino Minerales SpA", "Obelle Construction Nigeria Ltd" and the like.</returns>
    public static bool EndsInLegalForm(string name) =>
        name.LastIndexOf(' ') is var space and > 0 && LegalForms.Contains(name[(space + 1)..]);
}
