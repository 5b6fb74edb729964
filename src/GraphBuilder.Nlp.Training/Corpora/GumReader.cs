using System.Globalization;
using System.Text;

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
    /// <param name="source">The name of the source, used in error messages and as the identifier of a document without a <c># newdoc id</c>.</param>
    /// <returns>The documents, in order.</returns>
    /// <exception cref="FormatException">A word line does not have ten columns, or an entity mark is malformed.</exception>
    public static IReadOnlyList<GumDocument> Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        var documents = new List<GumDocument>();
        var builder = new DocumentBuilder(source);
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

                    builder = new DocumentBuilder(Comment(line, "newdoc id") ?? $"{source}#{documents.Count + 1}");
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

    private static bool HasSpaceAfter(string misc) =>
        !misc.Split('|').Contains("SpaceAfter=No", StringComparer.Ordinal);

    private static string? EntityMarks(string misc) =>
        misc.Split('|').FirstOrDefault(f => f.StartsWith("Entity=", StringComparison.Ordinal)) is { } mark ? mark[7..] : null;

    /// <summary>Collects one document while its lines are read.</summary>
    private sealed class DocumentBuilder(string id)
    {
        private readonly StringBuilder _text = new();
        private readonly List<GumWord> _words = [];
        private readonly List<(string Entity, string Type, string? Identity, int FirstWord, int LastWord)> _mentions = [];
        private readonly Dictionary<string, Stack<(string Type, string? Identity, int FirstWord)>> _open = new(StringComparer.Ordinal);
        private int _paragraph = -1;
        private int _sentence = -1;

        public Dictionary<string, string> Metadata { get; } = new(StringComparer.Ordinal);

        public bool NewParagraph { get; set; }

        public bool HasContent => _words.Count > 0 || Metadata.Count > 0;

        public void AddSentence(List<(string[] Fields, int Line)> lines, string source)
        {
            if (!lines.Any(l => IsWord(l.Fields[0])))
            {
                return;
            }

            if (NewParagraph || _paragraph < 0)
            {
                if (_text.Length > 0)
                {
                    _text.Append("\n\n");
                }

                _paragraph++;
                NewParagraph = false;
            }
            else
            {
                _text.Append(' ');
            }

            _sentence++;
            var first = _words.Count;
            var multiwordEnd = 0;
            var pendingSpace = false;
            foreach (var (fields, line) in lines)
            {
                var wordId = fields[0];
                var dash = wordId.IndexOf('-', StringComparison.Ordinal);
                if (dash > 0)
                {
                    var from = int.Parse(wordId.AsSpan(0, dash), CultureInfo.InvariantCulture);
                    var to = int.Parse(wordId.AsSpan(dash + 1), CultureInfo.InvariantCulture);
                    var words = lines.Where(l => IsWord(l.Fields[0]) && int.Parse(l.Fields[0], CultureInfo.InvariantCulture) is var n && n >= from && n <= to).ToList();
                    AppendSpace(ref pendingSpace);
                    var start = _text.Length;
                    _text.Append(fields[1]);
                    var spelled = string.Concat(words.Select(w => w.Fields[1])) == fields[1];
                    var offset = start;
                    foreach (var (wordFields, wordLine) in words)
                    {
                        var end = spelled ? offset + wordFields[1].Length : start + fields[1].Length;
                        AddWord(wordFields, first, spelled ? offset : start, end, wordLine, source);
                        offset = end;
                    }

                    pendingSpace = HasSpaceAfter(fields[9]);
                    multiwordEnd = to;
                    continue;
                }

                if (!IsWord(wordId) || int.Parse(wordId, CultureInfo.InvariantCulture) <= multiwordEnd)
                {
                    continue;
                }

                AppendSpace(ref pendingSpace);
                var wordStart = _text.Length;
                _text.Append(fields[1]);
                AddWord(fields, first, wordStart, _text.Length, line, source);
                pendingSpace = HasSpaceAfter(fields[9]);
            }
        }

        public GumDocument Build(string source)
        {
            foreach (var (entity, stack) in _open)
            {
                if (stack.Count > 0)
                {
                    throw new FormatException($"{source}: document {id}: entity {entity} is opened and never closed.");
                }
            }

            var mentions = _mentions
                .Select(m => new GumMention(m.Entity, m.Type, m.Identity, m.FirstWord, m.LastWord, Head(m.FirstWord, m.LastWord), _words[m.FirstWord].Start, _words[m.LastWord].End))
                .OrderBy(m => m.FirstWord)
                .ThenByDescending(m => m.LastWord)
                .ToList();
            return new GumDocument(id, Metadata, _text.ToString(), [.. _words], mentions);
        }

        private static bool IsWord(string wordId) => !wordId.Contains('-', StringComparison.Ordinal) && !wordId.Contains('.', StringComparison.Ordinal);

        private void AppendSpace(ref bool pendingSpace)
        {
            if (pendingSpace)
            {
                _text.Append(' ');
            }

            pendingSpace = false;
        }

        private void AddWord(string[] fields, int sentenceStart, int start, int end, int line, string source)
        {
            var head = int.TryParse(fields[6], NumberStyles.None, CultureInfo.InvariantCulture, out var h) && h > 0 ? sentenceStart + h - 1 : -1;
            var index = _words.Count;
            _words.Add(new GumWord(fields[1], fields[3], head, fields[7], _paragraph, _sentence, start, end));
            if (EntityMarks(fields[9]) is { } marks)
            {
                AddMarks(marks, index, $"{source}:{line}");
            }
        }

        private void AddMarks(string marks, int word, string where)
        {
            // "(eid-etype-...-identity" opens a mention, "eid)" closes the innermost open mention of eid, and
            // "(eid-...)" is a one-word mention.
            var i = 0;
            while (i < marks.Length)
            {
                if (marks[i] == '(')
                {
                    var end = marks.IndexOfAny(['(', ')'], i + 1);
                    var content = marks[(i + 1)..(end < 0 ? marks.Length : end)];
                    var fields = content.Split('-', 8);
                    if (fields.Length < 2 || fields[0].Length == 0)
                    {
                        throw new FormatException($"{where}: malformed entity mark '{content}'.");
                    }

                    var identity = fields.Length == 8 && fields[7] is { Length: > 0 } value && value != "_" ? value : null;
                    if (end >= 0 && marks[end] == ')')
                    {
                        _mentions.Add((fields[0], fields[1], identity, word, word));
                        i = end + 1;
                    }
                    else
                    {
                        if (!_open.TryGetValue(fields[0], out var stack))
                        {
                            _open[fields[0]] = stack = new Stack<(string, string?, int)>();
                        }

                        stack.Push((fields[1], identity, word));
                        i = end < 0 ? marks.Length : end;
                    }
                }
                else
                {
                    var close = marks.IndexOf(')', i);
                    if (close < 0)
                    {
                        throw new FormatException($"{where}: malformed entity mark '{marks[i..]}'.");
                    }

                    var entity = marks[i..close];
                    if (!_open.TryGetValue(entity, out var stack) || stack.Count == 0)
                    {
                        throw new FormatException($"{where}: entity {entity} is closed but not open.");
                    }

                    var (type, identity, firstWord) = stack.Pop();
                    _mentions.Add((entity, type, identity, firstWord, word));
                    i = close + 1;
                }
            }
        }

        private int Head(int first, int last)
        {
            var outside = Enumerable.Range(first, last - first + 1).Where(w => _words[w].Head < first || _words[w].Head > last).ToList();
            return outside.Count == 0 ? last : outside.FirstOrDefault(w => _words[w].UniversalTag != "PUNCT", outside[0]);
        }
    }
}
