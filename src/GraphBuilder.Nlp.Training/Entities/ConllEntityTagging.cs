using GraphBuilder.Nlp.Embeddings;
using GraphBuilder.Nlp.Entities;
using GraphBuilder.Nlp.Training.Corpora;
using GraphBuilder.Nlp.Training.Evaluation;

namespace GraphBuilder.Nlp.Training.Entities;

/// <summary>
/// Runs an entity model over CoNLL documents on their gold tokens, as evaluation and training need it.
/// </summary>
public static class ConllEntityTagging
{
    /// <summary>Tags the sentences of a CoNLL document, as for evaluation on gold tokens.</summary>
    /// <param name="recognizer">The recogniser whose model tags.</param>
    /// <param name="document">The document.</param>
    /// <returns>One IOB2 tag list per sentence.</returns>
    public static IReadOnlyList<IReadOnlyList<string>> Tag(EntityRecognizer recognizer, ConllDocument document)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(document);
        return Tag(recognizer.Model, document, null, recognizer.EncoderFor);
    }

    /// <summary>
    /// Finds the entities of each sentence of a CoNLL document on its gold tokens, with their types in the model's
    /// own vocabulary and the recogniser's confidence (the lowest label probability over the span).
    /// </summary>
    /// <param name="recognizer">The recogniser whose model tags.</param>
    /// <param name="document">The document.</param>
    /// <returns>One list of entities per sentence, token offsets relative to the sentence.</returns>
    public static IReadOnlyList<IReadOnlyList<RecognizedEntity>> Recognize(EntityRecognizer recognizer, ConllDocument document)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(document);
        var model = recognizer.Model;
        var (labels, probabilities, sentences) = Label(model, document, null, recognizer.EncoderFor);
        var result = new List<IReadOnlyList<RecognizedEntity>>(sentences.Length);
        foreach (var (start, count) in sentences)
        {
            var found = new List<RecognizedEntity>();
            var tags = BilouLabels.ToIob2(labels.AsSpan(start, count), model.Types);
            foreach (var (first, end, type) in EntitySpanScorer.Chunks(tags).OrderBy(c => c.Start))
            {
                var confidence = 1f;
                for (var t = first; t < end; t++)
                {
                    confidence = Math.Min(confidence, probabilities[start + t]);
                }

                found.Add(new RecognizedEntity(first, end, type, confidence));
            }

            result.Add(found);
        }

        return result;
    }

    /// <summary>Tags the sentences of a CoNLL document with a model, optionally with precomputed contextual vectors.</summary>
    /// <param name="model">The model.</param>
    /// <param name="document">The document.</param>
    /// <param name="vectors">The document's contextual vectors, or <see langword="null"/> to compute them.</param>
    /// <param name="encoderFor">Gives the MiniLM encoder of a layer, for vectors not given (a stacked prior's).</param>
    /// <returns>One IOB2 tag list per sentence.</returns>
    internal static IReadOnlyList<IReadOnlyList<string>> Tag(EntityModel model, ConllDocument document, float[]? vectors, Func<int, ITokenEncoder> encoderFor)
    {
        var (labels, _, sentences) = Label(model, document, vectors, encoderFor);
        var result = new List<IReadOnlyList<string>>(sentences.Length);
        foreach (var (start, count) in sentences)
        {
            result.Add(BilouLabels.ToIob2(labels.AsSpan(start, count), model.Types));
        }

        return result;
    }

    private static (int[] Labels, float[] Probabilities, (int Start, int Count)[] Sentences) Label(
        EntityModel model,
        ConllDocument document,
        float[]? vectors,
        Func<int, ITokenEncoder> encoderFor)
    {
        var (text, spans, sentences) = ConllText.Build(document);
        var (labels, probabilities) = EntityRecognizer.Label(model, text, spans, sentences, vectors, encoderFor);
        return (labels, probabilities, sentences);
    }
}
