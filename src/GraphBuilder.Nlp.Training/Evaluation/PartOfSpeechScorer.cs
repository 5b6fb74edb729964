using GraphBuilder.Nlp.Tagging;
using GraphBuilder.Nlp.Training.Corpora;

namespace GraphBuilder.Nlp.Training.Evaluation;

/// <summary>
/// Measures UPOS accuracy on gold tokens: the share of words whose predicted tag equals the gold tag.
/// </summary>
public static class PartOfSpeechScorer
{
    /// <summary>Tags the gold words of each document (sentences from one <c># newdoc</c> to the next) and counts the correct tags.</summary>
    /// <param name="tagger">The tagger.</param>
    /// <param name="sentences">The gold sentences.</param>
    /// <returns>The counts; the accuracy is <see cref="Score.Recall"/>.</returns>
    public static Score Score(PartOfSpeechTagger tagger, IReadOnlyList<ConlluSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(sentences);
        var total = default(Score);
        foreach (var document in Documents(sentences))
        {
            var predicted = tagger.TagDocument([.. document.Select(s => s.Forms)]);
            for (var s = 0; s < document.Count; s++)
            {
                var correct = 0;
                for (var i = 0; i < predicted[s].Count; i++)
                {
                    if (string.Equals(predicted[s][i], document[s].UniversalTags[i], StringComparison.Ordinal))
                    {
                        correct++;
                    }
                }

                total += new Score(predicted[s].Count, predicted[s].Count, correct);
            }
        }

        return total;
    }

    /// <summary>Groups sentences into documents: a sentence that starts one (<c># newdoc</c>) closes the previous.</summary>
    /// <param name="sentences">The sentences, in order.</param>
    /// <returns>The documents, in order.</returns>
    public static IReadOnlyList<IReadOnlyList<ConlluSentence>> Documents(IReadOnlyList<ConlluSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var documents = new List<IReadOnlyList<ConlluSentence>>();
        List<ConlluSentence>? current = null;
        foreach (var sentence in sentences)
        {
            if (current is null || sentence.StartsDocument)
            {
                current = [];
                documents.Add(current);
            }

            current.Add(sentence);
        }

        return documents;
    }
}
