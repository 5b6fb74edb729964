using GraphBuilder.Nlp.Corpora;
using GraphBuilder.Nlp.Tagging;

namespace GraphBuilder.Nlp.Evaluation;

/// <summary>
/// Measures UPOS accuracy on gold tokens: the share of words whose predicted tag equals the gold tag.
/// </summary>
public static class PartOfSpeechScorer
{
    /// <summary>Tags each sentence's gold words and counts the correct tags.</summary>
    /// <param name="tagger">The tagger.</param>
    /// <param name="sentences">The gold sentences.</param>
    /// <returns>The counts; the accuracy is <see cref="Score.Recall"/>.</returns>
    public static Score Score(PartOfSpeechTagger tagger, IReadOnlyList<ConlluSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(sentences);
        var total = default(Score);
        foreach (var sentence in sentences)
        {
            var predicted = tagger.Tag(sentence.Forms);
            var correct = 0;
            for (var i = 0; i < predicted.Count; i++)
            {
                if (string.Equals(predicted[i], sentence.UniversalTags[i], StringComparison.Ordinal))
                {
                    correct++;
                }
            }

            total += new Score(predicted.Count, predicted.Count, correct);
        }

        return total;
    }
}
