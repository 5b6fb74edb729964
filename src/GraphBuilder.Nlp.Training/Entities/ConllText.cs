using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Training.Corpora;

namespace GraphBuilder.Nlp.Training.Entities;

/// <summary>
/// Lays the tokens of a CoNLL document out as text: tokens joined by spaces, sentences by line breaks.
/// </summary>
internal static class ConllText
{
    public static (string Text, TextSpan[] Spans, (int Start, int Count)[] Sentences) Build(ConllDocument document)
    {
        var builder = new System.Text.StringBuilder();
        var spans = new List<TextSpan>();
        var sentences = new List<(int, int)>();
        foreach (var sentence in document.Sentences)
        {
            sentences.Add((spans.Count, sentence.Tokens.Count));
            foreach (var token in sentence.Tokens)
            {
                spans.Add(new TextSpan(builder.Length, builder.Length + token.Length));
                builder.Append(token).Append(' ');
            }

            builder.Append('\n');
        }

        return (builder.ToString(), [.. spans], [.. sentences]);
    }
}
