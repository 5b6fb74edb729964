namespace GraphBuilder.Nlp.Training.Corpora;

/// <summary>
/// Reads CoNLL-U files (Universal Dependencies): words with their UPOS tags, heads and relations, multiword tokens and the
/// <c># text</c> and <c># newdoc</c> comments. Empty nodes (<c>8.1</c>) are skipped.
/// </summary>
public static class ConlluReader
{
    /// <summary>Reads a CoNLL-U file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The sentences, in order.</returns>
    /// <exception cref="FormatException">A word line does not have ten columns.</exception>
    public static IReadOnlyList<ConlluSentence> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads CoNLL-U text.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">The name of the source, used in error messages.</param>
    /// <returns>The sentences, in order.</returns>
    /// <exception cref="FormatException">A word line does not have ten columns.</exception>
    public static IReadOnlyList<ConlluSentence> Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sentences = new List<ConlluSentence>();
        var forms = new List<string>();
        var tags = new List<string>();
        var tokens = new List<ConlluToken>();
        var heads = new List<int>();
        var relations = new List<string>();
        var hasHeads = true;
        string? text = null;
        var newDocument = false;
        var multiwordEnd = -1;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                if (forms.Count > 0)
                {
                    sentences.Add(Complete(new ConlluSentence(text, [.. forms], [.. tags], [.. tokens], newDocument), heads, relations, hasHeads));
                }

                forms.Clear();
                tags.Clear();
                tokens.Clear();
                heads.Clear();
                relations.Clear();
                hasHeads = true;
                text = null;
                newDocument = false;
                multiwordEnd = -1;
                continue;
            }

            if (line[0] == '#')
            {
                if (line.StartsWith("# text = ", StringComparison.Ordinal))
                {
                    text = line[9..];
                }
                else if (line.StartsWith("# newdoc", StringComparison.Ordinal))
                {
                    newDocument = true;
                }

                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 10)
            {
                throw new FormatException($"{source}:{lineNumber}: expected 10 tab-separated columns.");
            }

            var id = fields[0];
            var dash = id.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                var first = int.Parse(id.AsSpan(0, dash), System.Globalization.CultureInfo.InvariantCulture);
                var last = int.Parse(id.AsSpan(dash + 1), System.Globalization.CultureInfo.InvariantCulture);
                tokens.Add(new ConlluToken(fields[1], first - 1, last - first + 1));
                multiwordEnd = last;
                continue;
            }

            if (id.Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            var index = forms.Count;
            forms.Add(fields[1]);
            tags.Add(fields[3]);
            if (hasHeads && int.TryParse(fields[6], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var head))
            {
                heads.Add(head - 1);
                relations.Add(fields[7]);
            }
            else
            {
                hasHeads = false;
            }

            if (index + 1 > multiwordEnd)
            {
                tokens.Add(new ConlluToken(fields[1], index, 1));
            }
        }

        if (forms.Count > 0)
        {
            sentences.Add(Complete(new ConlluSentence(text, [.. forms], [.. tags], [.. tokens], newDocument), heads, relations, hasHeads));
        }

        return sentences;
    }

    private static ConlluSentence Complete(ConlluSentence sentence, List<int> heads, List<string> relations, bool hasHeads) =>
        hasHeads ? sentence with { Heads = [.. heads], Relations = [.. relations] } : sentence;
}
