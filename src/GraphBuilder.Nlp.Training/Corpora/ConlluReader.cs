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
        var sentence = new SentenceBuilder();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                if (sentence.HasWords)
                {
                    sentences.Add(sentence.Build());
                }

                sentence.Clear();
                continue;
            }

            if (line[0] == '#')
            {
                if (line.StartsWith("# text = ", StringComparison.Ordinal))
                {
                    sentence.Text = line[9..];
                }
                else if (line.StartsWith("# newdoc", StringComparison.Ordinal))
                {
                    sentence.NewDocument = true;
                }

                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 10)
            {
                throw new FormatException($"{source}:{lineNumber}: expected 10 tab-separated columns.");
            }

            sentence.Add(fields);
        }

        if (sentence.HasWords)
        {
            sentences.Add(sentence.Build());
        }

        return sentences;
    }

    /// <summary>Collects one sentence's words, tokens, heads and relations while its lines are read.</summary>
    private sealed class SentenceBuilder
    {
        private readonly List<string> _forms = [];
        private readonly List<string> _tags = [];
        private readonly List<ConlluToken> _tokens = [];
        private readonly List<int> _heads = [];
        private readonly List<string> _relations = [];
        private bool _hasHeads = true;
        private int _multiwordEnd = -1;

        public string? Text { get; set; }

        public bool NewDocument { get; set; }

        public bool HasWords => _forms.Count > 0;

        /// <summary>Adds a word line: a multiword token's range, an empty node (skipped) or a word.</summary>
        public void Add(string[] fields)
        {
            var id = fields[0];
            var dash = id.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                var first = int.Parse(id.AsSpan(0, dash), System.Globalization.CultureInfo.InvariantCulture);
                var last = int.Parse(id.AsSpan(dash + 1), System.Globalization.CultureInfo.InvariantCulture);
                _tokens.Add(new ConlluToken(fields[1], first - 1, last - first + 1));
                _multiwordEnd = last;
                return;
            }

            if (id.Contains('.', StringComparison.Ordinal))
            {
                return;
            }

            var index = _forms.Count;
            _forms.Add(fields[1]);
            _tags.Add(fields[3]);
            if (_hasHeads && int.TryParse(fields[6], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var head))
            {
                _heads.Add(head - 1);
                _relations.Add(fields[7]);
            }
            else
            {
                _hasHeads = false;
            }

            if (index + 1 > _multiwordEnd)
            {
                _tokens.Add(new ConlluToken(fields[1], index, 1));
            }
        }

        /// <summary>Returns the sentence, with heads and relations only when every word has them.</summary>
        public ConlluSentence Build()
        {
            var sentence = new ConlluSentence(Text, [.. _forms], [.. _tags], [.. _tokens], NewDocument);
            return _hasHeads ? sentence with { Heads = [.. _heads], Relations = [.. _relations] } : sentence;
        }

        public void Clear()
        {
            _forms.Clear();
            _tags.Clear();
            _tokens.Clear();
            _heads.Clear();
            _relations.Clear();
            _hasHeads = true;
            Text = null;
            NewDocument = false;
            _multiwordEnd = -1;
        }
    }
}
