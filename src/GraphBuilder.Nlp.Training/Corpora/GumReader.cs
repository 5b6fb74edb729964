namespace GraphBuilder.Nlp.Training.Corpora;

/// <summary>
/// Reads GUM documents from CoNLL-U files with CorefUD entity marks: the <c># newdoc id</c> and <c># meta::</c>
/// comments, paragraphs (<c># newpar</c>), the surface tokens with <c>SpaceAfter=No</c> (multiword tokens included), UPOS
/// tags and heads, and the <c>Entity=</c> marks in MISC. Empty nodes (<c>8.1</c>) are skipped.
/// </summary>
/// <remarks>
/// The text is rebuilt as the graph-score protocol asks (<c>../shared/data/gum-news/README.md</c>): within a sentence
/// tokens are joined by one space unless a token has <c>SpaceAfter=No</c>, sentences of a paragraph by one space, and
/// paragraphs by a blank line. The words of a multiword token (<c>Phailin's</c> = <c>Phailin</c> + <c>'s</c>) get their
/// own character ranges when their forms spell the token, otherwise the whole token's.
/// </remarks>
public static class GumReader
{
    /// <summary>Reads the documents of a file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The documents, in order.</returns>
    /// <exception cref="FormatException">A word line does not have ten columns, or an entity mark is malformed.</exception>
    public static IReadOnlyList<GumDocument> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads the documents of CoNLL-U text.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">
    /// The name of the source, used in error messages and as the identifier of a document without a <c># newdoc id</c>.
    /// </param>
    /// <returns>The documents, in order.</returns>
    /// <exception cref="FormatException">A word line does not have ten columns, or an entity mark is malformed.</exception>
    public static IReadOnlyList<GumDocument> Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        var documents = new List<GumDocument>();
        var builder = new GumDocumentBuilder(source);
        var sentence = new List<(string[] Fields, int Line)>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                builder.AddSentence(sentence, source);
                sentence.Clear();
                continue;
            }

            if (line[0] == '#')
            {
                builder.AddSentence(sentence, source);
                sentence.Clear();
                if (line == "# newdoc" || line.StartsWith("# newdoc ", StringComparison.Ordinal))
                {
                    if (builder.HasContent)
                    {
                        documents.Add(builder.Build(source));
                    }

                    builder = new GumDocumentBuilder(Comment(line, "newdoc id") ?? $"{source}#{documents.Count + 1}");
                }
                else if (line.StartsWith("# meta::", StringComparison.Ordinal) && line.IndexOf(" = ", StringComparison.Ordinal) is var equals and > 0)
                {
                    builder.Metadata[line[8..equals].Trim()] = line[(equals + 3)..].Trim();
                }
                else if (line == "# newpar" || line.StartsWith("# newpar ", StringComparison.Ordinal))
                {
                    builder.NewParagraph = true;
                }

                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 10)
            {
                throw new FormatException($"{source}:{lineNumber}: expected 10 tab-separated columns.");
            }

            sentence.Add((fields, lineNumber));
        }

        builder.AddSentence(sentence, source);
        if (builder.HasContent)
        {
            documents.Add(builder.Build(source));
        }

        return documents;
    }

    private static string? Comment(string line, string name)
    {
        var prefix = "# " + name;
        if (!line.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var equals = line.IndexOf('=', prefix.Length);
        return equals < 0 ? null : line[(equals + 1)..].Trim();
    }
}
