using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Sentences;
using GraphBuilder.Nlp.Tokenization;
using GraphBuilder.Nlp.Training.Corpora;

namespace GraphBuilder.Nlp.Training.Evaluation;

/// <summary>
/// Measures the tokenizer and the sentence splitter against a treebank's gold segmentation.
/// </summary>
public static class SegmentationScorer
{
    /// <summary>
    /// Scores the tokenizer on each sentence's raw <c># text</c>: a token counts when its character span equals a gold
    /// word's span (gold words are aligned to the text; a multiword token whose words do not spell it counts as one).
    /// </summary>
    /// <param name="sentences">The treebank's sentences.</param>
    /// <returns>The span counts.</returns>
    public static Score ScoreTokens(IReadOnlyList<ConlluSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var total = default(Score);
        foreach (var sentence in sentences)
        {
            if (sentence.Text is null)
            {
                continue;
            }

            var gold = GoldSpans(sentence);
            var predicted = Tokenizer.Tokenize(sentence.Text);
            var correct = 0;
            foreach (var span in predicted)
            {
                if (gold.Contains(span))
                {
                    correct++;
                }
            }

            total += new Score(gold.Count, predicted.Count, correct);
        }

        return total;
    }

    /// <summary>
    /// Scores sentence boundaries: each document's <c># text</c> lines are joined with single spaces, tokenized and
    /// split; a boundary is the offset where a sentence ends, the end of the document excluded.
    /// </summary>
    /// <param name="sentences">The treebank's sentences.</param>
    /// <returns>The boundary counts.</returns>
    public static Score ScoreSentences(IReadOnlyList<ConlluSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var total = default(Score);
        var builder = new System.Text.StringBuilder();
        var goldEnds = new HashSet<int>();
        for (var i = 0; i <= sentences.Count; i++)
        {
            if (i == sentences.Count || (sentences[i].StartsDocument && builder.Length > 0))
            {
                total += ScoreDocument(builder.ToString(), goldEnds);
                builder.Clear();
                goldEnds.Clear();
            }

            if (i == sentences.Count || sentences[i].Text is not { } text)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                goldEnds.Add(builder.Length);
                builder.Append(' ');
            }

            builder.Append(text);
        }

        return total;
    }

    private static Score ScoreDocument(string text, HashSet<int> goldEnds)
    {
        if (text.Length == 0)
        {
            return default;
        }

        var tokens = Tokenizer.Tokenize(text);
        var predicted = SentenceSplitter.Split(text, tokens);
        var correct = 0;
        for (var s = 0; s < predicted.Count - 1; s++)
        {
            if (goldEnds.Contains(predicted[s].Span.End))
            {
                correct++;
            }
        }

        return new Score(goldEnds.Count, Math.Max(0, predicted.Count - 1), correct);
    }

    private static HashSet<TextSpan> GoldSpans(ConlluSentence sentence)
    {
        var text = sentence.Text!;
        var spans = new HashSet<TextSpan>();
        var cursor = 0;
        foreach (var token in sentence.Tokens)
        {
            var at = text.IndexOf(token.Form, cursor, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var end = at + token.Form.Length;
            var wordCursor = at;
            var aligned = token.WordCount > 1;
            var wordSpans = new List<TextSpan>(token.WordCount);
            for (var w = token.FirstWord; aligned && w < token.FirstWord + token.WordCount; w++)
            {
                var form = sentence.Forms[w];
                if (string.CompareOrdinal(text, wordCursor, form, 0, form.Length) == 0 && wordCursor + form.Length <= end)
                {
                    wordSpans.Add(new TextSpan(wordCursor, wordCursor + form.Length));
                    wordCursor += form.Length;
                }
                else
                {
                    aligned = false;
                }
            }

            if (aligned && wordCursor == end)
            {
                spans.UnionWith(wordSpans);
            }
            else
            {
                spans.Add(new TextSpan(at, end));
            }

            cursor = end;
        }

        return spans;
    }
}
