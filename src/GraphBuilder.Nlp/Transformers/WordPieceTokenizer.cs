using System.Globalization;
using System.Text;

namespace GraphBuilder.Nlp.Transformers;

/// <summary>
/// Splits words into the wordpieces of an uncased BERT vocabulary, as BERT's own tokenizer does: lower case, accents
/// stripped, control characters dropped, punctuation and CJK characters split off, then greedy longest-match with
/// <c>##</c> continuation pieces; a word that cannot be matched, or one longer than 100 characters, is <c>[UNK]</c>.
/// </summary>
internal sealed class WordPieceTokenizer
{
    private const int MaxWordLength = 100;

    /// <summary>
    /// The letters U+00C0 to U+024F without their accents (what BERT's NFD-and-drop-marks gives; the process runs with
    /// invariant globalization, where <see cref="string.Normalize()"/> does not decompose), sixteen code points a row.
    /// </summary>
    private const string FoldedLatin =
        "AAAAAA\u00C6CEEEEIIII"
        + "\u00D0NOOOOO\u00D7\u00D8UUUUY\u00DE\u00DF"
        + "aaaaaa\u00E6ceeeeiiii"
        + "\u00F0nooooo\u00F7\u00F8uuuuy\u00FEy"
        + "AaAaAaCcCcCcCcDd"
        + "\u0110\u0111EeEeEeEeEeGgGg"
        + "GgGgHh\u0126\u0127IiIiIiIi"
        + "I\u0131\u0132\u0133JjKk\u0138LlLlLl\u013F"
        + "\u0140\u0141\u0142NnNnNn\u0149\u014A\u014BOoOo"
        + "Oo\u0152\u0153RrRrRrSsSsSs"
        + "SsTtTt\u0166\u0167UuUuUuUu"
        + "UuUuWwYyYZzZzZz\u017F"
        + "\u0180\u0181\u0182\u0183\u0184\u0185\u0186\u0187\u0188\u0189\u018A\u018B\u018C\u018D\u018E\u018F"
        + "\u0190\u0191\u0192\u0193\u0194\u0195\u0196\u0197\u0198\u0199\u019A\u019B\u019C\u019D\u019E\u019F"
        + "Oo\u01A2\u01A3\u01A4\u01A5\u01A6\u01A7\u01A8\u01A9\u01AA\u01AB\u01AC\u01AD\u01AEU"
        + "u\u01B1\u01B2\u01B3\u01B4\u01B5\u01B6\u01B7\u01B8\u01B9\u01BA\u01BB\u01BC\u01BD\u01BE\u01BF"
        + "\u01C0\u01C1\u01C2\u01C3\u01C4\u01C5\u01C6\u01C7\u01C8\u01C9\u01CA\u01CB\u01CCAaI"
        + "iOoUuUuUuUuUu\u01DDAa"
        + "Aa\u00C6\u00E6\u01E4\u01E5GgKkOoOo\u01B7\u0292"
        + "j\u01F1\u01F2\u01F3Gg\u01F6\u01F7NnAa\u00C6\u00E6\u00D8\u00F8"
        + "AaAaEeEeIiIiOoOo"
        + "RrRrUuUuSsTt\u021C\u021DHh"
        + "\u0220\u0221\u0222\u0223\u0224\u0225AaEeOoOoOo"
        + "OoYy\u0234\u0235\u0236\u0237\u0238\u0239\u023A\u023B\u023C\u023D\u023E\u023F"
        + "\u0240\u0241\u0242\u0243\u0244\u0245\u0246\u0247\u0248\u0249\u024A\u024B\u024C\u024D\u024E\u024F";

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _starts;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _continuations;

    private WordPieceTokenizer(Dictionary<string, int> starts, Dictionary<string, int> continuations, IReadOnlyDictionary<string, int> special)
    {
        _starts = starts.GetAlternateLookup<ReadOnlySpan<char>>();
        _continuations = continuations.GetAlternateLookup<ReadOnlySpan<char>>();
        Unknown = special.GetValueOrDefault("[UNK]", 100);
        Classify = special.GetValueOrDefault("[CLS]", 101);
        Separator = special.GetValueOrDefault("[SEP]", 102);
        Padding = special.GetValueOrDefault("[PAD]", 0);
    }

    public int Unknown { get; }

    public int Classify { get; }

    public int Separator { get; }

    public int Padding { get; }

