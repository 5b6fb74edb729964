using System.Globalization;
using System.Text;

namespace GraphBuilder.Nlp.Training.Corpora;

/// <summary>Collects one GUM document while <see cref="GumReader"/> reads its lines.</summary>
internal sealed class GumDocumentBuilder(string id)
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
                var words = lines
                    .Where(l => IsWord(l.Fields[0]) && int.Parse(l.Fields[0], CultureInfo.InvariantCulture) is var n && n >= from && n <= to)
                    .ToList();
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
            .Select(m => new GumMention(
                m.Entity,
                m.Type,
                m.Identity,
                m.FirstWord,
                m.LastWord,
                Head(m.FirstWord, m.LastWord),
                _words[m.FirstWord].Start,
                _words[m.LastWord].End))
            .OrderBy(m => m.FirstWord)
            .ThenByDescending(m => m.LastWord)
            .ToList();
        return new GumDocument(id, Metadata, _text.ToString(), [.. _words], mentions);
    }

    private static bool HasSpaceAfter(string misc) =>
        !misc.Split('|').Contains("SpaceAfter=No", StringComparer.Ordinal);

    private static string? EntityMarks(string misc) =>
        misc.Split('|').FirstOrDefault(f => f.StartsWith("Entity=", StringComparison.Ordinal)) is { } mark ? mark[7..] : null;

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
