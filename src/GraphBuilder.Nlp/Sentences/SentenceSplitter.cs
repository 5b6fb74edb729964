using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Pipeline;
using GraphBuilder.Nlp.Tokenization;

namespace GraphBuilder.Nlp.Sentences;

/// <summary>
/// Groups a document's tokens into sentences. A sentence ends at terminal punctuation (with any closing quotes or
/// brackets that follow it) when the next token can open a sentence, and at paragraph breaks. Titles
/// (<c>Sen.</c>, <c>Dr.</c>), initials and datelines (<c>NEW YORK, June 15. /TASS/.</c>) do not end one.
/// </summary>
/// <remarks>Run it after the <see cref="Tokenizer"/>. It is stateless and safe to share between threads.</remarks>
public sealed class SentenceSplitter : INlpStage
{
    /// <inheritdoc />
    public string Name => "sentences";

    /// <inheritdoc />
    public string Version => "1";

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.Tokens;
        var spans = new TextSpan[tokens.Count];
        for (var i = 0; i < spans.Length; i++)
        {
            spans[i] = tokens[i].Span;
        }

        document.SetSentences(Split(document.Text, spans));
    }

    /// <summary>Groups tokens into sentences.</summary>
    /// <param name="text">The text the tokens point into.</param>
    /// <param name="tokens">The token spans, in text order.</param>
    /// <returns>The sentences, covering every token once.</returns>
    public static IReadOnlyList<Sentence> Split(string text, IReadOnlyList<TextSpan> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var sentences = new List<Sentence>(tokens.Count / 20 + 1);
        var first = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            var last = k;
            if (k + 1 < tokens.Count && !EndsAfter(text, tokens, ref last))
            {
                continue;
            }

            k = last;
            sentences.Add(new Sentence(sentences.Count, new TextSpan(tokens[first].Start, tokens[last].End), first, last - first + 1));
            first = last + 1;
        }

        return sentences;
    }

    /// <summary>Decides whether a sentence ends at token <paramref name="k"/>, moving it past closing quotes.</summary>
    private static bool EndsAfter(string text, IReadOnlyList<TextSpan> tokens, ref int k)
    {
        var token = tokens[k].AsSpan(text);
        var next = tokens[k + 1];
        var gap = text.AsSpan(tokens[k].End, next.Start - tokens[k].End);
        var lineBreaks = gap.Count('\n');
        if (lineBreaks >= 2)
        {
            return true;
        }

        if (IsTerminal(token))
        {
            // Closing quotes and brackets written right after the mark belong to this sentence.
            var j = k;
            while (j + 1 < tokens.Count && tokens[j + 1].Start == tokens[j].End && IsCloser(tokens[j + 1].AsSpan(text), text, tokens, j + 1))
            {
                j++;
            }

            if (j + 1 >= tokens.Count)
            {
                k = j;
                return true;
            }

            var following = tokens[j + 1].AsSpan(text);
            var plainStop = j == k && token is ['.'] or ['?'] or ['!'] or ['?', '!'] or ['!', '?'] or ['!', '!'] or ['?', '?'];
            if (CanOpenSentence(following)
                || (plainStop && char.IsLetter(following[0]))
                || text.AsSpan(tokens[j].End, tokens[j + 1].Start - tokens[j].End).Contains('\n'))
            {
                k = j;
                return true;
            }

            return false;
        }

        if (lineBreaks == 1)
        {
            return !char.IsLower(text[next.Start]) && token is not ([','] or [';'] or [':'] or ['-']);
        }

        if (token.Length > 1 && token[^1] == '.' && char.IsLetter(token[0]))
        {
            // An abbreviation that kept its period: "in the U.S. The ..." ends; "Sen. Smith" does not.
            var stem = token[..^1];
            var titles = TokenizerRules.Titles.GetAlternateLookup<ReadOnlySpan<char>>();
            if (stem.Length == 1 || titles.Contains(stem))
            {
                return false;
            }

            var starters = TokenizerRules.SentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>();
            return starters.Contains(next.AsSpan(text));
        }

        return false;
    }

    private static bool IsTerminal(ReadOnlySpan<char> token)
    {
        if (token.IsEmpty)
        {
            return false;
        }

        foreach (var c in token)
        {
            if (c is not ('.' or '!' or '?' or '…'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCloser(ReadOnlySpan<char> token, string text, IReadOnlyList<TextSpan> tokens, int index)
    {
        if (token is [')'] or [']'] or ['”'] or ['’'] or ['»'] or ['}'])
        {
            return true;
        }

        if (token is ['"'] or ['\''])
        {
            // A straight quote closes when whitespace or the end of the text follows it.
            var end = tokens[index].End;
            return end >= text.Length || char.IsWhiteSpace(text[end]);
        }

        return false;
    }

    private static bool CanOpenSentence(ReadOnlySpan<char> token)
    {
        var c = token[0];
        return char.IsUpper(c)
            || char.IsDigit(c)
            || c is '"' or '“' or '‘' or '\'' or '(' or '[' or '«' or '—' or '–' or '¿' or '¡' or '*' or '#' or '@'
            || (char.IsLetter(c) && !char.IsLower(c));
    }
}
