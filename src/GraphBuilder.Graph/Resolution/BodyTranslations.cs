using System.Collections.Frozen;

namespace GraphBuilder.Graph.Resolution;

/// <summary>
/// Tells a body's French, Hungarian, Polish or Greek name and its English translation apart from other names: news in
/// English from francophone countries writes "Assemblée nationale" in one story and "National Assembly" in the next, "Ministère
/// des Pêches et de l'Économie maritime" in a quoted letter and "Ministry of Fisheries and Maritime Economy" in the
/// text. The two are one body when the French name, its words translated by a table of the words bodies' names are made
/// of, holds the same words as the English one, in any order (French puts its adjectives after the noun). Hungarian
/// news in English does the same: "Közép-Tisza-vidéki Vízügyi Igazgatóság" in one story, "Middle Tisza District Water
/// Directorate" in the next; and Polish: "Regionalna Dyrekcja Ochrony Środowiska w Opolu" beside "Regional Directorate
/// for Environmental Protection", where the place after "w" ("in") says which of the country's directorates it is; and
/// Greek in Latin letters: "Dimos Lefkadas" beside "Municipality of Lefkada", the place in the genitive.
/// </summary>
public static class BodyTranslations
{
    /// <summary>The prefix of the key that a body's French name and its English translation share.</summary>
    public const string KeyPrefix = "tr:";

    // Words that open a French body's name and no English one, folded as anchors are ("Office", "Commission" and
    // "Direction" open English names too).
    private static readonly FrozenSet<string> FrenchHeads = FrozenSet.ToFrozenSet(
        ["ministere", "assemblee", "conseil", "agence", "societe", "banque", "cour", "caisse", "syndicat", "universite", "senat", "prefecture", "mairie"],
        StringComparer.Ordinal);

    // French words of bodies' names and their English, folded as anchors are (an elided article or "de" runs into the
    // word: "l'Économie" is "leconomie").
    private static readonly FrozenDictionary<string, string> French = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ministere"] = "ministry", ["assemblee"] = "assembly", ["conseil"] = "council", ["agence"] = "agency",
        ["societe"] = "company", ["banque"] = "bank", ["cour"] = "court", ["caisse"] = "fund",
        ["federation"] = "federation", ["syndicat"] = "union", ["universite"] = "university", ["senat"] = "senate",
        ["prefecture"] = "prefecture", ["mairie"] = "town hall", ["nationale"] = "national", ["national"] = "national",
        ["regional"] = "regional", ["regionale"] = "regional", ["superieur"] = "supreme", ["supreme"] = "supreme",
        ["constitutionnel"] = "constitutional", ["centrale"] = "central", ["peches"] = "fisheries", ["peche"] = "fisheries",
        ["economie"] = "economy", ["leconomie"] = "economy", ["maritime"] = "maritime", ["sante"] = "health",
        ["education"] = "education", ["environnement"] = "environment", ["lenvironnement"] = "environment",
        ["interieur"] = "interior", ["linterieur"] = "interior", ["agriculture"] = "agriculture", ["lagriculture"] = "agriculture",
        ["industrie"] = "industry", ["lindustrie"] = "industry", ["commerce"] = "trade", ["finances"] = "finance",
        ["affaires"] = "affairs", ["etrangeres"] = "foreign", ["justice"] = "justice", ["securite"] = "security",
        ["sociale"] = "social", ["publique"] = "public", ["transports"] = "transport", ["energie"] = "energy",
        ["lenergie"] = "energy", ["mines"] = "mines", ["eau"] = "water", ["leau"] = "water", ["forets"] = "forests",
        ["travail"] = "labour", ["emploi"] = "employment", ["lemploi"] = "employment", ["elevage"] = "livestock",
        ["lelevage"] = "livestock", ["peuple"] = "people", ["republique"] = "republic", ["democratique"] = "democratic",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Heads that close a Hungarian body's name, folded as anchors are; Hungarian, like English, puts the head last.
    private static readonly FrozenSet<string> HungarianHeads = FrozenSet.ToFrozenSet(
        ["igazgatosag", "egyesulet", "miniszterium", "torvenyszek", "birosag", "szovetseg", "onkormanyzat", "hivatal", "kamara", "egyetem", "alapitvany", "intezet", "hatosag"],
        StringComparer.Ordinal);

