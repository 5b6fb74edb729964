using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Parsing;
using GraphBuilder.Nlp.Training.Corpora;

namespace GraphBuilder.Nlp.Training.Parsing;

/// <summary>
/// Scores predicted dependency arcs against gold ones on gold tokens (see <see cref="DependencyScore"/>), overall and
/// per gold relation.
/// </summary>
public sealed class DependencyScorer
{
    private readonly Dictionary<string, (int Gold, int Predicted, int Correct)> _byLabel = new(StringComparer.Ordinal);
    private int _words;
    private int _heads;
    private int _labelled;
    private int _labels;
    private int _fullLabelled;

    /// <summary>Gets, per full relation, the number of gold words, predicted words and words with both head and relation right.</summary>
    public IReadOnlyDictionary<string, (int Gold, int Predicted, int Correct)> ByLabel => _byLabel;

    /// <summary>Gets the scores of what was added.</summary>
    public DependencyScore Overall => new(
        _words,
        Percent(_heads),
        Percent(_labelled),
        Percent(_labels),
        Percent(_fullLabelled));

    /// <summary>Parses gold-tokenised sentences with their UPOS tags and scores the result.</summary>
    /// <param name="parser">The parser.</param>
    /// <param name="sentences">The gold sentences; their <see cref="ConlluSentence.UniversalTags"/> are the parser's input.</param>
    /// <returns>The scores.</returns>
    public static DependencyScore Score(DependencyParser parser, IReadOnlyList<ConlluSentence> sentences)
    {
        var scorer = new DependencyScorer();
        var parsed = Parse(parser, sentences);
        for (var s = 0; s < sentences.Count; s++)
        {
            scorer.Add(sentences[s], parsed[s]);
        }

        return scorer.Overall;
    }

    /// <summary>
    /// Parses gold-tokenised sentences with their UPOS tags as the pipeline parses articles: the sentences of each
    /// CoNLL-U document (<c># newdoc</c>) form one document, words joined by spaces.
    /// </summary>
    /// <param name="parser">The parser.</param>
    /// <param name="sentences">The sentences.</param>
    /// <returns>The arcs of each sentence; heads are word indexes in the sentence, -1 for the root.</returns>
    public static IReadOnlyList<IReadOnlyList<DependencyArc>> Parse(DependencyParser parser, IReadOnlyList<ConlluSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(sentences);
        var result = new IReadOnlyList<DependencyArc>[sentences.Count];
        foreach (var (text, spans, ranges, first) in TreebankDocuments.Build(sentences))
        {
            var document = new Document(text);
            document.SetTokens([.. spans.Select((span, i) => new Token(i, span))]);
            document.SetSentences(
                [.. ranges.Select((r, i) => new Sentence(i, new TextSpan(spans[r.Start].Start, spans[r.Start + r.Count - 1].End), r.Start, r.Count))]);
            document.SetPartsOfSpeech([.. ranges.SelectMany((_, i) => sentences[first + i].UniversalTags)]);
            parser.Process(document);
            for (var i = 0; i < ranges.Length; i++)
            {
                var (start, count) = ranges[i];
                result[first + i] = [.. document.Dependencies!.Skip(start).Take(count).Select(a => a with { Head = a.Head < 0 ? -1 : a.Head - start })];
            }
        }

        return result;
    }

    /// <summary>Adds one sentence.</summary>
    /// <param name="gold">The gold sentence, with heads and relations.</param>
    /// <param name="predicted">One predicted arc per word; heads are word indexes, -1 for the root.</param>
    /// <exception cref="ArgumentException">The counts of words differ, or the gold sentence has no heads.</exception>
    public void Add(ConlluSentence gold, IReadOnlyList<DependencyArc> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Heads.Count != gold.Forms.Count || predicted.Count != gold.Forms.Count)
        {
            throw new ArgumentException("Expected gold heads and one predicted arc per word.", nameof(predicted));
        }

        for (var i = 0; i < predicted.Count; i++)
        {
            var goldLabel = gold.Relations[i];
            var head = predicted[i].Head == gold.Heads[i];
            var label = Universal(predicted[i].Label).SequenceEqual(Universal(goldLabel));
            _words++;
            _heads += head ? 1 : 0;
            _labels += label ? 1 : 0;
            _labelled += head && label ? 1 : 0;
            var full = head && string.Equals(predicted[i].Label, goldLabel, StringComparison.Ordinal);
            _fullLabelled += full ? 1 : 0;
            var g = _byLabel.GetValueOrDefault(goldLabel);
            _byLabel[goldLabel] = (g.Gold + 1, g.Predicted, g.Correct + (full ? 1 : 0));
            var p = _byLabel.GetValueOrDefault(predicted[i].Label);
            _byLabel[predicted[i].Label] = (p.Gold, p.Predicted + 1, p.Correct);
        }
    }

    private static ReadOnlySpan<char> Universal(string label)
    {
        var colon = label.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? label : label.AsSpan(0, colon);
    }

    private double Percent(int count) => _words == 0 ? 0 : 100.0 * count / _words;
}
