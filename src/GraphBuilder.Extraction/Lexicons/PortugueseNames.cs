using System.Collections.Frozen;

namespace GraphBuilder.Extraction.Lexicons;

/// <summary>
/// Holds the words that end a Brazilian or Portuguese son's or grandson's name ("José Carlos de Almeida Filho", "Otávio
/// Luiz Maranhão Neto", "Raimundo Nonato dos Santos Júnior"), which the recogniser, not knowing them, reads as a body's.
/// </summary>
internal static class PortugueseNames
{
    // With and without the accent English-language outlets drop.
    private static readonly FrozenSet<string> Generations = FrozenSet.ToFrozenSet(
        ["Filho", "Neto", "Júnior", "Junior", "Sobrinho", "FILHO", "NETO", "JÚNIOR", "JUNIOR"], StringComparer.Ordinal);

    /// <summary>Tells whether a word ends a personal name as a son's or a grandson's mark.</summary>
    /// <param name="word">The name's last word, as written.</param>
    /// <returns><see langword="true"/> for <c>Filho</c>, <c>Neto</c>, <c>Júnior</c>, <c>Junior</c> and <c>Sobrinho</c>.</returns>
    public static bool IsGeneration(string word) => Generations.Contains(word);
}