    // Hungarian words of bodies' names and their English, folded as anchors are.
    private static readonly FrozenDictionary<string, string> Hungarian = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["igazgatosag"] = "directorate", ["egyesulet"] = "association", ["miniszterium"] = "ministry", ["torvenyszek"] = "court",
        ["birosag"] = "court", ["szovetseg"] = "alliance", ["onkormanyzat"] = "council", ["hivatal"] = "office",
        ["kamara"] = "chamber", ["egyetem"] = "university", ["alapitvany"] = "foundation", ["intezet"] = "institute",
        ["hatosag"] = "authority", ["kozep"] = "middle", ["videki"] = "district", ["vizugyi"] = "water", ["orszagos"] = "national",
        ["zold"] = "green", ["alfold"] = "plain", ["mezogazdasagi"] = "agricultural", ["kornyezetvedelmi"] = "environmental",
        ["katasztrofavedelmi"] = "disaster management", ["megyei"] = "county", ["varosi"] = "municipal", ["allami"] = "state",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Words that open a Polish body's name, its head or the adjective before it, folded as anchors are.
    private static readonly FrozenSet<string> PolishOpenings = FrozenSet.ToFrozenSet(
        ["regionalna", "regionalny", "dyrekcja", "ministerstwo", "urzad", "sad", "towarzystwo", "stowarzyszenie", "zwiazek",
            "fundacja", "instytut", "uniwersytet", "panstwowe", "panstwowy", "panstwowa", "glowny", "glowna", "wojewodzki",
            "wody", "krajowy", "krajowa", "krajowe", "generalna", "generalny", "najwyzszy", "najwyzsza", "politechnika"],
        StringComparer.Ordinal);

    // Polish words of bodies' names and their English, folded as anchors are; Polish, like French, puts the head first
    // and what it is of after it, in the genitive ("Ochrony Środowiska", of the protection of the environment).
    private static readonly FrozenDictionary<string, string> Polish = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["regionalna"] = "regional", ["regionalny"] = "regional", ["dyrekcja"] = "directorate", ["ministerstwo"] = "ministry",
        ["urzad"] = "office", ["sad"] = "court", ["okregowy"] = "regional", ["rejonowy"] = "district", ["towarzystwo"] = "society",
        ["stowarzyszenie"] = "association", ["zwiazek"] = "union", ["fundacja"] = "foundation", ["instytut"] = "institute",
        ["uniwersytet"] = "university", ["panstwowe"] = "state", ["panstwowy"] = "state", ["panstwowa"] = "state",
        ["glowny"] = "chief", ["glowna"] = "chief", ["inspektorat"] = "inspectorate", ["wojewodzki"] = "voivodeship",
        ["krajowy"] = "national", ["krajowa"] = "national", ["krajowe"] = "national",
        ["generalna"] = "general", ["generalny"] = "general", ["najwyzszy"] = "supreme", ["najwyzsza"] = "supreme",
        ["ochrony"] = "protection", ["srodowiska"] = "environmental", ["wodne"] = "water", ["wodnej"] = "water",
        ["gospodarki"] = "management", ["meteorologii"] = "meteorology", ["zdrowia"] = "health", ["rolnictwa"] = "agriculture",
        ["klimatu"] = "climate", ["infrastruktury"] = "infrastructure", ["sprawiedliwosci"] = "justice", ["finansow"] = "finance",
        ["edukacji"] = "education", ["narodowy"] = "national", ["narodowa"] = "national", ["narodowe"] = "national",
        ["rada"] = "council", ["izba"] = "chamber", ["politechnika"] = "university of technology", ["wody"] = "waters",
        ["polskie"] = "polish", ["polski"] = "polish", ["polska"] = "polish", ["przyjaciol"] = "friends",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Words that open a Greek body's name written in Latin letters, folded as anchors are: its head ("Dimos Lefkadas",
    // the municipality of Lefkada) or the adjective before it ("Alieftikos Syllogos Meganisiou").
    private static readonly FrozenSet<string> GreekOpenings = FrozenSet.ToFrozenSet(
        ["dimos", "alieftikos", "ypourgeio", "perifereia", "panepistimio", "dikastirio", "enosi", "syllogos", "ethniko", "elliniko"],
        StringComparer.Ordinal);

