namespace GraphBuilder.Nlp.Training.Corpora;

/// <summary>
/// Reads CoNLL-2003 files: one <c>token POS chunk NER</c> line per token, blank lines between sentences and
/// <c>-DOCSTART-</c> lines between documents. Tags in the older IOB1 encoding are converted to IOB2.
/// </summary>
public static class ConllReader
{
    /// <summary>Reads a CoNLL-2003 file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The documents, in order.</returns>
    /// <exception cref="FormatException">A line has no tag column.</exception>
    public static IReadOnlyList<ConllDocument> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads CoNLL-2003 text.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">The name of the source, used in error messages.</param>
    /// <returns>The documents, in order.</returns>
    /// <exception cref="FormatException">A line has no tag column.</exception>
    public static IReadOnlyList<ConllDocument> Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var documents = new List<ConllDocument>();
        var sentences = new List<ConllSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                FlushSentence(tokens, tags, sentences);
                FlushDocument(sentences, documents);
                continue;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                FlushSentence(tokens, tags, sentences);
                continue;
            }

            var fields = line.Split(' ', '\t');
            if (fields.Length < 2)
            {
                throw new FormatException($"{source}:{lineNumber}: expected a token and a tag.");
            }

            tokens.Add(fields[0]);
            tags.Add(fields[^1]);
        }

        FlushSentence(tokens, tags, sentences);
        FlushDocument(sentences, documents);
        return documents;
    }

    private static void FlushSentence(List<string> tokens, List<string> tags, List<ConllSentence> sentences)
    {
        if (tokens.Count == 0)
        {
            return;
        }

        var iob2 = new string[tags.Count];
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            if (tag.StartsWith("I-", StringComparison.Ordinal)
                && (i == 0 || !string.Equals(tags[i - 1][Math.Min(2, tags[i - 1].Length)..], tag[2..], StringComparison.Ordinal)))
            {
                tag = "B-" + tag[2..];
            }

            iob2[i] = tag;
        }

        sentences.Add(new ConllSentence([.. tokens], iob2));
        tokens.Clear();
        tags.Clear();
    }

    private static void FlushDocument(List<ConllSentence> sentences, List<ConllDocument> documents)
    {
        if (sentences.Count == 0)
        {
            return;
        }

        documents.Add(new ConllDocument([.. sentences]));
        sentences.Clear();
    }
}