    /// <summary>Reads a vocabulary file: one piece a line, its line number is its id.</summary>
    public static WordPieceTokenizer Load(Stream vocabulary)
    {
        var starts = new Dictionary<string, int>(StringComparer.Ordinal);
        var continuations = new Dictionary<string, int>(StringComparer.Ordinal);
        var special = new Dictionary<string, int>(StringComparer.Ordinal);
        using var reader = new StreamReader(vocabulary, Encoding.UTF8);
        var id = 0;
        while (reader.ReadLine() is { } line)
        {
            var piece = line.TrimEnd('\r');
            if (piece.StartsWith("##", StringComparison.Ordinal) && piece.Length > 2)
            {
                continuations.TryAdd(piece[2..], id);
            }
            else
            {
                starts.TryAdd(piece, id);
                if (piece.Length > 2 && piece[0] == '[' && piece[^1] == ']')
                {
                    special.TryAdd(piece, id);
                }
            }

            id++;
        }

        return new WordPieceTokenizer(starts, continuations, special);
    }

    /// <summary>Appends the wordpiece ids of one word (or any text) to a list.</summary>
    public void Tokenize(ReadOnlySpan<char> text, List<int> ids)
    {
        var decomposed = Fold(text);
        Span<char> buffer = decomposed.Length <= 128 ? stackalloc char[(decomposed.Length * 3) + 1] : new char[(decomposed.Length * 3) + 1];
        var length = Normalize(decomposed, buffer);
        var words = buffer[..length];
        var start = 0;
        for (var i = 0; i <= words.Length; i++)
        {
            if (i == words.Length || words[i] == ' ')
            {
                if (i > start)
                {
                    Pieces(words[start..i], ids);
                }

                start = i + 1;
            }
        }
    }

    /// <summary>The wordpieces of a word as strings, for tests and diagnostics.</summary>
    public IReadOnlyList<string> Pieces(string text, IReadOnlyList<string> vocabulary)
    {
        var ids = new List<int>();
        Tokenize(text, ids);
        return ids.Select(i => vocabulary[i]).ToArray();
    }

    private void Pieces(ReadOnlySpan<char> word, List<int> ids)
    {
        if (word.Length > MaxWordLength)
        {
            ids.Add(Unknown);
            return;
        }

        var mark = ids.Count;
        var start = 0;
        while (start < word.Length)
        {
            var found = -1;
            var end = word.Length;
            var lookup = start == 0 ? _starts : _continuations;
            for (; end > start; end--)
            {
                if (lookup.TryGetValue(word[start..end], out found))
                {
                    break;
                }
            }

            if (end == start)
            {
                ids.RemoveRange(mark, ids.Count - mark);
                ids.Add(Unknown);
                return;
            }

            ids.Add(found);
            start = end;
        }
    }

    /// <summary>Lower case, accents stripped from Latin letters.</summary>
    private static string Fold(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        var lower = text.ToString().ToLowerInvariant();
        if (!lower.AsSpan().ContainsAnyInRange('\u00C0', '\u024F'))
        {
            return lower;
        }

        return string.Create(lower.Length, lower, static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= '\u00C0' and <= '\u024F' ? FoldedLatin[c - 0xC0] : c;
            }
        });
    }

    /// <summary>
    /// BERT's basic tokenization into a buffer: lower case without accents, words separated by single spaces,
    /// punctuation and CJK characters as words of their own. Returns the length written.
    /// </summary>
    private static int Normalize(string decomposed, Span<char> output)
    {
        var n = 0;
        void Space(Span<char> o)
        {
            if (n > 0 && o[n - 1] != ' ')
            {
                o[n++] = ' ';
            }
        }

        foreach (var c in decomposed)
        {
            var category = char.GetUnicodeCategory(c);
            if (c == 0 || c == '\uFFFD' || category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                Space(output);
                continue;
            }

            if (char.IsControl(c) || category is UnicodeCategory.Format)
            {
                continue;
            }

            if (IsPunctuation(c, category) || IsCjk(c))
            {
                Space(output);
                output[n++] = c;
                output[n++] = ' ';
                continue;
            }

            output[n++] = c;
        }

        while (n > 0 && output[n - 1] == ' ')
        {
            n--;
        }

        return n;
    }

    private static bool IsPunctuation(char c, UnicodeCategory category) =>
        c is (>= '!' and <= '/') or (>= ':' and <= '@') or (>= '[' and <= '`') or (>= '{' and <= '~')
        || category is UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
            or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
            or UnicodeCategory.OtherPunctuation;

    private static bool IsCjk(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF');
}
