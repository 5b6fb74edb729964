using GraphBuilder.Nlp.Tagging;
using GraphBuilder.Nlp.Training.Corpora;
using GraphBuilder.Nlp.Training.Learning;
using GraphBuilder.Nlp.Training.Tagging;

namespace GraphBuilder.Nlp.Training.Parsing;

/// <summary>
/// Replaces the gold UPOS tags of training sentences by tags predicted by taggers that did not see them (k-fold
/// jack-knifing), so that the parser learns from tags as wrong as those it will read at run time.
/// </summary>
public static class JackknifedTags
{
    /// <summary>Tags each sentence with a tagger trained on the other folds.</summary>
    /// <param name="sentences">The sentences, with gold tags.</param>
    /// <param name="folds">The number of folds.</param>
    /// <param name="settings">The tagger's training settings (its seed and passes).</param>
    /// <param name="progress">Receives one line per fold, if given.</param>
    /// <returns>The sentences with predicted tags, in the same order.</returns>
    public static IReadOnlyList<ConlluSentence> Assign(
        IReadOnlyList<ConlluSentence> sentences,
        int folds,
        TrainingSettings settings,
        Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var result = new ConlluSentence[sentences.Count];
        for (var fold = 0; fold < folds; fold++)
        {
            var rest = sentences.Where((_, i) => i % folds != fold).ToArray();
            var tagger = new PartOfSpeechTagger(PartOfSpeechTrainer.Train(rest, dev: null, settings));
            for (var i = fold; i < sentences.Count; i += folds)
            {
                result[i] = sentences[i] with { UniversalTags = tagger.Tag(sentences[i].Forms) };
            }

            progress?.Invoke($"tagged fold {fold + 1} of {folds}");
        }

        return result;
    }
}