    // Greek words of bodies' names and their English, folded as anchors are; Greek puts the head first and the place it
    // is of after it, in the genitive ("Lefkadas", of Lefkada; "Meganisiou", of Meganisi).
    private static readonly FrozenDictionary<string, string> Greek = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["dimos"] = "municipality", ["alieftikos"] = "fishermens", ["syllogos"] = "association", ["enosi"] = "union",
        ["ypourgeio"] = "ministry", ["perifereia"] = "region", ["panepistimio"] = "university", ["dikastirio"] = "court",
        ["ethniko"] = "national", ["elliniko"] = "hellenic", ["ellinikos"] = "hellenic", ["kentro"] = "centre",
        ["naftilias"] = "shipping", ["limeniko"] = "port", ["soma"] = "corps",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Words that join a name's words and carry no meaning of their own, in either language.
    private static readonly FrozenSet<string> Joiners = FrozenSet.ToFrozenSet(
        ["de", "des", "du", "la", "le", "les", "l", "d", "et", "en", "aux", "a", "of", "the", "and", "for", "on", "i", "dla"],
        StringComparer.Ordinal);

    /// <summary>Gets whether an anchor is a body's French name: it opens with a French body's head.</summary>
    /// <param name="words">The anchor's words.</param>
    /// <returns>Whether the name is French.</returns>
    public static bool IsFrench(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.Count >= 2 && FrenchHeads.Contains(words[0]);
    }

    /// <summary>Gets whether an anchor is a body's Hungarian name: it closes with a Hungarian body's head.</summary>
    /// <param name="words">The anchor's words.</param>
    /// <returns>Whether the name is Hungarian.</returns>
    public static bool IsHungarian(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.Count >= 2 && HungarianHeads.Contains(words[^1]);
    }

    /// <summary>Gets whether an anchor is a body's Polish name: it opens with a Polish body's head or its adjective.</summary>
    /// <param name="words">The anchor's words.</param>
    /// <returns>Whether the name is Polish.</returns>
    public static bool IsPolish(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.Count >= 2 && PolishOpenings.Contains(words[0]);
    }

    /// <summary>Gets whether an anchor is a body's Greek name: it opens with a Greek body's head or its adjective.</summary>
    /// <param name="words">The anchor's words.</param>
    /// <returns>Whether the name is Greek.</returns>
    public static bool IsGreek(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.Count >= 2 && GreekOpenings.Contains(words[0]);
    }

    /// <summary>
    /// Gets the words a body's name means, in English and in ordinal order: a foreign name's words translated, or the
    /// English name's own, without the words that only join them; null for a name of fewer than two such words.
    /// </summary>
    /// <param name="words">The anchor's words.</param>
    /// <returns>The key, with <see cref="KeyPrefix"/>, or null.</returns>
    public static string? Key(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var glossary = IsFrench(words) ? French : IsHungarian(words) ? Hungarian : IsPolish(words) ? Polish : IsGreek(words) ? Greek : null;

        // "… w Opolu": which directorate, as the English name's "in Opole" (a name's key never holds it).
        var core = glossary == Polish && words.ToList().IndexOf("w") is var at and > 0 ? words.Take(at) : words;
        var meaning = core.Where(w => !Joiners.Contains(w))
            .SelectMany(w => (glossary?.GetValueOrDefault(w, glossary == Greek ? GreekNominative(w) : w) ?? w).Split(' '))
            .Order(StringComparer.Ordinal)
            .ToList();
        return meaning.Count >= 2 ? KeyPrefix + string.Join(' ', meaning) : null;
    }

    /// <summary>Tells whether one body's name is the French, Hungarian, Polish or Greek of the other's English.</summary>
    /// <param name="a">One anchor's words.</param>
    /// <param name="b">The other's.</param>
    /// <returns>Whether exactly one is foreign and both mean the same words.</returns>
    public static bool AreTranslations(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return IsForeign(a) != IsForeign(b) && Key(a) is { } key && key == Key(b);
    }

    private static bool IsForeign(IReadOnlyList<string> words) => IsFrench(words) || IsHungarian(words) || IsPolish(words) || IsGreek(words);

    // A place's name in the Greek genitive, as its English is written: "lefkadas" is "lefkada", "meganisiou" "meganisi".
    private static string GreekNominative(string word) =>
        word.Length > 5 && word.EndsWith("iou", StringComparison.Ordinal) ? word[..^2]
        : word.Length > 4 && word.EndsWith("as", StringComparison.Ordinal) ? word[..^1]
        : word;
}
