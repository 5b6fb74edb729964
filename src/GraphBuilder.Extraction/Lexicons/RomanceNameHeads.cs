using System.Collections.Frozen;

namespace GraphBuilder.Extraction.Lexicons;

/// <summary>
/// Holds the words that open Spanish, Portuguese and French names of bodies and landforms, which join the capitalised
/// words after them over particles ("Servicio de Evaluación Ambiental", "Salar de Atacama", "Ministère des Pêches et de
/// l'Économie maritime"), where an English-trained recogniser breaks the name at "de".
/// </summary>
internal static class RomanceNameHeads
{
    private static readonly FrozenSet<string> Bodies = FrozenSet.ToFrozenSet(
        [
            "Servicio", "Superintendencia", "Ministerio", "Corporación", "Tribunal", "Universidad", "Asociación", "Frente",
            "Sistema", "Instituto", "Consejo", "Comisión", "Dirección", "Banco", "Partido", "Fundación", "Sociedad",
            "Cámara", "Congreso", "Gobierno", "Municipalidad", "Fiscalía", "Agencia", "Comité", "Federación",
            "Confederación", "Sindicato", "Secretaría", "Subsecretaría", "Ministério", "Associação", "Fundação",

            // Portuguese, with and without the accents that English-language outlets drop.
            "Secretaria", "Associacao", "Fundacao", "Prefeitura", "Procuradoria", "Superintendência", "Superintendencia",
            "Companhia", "Conselho", "Comissão", "Comissao", "Câmara", "Camara", "Assembleia", "Universidade", "Federação",
            "Federacao", "Confederação", "Confederacao", "Cooperativa", "Agência", "Defensoria",

            // French, with and without the accents that English-language outlets drop; "GIE" is the legal form that
            // opens an economic interest group's name.
            "Société", "Societe", "Groupement", "Ministère", "Ministere", "Assemblée", "Assemblee", "Conseil", "Agence",
            "Fédération", "Confédération", "Caisse", "Institut", "Syndicat", "Collectif", "Université", "Universite",
            "Compagnie", "Banque", "Mairie", "Préfecture", "Régie", "GIE",
        ],
        StringComparer.Ordinal);

    // Words that open French bodies' names and English ones too: they open a French name only before a French particle
    // or adjective ("Service régional des Pêches", "Direction de la Surveillance").
    private static readonly FrozenSet<string> SharedBodies = FrozenSet.ToFrozenSet(
        ["Service", "Direction", "Union", "Office", "Centre", "Association", "Commission", "Federation", "Cour", "Haut", "Haute"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Landforms = FrozenSet.ToFrozenSet(
        [
            "Salar", "Río", "Rio", "Cerro", "Laguna", "Lago", "Volcán", "Bahía", "Baía", "Isla", "Ilha", "Sierra", "Serra",
            "Valle", "Vale", "Playa", "Quebrada", "Desierto", "Nevado", "Pampa", "Golfo", "Cabo", "Lagoa", "Morro",
        ],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(
        ["de", "del", "la", "las", "los", "el", "y", "da", "do", "dos", "das", "e", "des", "du", "et", "aux", "en"], StringComparer.Ordinal);

    // French writes the adjectives of a body's name in lower case ("Assemblée nationale", "Service régional des Pêches",
    // "Groupement d'intérêt économique"); they may end the name.
    private static readonly FrozenSet<string> FrenchAdjectives = FrozenSet.ToFrozenSet(
        [
            "nationale", "national", "régional", "régionale", "regional", "regionale", "départemental", "départementale",
            "maritime", "maritimes", "économique", "economique", "supérieur", "supérieure", "général", "générale",
            "publique", "public", "sociale", "social", "constitutionnel", "suprême", "administratif", "administrative",
        ],
        StringComparer.Ordinal);

    // Lower-case words inside a French body's name that never end it ("Tribunal de grande instance de Thiès").
    private static readonly FrozenSet<string> FrenchInnerWords = FrozenSet.ToFrozenSet(
        ["d'intérêt", "d'interet", "d\u2019intérêt", "d\u2019interet", "grande", "instance"], StringComparer.Ordinal);

    /// <summary>Tells whether a word opens a body's Spanish or Portuguese name.</summary>
    /// <param name="word">The word, capitalised.</param>
    /// <returns><see langword="true"/> for <c>Servicio</c>, <c>Ministerio</c>, <c>Universidad</c> and the like.</returns>
    public static bool IsBodyHead(string word) => Bodies.Contains(word);

    /// <summary>
    /// Tells whether a word opens a French body's name before the word that follows it: a word English shares
    /// ("Service", "Union") does only before a French particle or adjective.
    /// </summary>
    /// <param name="word">The word, capitalised.</param>
    /// <param name="next">The word after it.</param>
    /// <returns><see langword="true"/> for "Service" before "régional" or "des", and for every body head.</returns>
    public static bool IsBodyHeadBefore(string word, string next) =>
        Bodies.Contains(word)
        || (SharedBodies.Contains(word) && (next is "de" or "des" or "du" || IsFrenchAdjective(next) || IsElidedCapitalized(next) || IsFrenchInnerWord(next)));

    /// <summary>Tells whether a word opens a landform's or a water's Spanish or Portuguese name.</summary>
    /// <param name="word">The word, capitalised.</param>
    /// <returns><see langword="true"/> for <c>Salar</c>, <c>Río</c>, <c>Cerro</c> and the like.</returns>
    public static bool IsLandformHead(string word) => Landforms.Contains(word);

    /// <summary>Tells whether a word joins the words of such a name.</summary>
    /// <param name="word">The word as written.</param>
    /// <returns><see langword="true"/> for <c>de</c>, <c>del</c>, <c>la</c> and the like, in lower case.</returns>
    public static bool IsParticle(string word) => Particles.Contains(word);

    /// <summary>Tells whether a lower-case word of a French body's name may end it.</summary>
    /// <param name="word">The word as written.</param>
    /// <returns><see langword="true"/> for <c>nationale</c>, <c>régional</c>, <c>maritime</c> and the like.</returns>
    public static bool IsFrenchAdjective(string word) => FrenchAdjectives.Contains(word);

    /// <summary>Tells whether a lower-case word stands inside a French body's name but never ends it.</summary>
    /// <param name="word">The word as written.</param>
    /// <returns><see langword="true"/> for <c>d'intérêt</c>, <c>grande</c> and <c>instance</c>.</returns>
    public static bool IsFrenchInnerWord(string word) => FrenchInnerWords.Contains(word);

    /// <summary>Tells whether a word is a capitalised word after a French elided article or particle, as one token.</summary>
    /// <param name="word">The word as written.</param>
    /// <returns><see langword="true"/> for <c>l'Économie</c>, <c>d'Interet</c> and the like.</returns>
    public static bool IsElidedCapitalized(string word) =>
        word.Length > 2 && word[0] is 'l' or 'd' && word[1] is '\'' or '\u2019' && char.IsUpper(word[2]);

    /// <summary>Tells whether a whole name is a French, Spanish or Portuguese body's: its head, then a particle or a lower-case word of such names.</summary>
    /// <param name="name">The name as written.</param>
    /// <returns><see langword="true"/> for "Ministère des Pêches" and "Assemblée nationale régionale", not for "Service Canada".</returns>
    public static bool IsBodyName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 3 && IsBodyHeadBefore(words[0], words[1])
            && words.Skip(1).Any(w => IsParticle(w) || IsFrenchAdjective(w) || IsFrenchInnerWord(w));
    }
}
