using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Learning;
using GraphBuilder.Nlp.Tagging;
using GraphBuilder.Nlp.Training.Corpora;
using GraphBuilder.Nlp.Training.Learning;

namespace GraphBuilder.Nlp.Training.Tagging;

/// <summary>
/// Trains the part-of-speech tagger: a greedy averaged perceptron over hashed features, trained on its own
/// predictions, keeping the number of passes over the data that scores best on the dev data. With
/// <see cref="TrainingSettings.TwoPass"/> a second perceptron also sees the first one's tags to the right of each word;
/// it is trained on first-pass tags from models that did not see the sentence (five-fold jack-knifing), so that they
/// are as wrong as at run time. With <see cref="TrainingSettings.TransformerLayer"/> &gt; 0 it trains the
/// <c>accurate</c> model instead: a softmax (AdaGrad, averaged) over the same sparse features plus the standardised
/// MiniLM vectors of that layer, computed over each document's consecutive sentences as in serving.
/// </summary>
public static class PartOfSpeechTrainer
{
    private const int Folds = 5;

    /// <summary>Trains a model.</summary>
    /// <param name="train">The training sentences.</param>
    /// <param name="dev">The dev sentences that choose the number of passes, if any.</param>
    /// <param name="settings">The settings.</param>
    /// <param name="progress">Receives one line per pass, if given.</param>
    /// <returns>The trained model.</returns>
    public static PartOfSpeechModel Train(
        IReadOnlyList<ConlluSentence> train,
        IReadOnlyList<ConlluSentence>? dev,
        TrainingSettings settings,
        Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(settings);
        var bits = settings.Bits > 0 ? settings.Bits : 20;
        var epochs = settings.Epochs > 0 ? settings.Epochs : 12;
        var prune = settings.PruneThreshold > 0 ? (float)settings.PruneThreshold : 1e-3f;
        var tags = train.SelectMany(s => s.UniversalTags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var tagIndex = tags.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        var labels = tags.Length;
        var examples = train.Select(s => new TaggingExample(Hash(s.Forms), [.. s.UniversalTags.Select(t => tagIndex[t])])).ToArray();
        var lexicon = TagLexicon.Build(examples.SelectMany(e => e.Hashes.Select((h, i) => (h.Lower, e.Gold[i]))), labels);
        var classes = JackknifedClasses(examples, labels);
        var devExamples = dev?
            .Select(s => new TaggingExample(Hash(s.Forms), [.. s.UniversalTags.Select(t => tagIndex.GetValueOrDefault(t, -1))]))
            .ToArray();
        var devClasses = devExamples?.Select(e => e.Hashes.Select(h => lexicon.ClassOf(h.Lower)).ToArray()).ToArray();
        if (settings.TransformerLayer > 0)
        {
            var contextual = new ContextualTrainer(bits, labels, settings);
            var (trainVectors, devVectors) = contextual.Vectors(train, dev, progress);
            var contextualEpochs = settings.Epochs > 0 ? settings.Epochs : 8;
            var (weights, dense) = contextual.Train(examples, classes, trainVectors, devExamples, devClasses, devVectors, contextualEpochs, progress);
            return new PartOfSpeechModel(tags, lexicon, weights, second: null, dense);
        }

        var trainer = new PassTrainer(bits, labels, prune, settings.Seed);

        var (first, firstEpochs) = trainer.Train(examples, classes, guesses: null, devExamples, devClasses, devGuesses: null, epochs, "first", progress);
        if (!settings.TwoPass)
        {
            return new PartOfSpeechModel(tags, lexicon, first, second: null);
        }

        // First-pass tags for the training data, each from a model trained without the sentence's fold.
        var guesses = new int[examples.Length][];
        for (var fold = 0; fold < Folds; fold++)
        {
            var inFold = Enumerable.Range(0, examples.Length).Where(e => e % Folds == fold).ToArray();
            var outOfFold = Enumerable.Range(0, examples.Length).Where(e => e % Folds != fold).ToArray();
            var (model, _) = trainer.Train(
                [.. outOfFold.Select(e => examples[e])],
                [.. outOfFold.Select(e => classes[e])],
                null,
                null,
                null,
                null,
                firstEpochs,
                $"fold {fold + 1}",
                progress);
            foreach (var e in inFold)
            {
                guesses[e] = new int[examples[e].Gold.Length];
                PartOfSpeechTagger.Decode(model, examples[e].Hashes, classes[e], [], guesses[e]);
            }
        }

        int[][]? devGuesses = null;
        if (devExamples is not null)
        {
            devGuesses = new int[devExamples.Length][];
            for (var e = 0; e < devExamples.Length; e++)
            {
                devGuesses[e] = new int[devExamples[e].Gold.Length];
                PartOfSpeechTagger.Decode(first, devExamples[e].Hashes, devClasses![e], [], devGuesses[e]);
            }
        }

        var (second, _) = trainer.Train(examples, classes, guesses, devExamples, devClasses, devGuesses, epochs, "second", progress);
        return new PartOfSpeechModel(tags, lexicon, first, second);
    }

    /// <summary>
    /// Gives each training word the ambiguity class computed without its own tenth of the data, so that training sees
    /// classes as unreliable as those of unseen text (a class from all data would always contain the gold tag).
    /// </summary>
    private static uint[][] JackknifedClasses(TaggingExample[] examples, int labels)
    {
        const int ClassFolds = 10;
        var totals = new Dictionary<ulong, int[]>();
        var byFold = new Dictionary<ulong, int[]>[ClassFolds];
        for (var f = 0; f < ClassFolds; f++)
        {
            byFold[f] = [];
        }

        for (var e = 0; e < examples.Length; e++)
        {
            var (hashes, gold) = examples[e];
            for (var i = 0; i < hashes.Length; i++)
            {
                Count(totals, hashes[i].Lower, labels)[gold[i]]++;
                Count(byFold[e % ClassFolds], hashes[i].Lower, labels)[gold[i]]++;
            }
        }

        var classes = new uint[examples.Length][];
        var remaining = new int[labels];
        for (var e = 0; e < examples.Length; e++)
        {
            var hashes = examples[e].Hashes;
            classes[e] = new uint[hashes.Length];
            for (var i = 0; i < hashes.Length; i++)
            {
                var total = totals[hashes[i].Lower];
                var own = byFold[e % ClassFolds][hashes[i].Lower];
                for (var t = 0; t < labels; t++)
                {
                    remaining[t] = total[t] - own[t];
                }

                classes[e][i] = TagLexicon.ClassOf(remaining);
            }
        }

        return classes;
    }

    private static int[] Count(Dictionary<ulong, int[]> counts, ulong word, int labels)
    {
        if (!counts.TryGetValue(word, out var c))
        {
            c = new int[labels];
            counts[word] = c;
        }

        return c;
    }

    private static TokenHashes[] Hash(IReadOnlyList<string> words)
    {
        var text = string.Join(' ', words);
        var spans = new TextSpan[words.Count];
        var offset = 0;
        for (var i = 0; i < words.Count; i++)
        {
            spans[i] = new TextSpan(offset, offset + words[i].Length);
            offset += words[i].Length + 1;
        }

        return TokenHashes.Compute(text, spans);
    }

}
