using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Training.Corpora;

namespace GraphBuilder.Nlp.Training.Parsing;

/// <summary>
/// Lays CoNLL-U sentences out as documents (a <c># newdoc</c> line starts one), words joined by spaces and sentences
/// by line breaks, so that a treebank is parsed and encoded as the pipeline parses an article.
/// </summary>
internal static class TreebankDocuments
{
    /// <summary>Builds the documents; <c>Sentences</c> are word ranges, <c>First</c> the index of the document's first sentence.</summary>
    public static List<(string Text, TextSpan[] Spans, (int Start, int Count)[] Sentences, int First)> Build(IReadOnlyList<ConlluSentence> sentences)
    {
        var documents = new List<(string, TextSpan[], (int, int)[], int)>();
        var builder = new System.Text.StringBuilder();
        var spans = new List<TextSpan>();
        var ranges = new List<(int, int)>();
        var first = 0;
        for (var s = 0; s <= sentences.Count; s++)
        {
            if (s == sentences.Count || (sentences[s].StartsDocument && ranges.Count > 0))
            {
                if (ranges.Count > 0)
                {
                    documents.Add((builder.ToString(), [.. spans], [.. ranges], first));
                }

                builder.Clear();
                spans.Clear();
                ranges.Clear();
                first = s;
                if (s == sentences.Count)
                {
                    break;
                }
            }

            ranges.Add((spans.Count, sentences[s].Forms.Count));
            foreach (var form in sentences[s].Forms)
            {
                spans.Add(new TextSpan(builder.Length, builder.Length + form.Length));
                builder.Append(form).Append(' ');
            }

            builder.Append('\n');
        }

        return documents;
    }
}
