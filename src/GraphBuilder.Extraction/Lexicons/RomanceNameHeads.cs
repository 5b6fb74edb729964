using System.Collections.Frozen;

namespace GraphBuilder.Extraction.Lexicons;

/// <summary>
/// Holds the words that open Spanish and Portuguese names of bodies and landforms, which join the capitalised words
/// after them over particles ("Servicio de Evaluación Ambiental", "Salar de Atacama"), where an English-trained recogniser
/// breaks the name at "de".
/// </summary>
internal static class SpanishNameHeads
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
        ],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Landforms = FrozenSet.ToFrozenSet(
        [
            "Salar", "Río", "Rio", "Cerro", "Laguna", "Lago", "Volcán", "Bahía", "Baía", "Isla", "Ilha", "Sierra", "Serra",
            "Valle", "Vale", "Playa", "Quebrada", "Desierto", "Nevado", "Pampa", "Golfo", "Cabo", "Lagoa", "Morro",
        ],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(
        ["de", "del", "la", "las", "los", "el", "y", "da", "do", "dos", "das", "e"], StringComparer.Ordinal);

    /// <summary>Tells whether a word opens a body's Spanish or Portuguese name.</summary>
    /// <param name="word">The word, capitalised.</param>
    /// <returns><see langword="true"/> for <c>Servicio</c>, <c>Ministerio</c>, <c>Universidad</c> and the like.</returns>
    public static bool IsBodyHead(string word) => Bodies.Contains(word);

    /// <summary>Tells whether a word opens a landform's or a water's Spanish or Portuguese name.</summary>
    /// <param name="word">The word, capitalised.</param>
    /// <returns><see langword="true"/> for <c>Salar</c>, <c>Río</c>, <c>Cerro</c> and the like.</returns>
    public static bool IsLandformHead(string word) => Landforms.Contains(word);

    /// <summary>Tells whether a word joins the words of such a name.</summary>
    /// <param name="word">The word as written.</param>
    /// <returns><see langword="true"/> for <c>de</c>, <c>del</c>, <c>la</c> and the like, in lower case.</returns>
    public static bool IsParticle(string word) => Particles.Contains(word);
}
