using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Learning;
using GraphBuilder.Nlp.Pipeline;
using GraphBuilder.Nlp.Tagging;

namespace GraphBuilder.Nlp.Layout;

/// <summary>
/// Finds a news text's page furniture line by line (a Title Case headline on the first line, datelines, bylines,
/// photo credits and source trailers) into <see cref="Document.Layout"/>, and the re-cased view of its headlines into
/// <see cref="Document.CasedText"/>. Run it after the sentence splitter and before the entity recogniser, which reads both.
/// </summary>
public sealed class NewsLayoutRecognizer : INlpStage
{
    private readonly Lazy<PartOfSpeechModel>? _words;

    /// <summary>Initializes a new instance of the <see cref="NewsLayoutRecognizer"/> class that re-cases headlines from the story's own casing only.</summary>
    public NewsLayoutRecognizer()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="NewsLayoutRecognizer"/> class that also reads the tagger's word list.</summary>
    /// <param name="words">The part-of-speech model whose ambiguity classes say which words are never proper nouns.</param>
    internal NewsLayoutRecognizer(Lazy<PartOfSpeechModel> words) => _words = words;

    /// <inheritdoc/>
    public string Name => "layout";

    /// <inheritdoc/>
    public string Version => "1";

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var layout = new List<LayoutSpan>();
        var headlines = new List<(int First, int End)>();
        var token = 0;
        var lineStart = 0;
        var storyStarted = false;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            var (start, end) = Trim(text, lineStart, lineEnd);
            if (start < end && !LayoutLines.Classify(text, start, end, layout) && !storyStarted)
            {
                // Only the first line of the story can be its headline: further lines in Title Case are captions and
                // titles ("Black Widow and Captain America", "The Mysterious Affair at Styles"), names as written.
                storyStarted = true;
                while (token < document.Tokens.Count && document.Tokens[token].Span.Start < start)
                {
                    token++;
                }

                var last = token;
                while (last < document.Tokens.Count && document.Tokens[last].Span.End <= end)
                {
                    last++;
                }

                if (last > token && HeadlineCasing.IsTitleCase(document, token, last))
                {
                    headlines.Add((token, last));
                    layout.Add(new LayoutSpan(LayoutKind.Headline, new TextSpan(start, end)));
                }
            }

            lineStart = lineEnd + 1;
        }

        layout.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        document.SetLayout(layout, HeadlineCasing.Recase(document, headlines, IsCommonWord));
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    private bool? IsCommonWord(string word)
    {
        if (_words is null)
        {
            return null;
        }

        // The word as written, else its stem without an inflection ("resigns", "slammed", "vows").
        var model = _words.Value;
        var propn = 1u << IndexOf(model.Tags, "PROPN");
        foreach (var form in Forms(word))
        {
            var tags = model.Lexicon.ClassOf(FeatureHash.LowerChars(form));
            if (tags != 0)
            {
                return (tags & propn) == 0;
            }
        }

        return null;
    }

    private static IEnumerable<string> Forms(string word)
    {
        yield return word;
        if (word.Length < 5)
        {
            yield break;
        }

        if (word.EndsWith("ies", StringComparison.Ordinal))
        {
            yield return string.Concat(word.AsSpan(0, word.Length - 3), "y");
        }

        if (word.EndsWith('s'))
        {
            yield return word[..^1];
        }

        if (word.EndsWith("es", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal))
        {
            yield return word[..^2];
        }

        if (word.EndsWith("ed", StringComparison.Ordinal))
        {
            yield return word[..^1];
        }

        if (word.EndsWith("ing", StringComparison.Ordinal))
        {
            yield return word[..^3];
            yield return string.Concat(word.AsSpan(0, word.Length - 3), "e");
        }
    }

    private static int IndexOf(IReadOnlyList<string> tags, string tag)
    {
        for (var i = 0; i < tags.Count; i++)
        {
            if (string.Equals(tags[i], tag, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return 31;
    }
}
