using GraphBuilder.Graph.Model;

namespace GraphBuilder.Lab.Idioms;

/// <summary>
/// Reads the news-idiom gold set: tab-separated lines of split, tag, sentence and expected relations
/// (<c>Subject &gt; RELATION &gt; Object</c> separated by <c> ; </c>, or <c>-</c>); <c>#</c> starts a comment line.
/// </summary>
internal static class IdiomGoldReader
{
    /// <summary>Parses the gold set.</summary>
    /// <param name="lines">The file's lines.</param>
    /// <returns>The sentences, in file order.</returns>
    /// <exception cref="FormatException">A line is malformed; the message names it.</exception>
    public static IReadOnlyList<IdiomSentence> Read(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var sentences = new List<IdiomSentence>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 4 || fields[0] is not ("dev" or "test"))
            {
                throw new FormatException($"line {number}: expected 'dev|test<TAB>tag<TAB>sentence<TAB>relations'");
            }

            var expected = fields[3].Trim() == "-"
                ? []
                : fields[3].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(t => Triple(t, number)).ToList();
            sentences.Add(new IdiomSentence(number, fields[0], fields[1].Trim(), fields[2].Trim(), expected));
        }

        return sentences;
    }

    private static IdiomTriple Triple(string text, int line)
    {
        var parts = text.Split('>', StringSplitOptions.TrimEntries);
        if (parts.Length != 3 || parts[0].Length == 0 || parts[2].Length == 0 || !GraphVocabulary.TryParseRelationType(parts[1], out var kind))
        {
            throw new FormatException($"line {line}: '{text}' is not 'Subject > RELATION > Object' with a relation of the vocabulary");
        }

        return new IdiomTriple(parts[0], kind, parts[2]);
    }
}
