using System.Collections.Frozen;

namespace GraphBuilder.Nlp.Tokenization;

/// <summary>
/// Holds the English exception tables the tokenizer and the sentence splitter share.
/// </summary>
internal static class TokenizerRules
{
    /// <summary>Gets titles that precede a name and so never end a sentence (compared without their period).</summary>
    public static readonly FrozenSet<string> Titles = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Prof", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Gen", "Lt", "Col",
        "Sgt", "Capt", "Cmdr", "Adm", "Maj", "Pres", "Rev", "Hon", "St", "Mt", "Ft", "Fr", "Supt", "Insp", "Amb", "Atty",
        "Engr", "Coun", "Cllr", "Brgy", "Hj", "Eng", "Av", "Doç",
        "Cpl", "Pvt", "Brig", "Lieut", "Gens", "Mme", "Mlle", "Sra", "Sr", "Jr", "vs", "v", "No", "Nos", "Nr", "Vol", "pp",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "approx", "ca", "cf", "Art");

    /// <summary>Gets abbreviations that keep their period but may end a sentence (compared without their period).</summary>
    public static readonly FrozenSet<string> Abbreviations = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "Inc", "Corp", "Co", "Ltd", "Bros", "Plc", "Sp", "hf", "ehf", "Ave", "Blvd", "Rd", "Dept", "Univ", "Assn", "Est", "Fig", "Figs",
        "etc", "al", "e.g", "i.e", "a.m", "p.m", "Ph.D", "Mass", "Calif", "Fla", "Ill", "Ariz", "Conn", "Ga", "Md",
        "Mich", "Minn", "Mo", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo", "Ala",
        "Ark", "Colo", "Del", "Ind", "Kan", "Kans", "Ky", "La", "Miss", "Mont", "Neb", "Nebr", "Wisc",
        "Min", "Max", "Mln", "Bln", "Tr", "Tel", "Ext", "Div", "Cos", "Intl", "Natl", "Govt", "Yr", "Yrs", "Hr", "Hrs",
        "oz", "lb", "lbs", "ft", "sq", "km", "mi", "pct");

    /// <summary>Gets prefixes that stay joined to the word after their hyphen, as UD English keeps them.</summary>
    public static readonly FrozenSet<string> HyphenPrefixes = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "e", "non", "re", "mis", "semi", "over", "vice", "pre", "co", "anti", "ex", "post", "multi", "un", "pro",
        "sub", "inter", "neo", "quasi", "ultra", "counter", "cross", "de", "bi", "tri", "micro", "macro", "mega",
        "mini", "pseudo", "trans", "x", "t", "a", "o", "u", "f", "k");

    /// <summary>Gets words that commonly open a sentence, used to decide whether an abbreviation ended one.</summary>
    public static readonly FrozenSet<string> SentenceStarters = FrozenSet.Create(
        StringComparer.Ordinal,
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "But", "And",
        "In", "On", "At", "For", "As", "If", "When", "While", "After", "Before", "Its", "His", "Her", "Their", "Our",
        "There", "Here", "What", "Who", "Why", "How", "Where", "Some", "Many", "Most", "All", "According", "However",
        "Meanwhile", "Earlier", "Later", "Last", "Shares", "Analysts", "Officials", "Also", "So", "Yet", "Now", "Then");
}
