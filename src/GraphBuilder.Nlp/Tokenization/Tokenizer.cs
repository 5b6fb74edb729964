using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Pipeline;

namespace GraphBuilder.Nlp.Tokenization;

/// <summary>
/// Splits news text into tokens whose spans point into the untouched text. It follows the Universal Dependencies
/// English conventions: clitics (<c>'s</c>, <c>n't</c>) and most hyphens are tokens of their own, while
/// abbreviations (<c>Sen.</c>, <c>U.S.</c>), names with dots (<c>Salon.com</c>), numbers, URLs and e-mail addresses
/// stay whole.
/// </summary>
/// <remarks>The tokenizer is rule-based, allocation-light and safe to share between threads.</remarks>
public sealed class Tokenizer : INlpStage
{
    /// <inheritdoc />
    public string Name => "tokenizer";

    /// <inheritdoc />
    public string Version => "1";

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var spans = Tokenize(document.Text);
        var tokens = new Token[spans.Count];
        for (var i = 0; i < tokens.Length; i++)
        {
            tokens[i] = new Token(i, spans[i]);
        }

        document.SetTokens(tokens);
    }

    /// <summary>Splits a text into token spans.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The spans of the tokens, in text order.</returns>
    public static IReadOnlyList<TextSpan> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<TextSpan>(text.Length / 5 + 4);
        Tokenize(text.AsSpan(), result);
        return result;
    }

    /// <summary>Splits characters into token spans, appending them to a list.</summary>
    /// <param name="text">The characters.</param>
    /// <param name="output">The list the spans are appended to.</param>
    public static void Tokenize(ReadOnlySpan<char> text, List<TextSpan> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && IsSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && !IsSpace(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                TokenizeChunk(text, start, i, output);
            }
        }
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF';

    private static bool IsOpening(char c) =>
        c is '"' or '“' or '‘' or '«' or '(' or '[' or '{' or '`' or '„' or '¿' or '¡' or '<' or '*' or '$' or '£' or '€' or '¥' or '#' or '~';

    private static bool IsClosing(char c) =>
        c is '"' or '”' or '’' or '»' or ')' or ']' or '}' or ',' or ';' or ':' or '!' or '?' or '%' or '>' or '*' or '…' or '\'';

    private static bool IsDash(char c) => c is '—' or '–' or '―' or '‒';

    private static void TokenizeChunk(ReadOnlySpan<char> text, int start, int end, List<TextSpan> output)
    {
        start = PeelOpening(text, start, end, output);
        if (start >= end)
        {
            return;
        }

        // Peel closing punctuation from the end; collected in reverse.
        Span<int> trailing = stackalloc int[32];
        var trailingCount = 0;
        var coreEnd = end;
        while (coreEnd > start && trailingCount < trailing.Length - 1)
        {
            var closingStart = ClosingStart(text, start, coreEnd);
            if (closingStart < 0)
            {
                break;
            }

            trailing[trailingCount++] = coreEnd;
            trailing[trailingCount++] = closingStart;
            coreEnd = closingStart;
        }

        if (coreEnd > start)
        {
            SplitCore(text, start, coreEnd, output);
        }

        for (var k = trailingCount - 1; k > 0; k -= 2)
        {
            output.Add(new TextSpan(trailing[k], trailing[k - 1]));
        }
    }

    /// <summary>
    /// Peels opening punctuation, one token per mark (a run of `` or -- is one token), and returns where the rest of
    /// the chunk begins.
    /// </summary>
    private static int PeelOpening(ReadOnlySpan<char> text, int start, int end, List<TextSpan> output)
    {
        while (start < end)
        {
            var c = text[start];
            if (c == '\'' && start + 1 < end && char.IsLetter(text[start + 1]) && !IsClitic(text, start, end))
            {
                output.Add(new TextSpan(start, start + 1));
                start++;
                continue;
            }

            if (IsOpening(c) || IsDash(c) || (c == '/' && end - start > 1) || (c == '-' && start + 1 < end && text[start + 1] == '-'))
            {
                var run = RunLength(text, start, end, c);
                if (c is '(' or '[' or '{' or '"' or '“' or '‘' or '«' or '$' or '£' or '€' or '¥' || IsDash(c))
                {
                    run = c == '-' ? run : 1;
                }

                output.Add(new TextSpan(start, start + run));
                start += run;
                continue;
            }

            break;
        }

        return start;
    }

    /// <summary>
    /// Returns where the closing punctuation token that ends <c>text[start..coreEnd]</c> begins, or -1 when the rest
    /// keeps its last character (an abbreviation's period, a URL's colon, or no punctuation at all).
    /// </summary>
    private static int ClosingStart(ReadOnlySpan<char> text, int start, int coreEnd)
    {
        var c = text[coreEnd - 1];
        if (c == '.')
        {
            var run = RunLengthBackward(text, start, coreEnd, '.');
            if (run >= 2 || IsMixedPunctuationRun(text, start, coreEnd))
            {
                var runStart = coreEnd - run;
                while (runStart > start && text[runStart - 1] is '?' or '!')
                {
                    runStart--;
                }

                return runStart;
            }

            if (coreEnd - 1 == start || KeepsPeriod(text[start..(coreEnd - 1)]))
            {
                return -1;
            }

            return coreEnd - 1;
        }

        if (c == '/' && coreEnd - start > 1 && !IsUrl(text[start..coreEnd]))
        {
            return coreEnd - 1;
        }

        if (c is '\'' or '’')
        {
            // A plural possessive (parents') keeps the apostrophe as its own token.
            if (coreEnd - 1 > start && char.IsLetter(text[coreEnd - 2]))
            {
                return coreEnd - 1;
            }
        }

        if (IsClosing(c) || IsDash(c))
        {
            if (c == ':' && IsUrl(text[start..coreEnd]))
            {
                return -1;
            }

            var runStart = coreEnd - 1;
            if (c is '!' or '?')
            {
                while (runStart > start && text[runStart - 1] is '!' or '?')
                {
                    runStart--;
                }
            }

            return runStart;
        }

        if (c == '-' && coreEnd - 1 > start && text[coreEnd - 2] == '-')
        {
            return coreEnd - RunLengthBackward(text, start, coreEnd, '-');
        }

        return -1;
    }

    private static bool IsMixedPunctuationRun(ReadOnlySpan<char> text, int start, int end) =>
        end - start >= 2 && text[end - 2] is '?' or '!';

    private static int RunLength(ReadOnlySpan<char> text, int start, int end, char c)
    {
        var i = start;
        while (i < end && text[i] == c)
        {
            i++;
        }

        return i - start;
    }

    private static int RunLengthBackward(ReadOnlySpan<char> text, int start, int end, char c)
    {
        var i = end;
        while (i > start && text[i - 1] == c)
        {
            i--;
        }

        return end - i;
    }

    /// <summary>Decides whether a word followed by a period keeps the period (abbreviations, initials).</summary>
    private static bool KeepsPeriod(ReadOnlySpan<char> word)
    {
        if (word.Length == 1)
        {
            return char.IsLetter(word[0]);
        }

        // U.S, U.K, a.m, e.g, Ph.D: letters separated by periods.
        if (word.Contains('.'))
        {
            var letters = true;
            foreach (var ch in word)
            {
                if (!char.IsLetter(ch) && ch != '.')
                {
                    letters = false;
                    break;
                }
            }

            if (letters && word.Length <= 6)
            {
                return true;
            }
        }

        var titles = TokenizerRules.Titles.GetAlternateLookup<ReadOnlySpan<char>>();
        var abbreviations = TokenizerRules.Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        return titles.Contains(word) || abbreviations.Contains(word);
    }

    private static bool IsUrl(ReadOnlySpan<char> word) =>
        word.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || word.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        || word.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase);

    private static bool IsEmail(ReadOnlySpan<char> word)
    {
        var at = word.IndexOf('@');
        return at > 0 && at < word.Length - 3 && word[(at + 1)..].Contains('.');
    }

    private static bool IsClitic(ReadOnlySpan<char> text, int start, int end)
    {
        var rest = text[(start + 1)..end];
        return rest.Length is 1 or 2 && (rest.Equals("s", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("re", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("ve", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("ll", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("d", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("m", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Splits a chunk stripped of outer punctuation at hyphens, dashes and clitics.</summary>
    private static void SplitCore(ReadOnlySpan<char> text, int start, int end, List<TextSpan> output)
    {
        var core = text[start..end];
        if (IsUrl(core) || IsEmail(core))
        {
            output.Add(new TextSpan(start, end));
            return;
        }

        var pieceStart = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (IsDash(c) || (c == '-' && i + 1 < end && text[i + 1] == '-'))
            {
                var run = IsDash(c) ? 1 : RunLength(text, i, end, '-');
                EmitWord(text, pieceStart, i, output);
                output.Add(new TextSpan(i, i + run));
                i += run - 1;
                pieceStart = i + 1;
            }
            else if (c == '-' && i > pieceStart && i + 1 < end && SplitsAtHyphen(text, pieceStart, i, end))
            {
                EmitWord(text, pieceStart, i, output);
                output.Add(new TextSpan(i, i + 1));
                pieceStart = i + 1;
            }
            else if (c == '/' && i > pieceStart + 1 && i + 2 < end && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]))
            {
                EmitWord(text, pieceStart, i, output);
                output.Add(new TextSpan(i, i + 1));
                pieceStart = i + 1;
            }
            else if ((c is ',' or ';' or '"' or '“' or '”' or '(' or ')' or '!' or '?') && i > pieceStart && i + 1 < end
                && !(c == ',' && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])))
            {
                EmitWord(text, pieceStart, i, output);
                output.Add(new TextSpan(i, i + 1));
                pieceStart = i + 1;
            }
        }

        EmitWord(text, pieceStart, end, output);
    }

    private static bool SplitsAtHyphen(ReadOnlySpan<char> text, int pieceStart, int hyphen, int end)
    {
        var left = text[pieceStart..hyphen];
        var next = text[hyphen + 1];
        if (char.IsDigit(left[^1]) && char.IsDigit(next))
        {
            // Dates (1996-08-22), scores and ranges of numbers stay whole.
            return false;
        }

        if (!char.IsLetterOrDigit(left[^1]) || !char.IsLetterOrDigit(next))
        {
            return false;
        }

        var prefixes = TokenizerRules.HyphenPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        if (prefixes.Contains(left))
        {
            return false;
        }

        _ = end;
        return true;
    }

    // "Radio 1's Morning Ireland", "Channel 4's Dispatches": a number's "'s" before a capitalised name is a
    // possessive, while UD keeps a plural's whole ("the 70's and 80's", "under 12's.").
    private static bool IsNumbersPossessive(ReadOnlySpan<char> text, int end)
    {
        if (!char.IsAsciiDigit(text[end - 3]) || text[end - 1] is not ('s' or 'S'))
        {
            return false;
        }

        var next = end;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        return next > end && next < text.Length && char.IsUpper(text[next]);
    }

    /// <summary>Emits a word, splitting English clitics (<c>'s</c>, <c>n't</c>, <c>'re</c>) from its end.</summary>
    private static void EmitWord(ReadOnlySpan<char> text, int start, int end, List<TextSpan> output)
    {
        if (end <= start)
        {
            return;
        }

        var word = text[start..end];
        var length = word.Length;
        if (length >= 4 && (word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n’t", StringComparison.OrdinalIgnoreCase)))
        {
            output.Add(new TextSpan(start, end - 3));
            output.Add(new TextSpan(end - 3, end));
            return;
        }

        if (length >= 3 && word[length - 2] is '\'' or '’' && (char.IsLetter(word[length - 3]) || IsNumbersPossessive(text, end))
            && word[length - 1] is 's' or 'S' or 'd' or 'D' or 'm' or 'M')
        {
            output.Add(new TextSpan(start, end - 2));
            output.Add(new TextSpan(end - 2, end));
            return;
        }

        if (length >= 4 && word[length - 3] is '\'' or '’' && char.IsLetter(word[length - 4])
            && (word.EndsWith("re", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ve", StringComparison.OrdinalIgnoreCase)
                || word.EndsWith("ll", StringComparison.OrdinalIgnoreCase)))
        {
            output.Add(new TextSpan(start, end - 3));
            output.Add(new TextSpan(end - 3, end));
            return;
        }

        if (word.Equals("cannot", StringComparison.OrdinalIgnoreCase))
        {
            output.Add(new TextSpan(start, start + 3));
            output.Add(new TextSpan(start + 3, end));
            return;
        }

        if (word.Equals("gonna", StringComparison.OrdinalIgnoreCase) || word.Equals("wanna", StringComparison.OrdinalIgnoreCase)
            || word.Equals("gotta", StringComparison.OrdinalIgnoreCase))
        {
            output.Add(new TextSpan(start, start + 3));
            output.Add(new TextSpan(start + 3, end));
            return;
        }

        output.Add(new TextSpan(start, end));
    }
}
