using System.Collections.Frozen;

namespace GraphBuilder.Graph.Resolution;

/// <summary>
/// Translates a Portuguese body's name made only of generic words around a place's name into the English that news in
/// English writes for it, in English order, so that the "Associação de Moradores e Pescadores do Tracuazal" of one story
/// and the "Tracuazal Residents' and Fishers' Association" of another have one anchor. A name with a distinctive word of
/// its own ("Instituto Rios Vivos da Amazônia") is left to the stories that give both.
/// </summary>
internal static class PortugueseBodyNames
{
    // Folded heads that open the Portuguese name and close the English one.
    private static readonly FrozenDictionary<string, string> Heads = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["associacao"] = "association", ["secretaria"] = "secretariat", ["ministerio"] = "ministry", ["instituto"] = "institute",
        ["fundacao"] = "foundation", ["sindicato"] = "union", ["cooperativa"] = "cooperative", ["federacao"] = "federation",
        ["confederacao"] = "confederation", ["conselho"] = "council", ["camara"] = "chamber", ["universidade"] = "university",
        ["companhia"] = "company", ["banco"] = "bank", ["colonia"] = "colony",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Folded generic words between the head and the place, with their English: who the body is for, and its field.
    private static readonly FrozenDictionary<string, string> Words = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["moradores"] = "residents", ["pescadores"] = "fishers", ["agricultores"] = "farmers", ["trabalhadores"] = "workers",
        ["produtores"] = "producers", ["extrativistas"] = "extractivists", ["ribeirinhos"] = "riverside", ["rurais"] = "rural",
        ["indigenas"] = "indigenous", ["quilombolas"] = "quilombola", ["estado"] = "state", ["saude"] = "health", ["educacao"] = "education",
        ["justica"] = "justice", ["agricultura"] = "agriculture", ["pesca"] = "fisheries", ["energia"] = "energy",
        ["sustentabilidade"] = "sustainability", ["e"] = "and",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(["de", "do", "da", "dos", "das"], StringComparer.Ordinal);

    /// <summary>Gets the English anchor of a Portuguese body's name of generic words around a place's.</summary>
    /// <param name="anchor">The anchor, such as <c>associacao de moradores e pescadores do tracuazal</c>.</param>
    /// <returns><c>tracuazal residents and fishers association</c>; the anchor itself when it is no such name.</returns>
    public static string Translate(string anchor)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        var words = NameAnchor.WordsOf(anchor);
        if (words.Length < 4 || !Heads.TryGetValue(words[0], out var head))
        {
            return anchor;
        }

        // The place: the words after the last particle, none of them generic ("do Tracuazal").
        var place = words.Length - 1;
        while (place > 1 && !Particles.Contains(words[place - 1]))
        {
            place--;
        }

        if (place <= 1 || Enumerable.Range(place, words.Length - place).Any(i => Words.ContainsKey(words[i]) || Heads.ContainsKey(words[i])))
        {
            return anchor;
        }

        var english = new List<string>(words.Length);
        english.AddRange(words[place..]);
        for (var i = 1; i < place - 1; i++)
        {
            if (Particles.Contains(words[i]))
            {
                continue;
            }

            if (!Words.TryGetValue(words[i], out var word))
            {
                return anchor;
            }

            english.Add(word);
        }

        english.Add(head);
        return english.Count >= 3 ? string.Join(' ', english) : anchor;
    }
}
