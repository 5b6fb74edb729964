using GraphBuilder.Nlp.Entities;
using GraphBuilder.Nlp.Relations;
using GraphBuilder.Nlp.Training.Corpora;
using GraphBuilder.Nlp.Training.Entities;
using GraphBuilder.Nlp.Training.Evaluation;

namespace GraphBuilder.Nlp.Training.Relations;

/// <summary>
/// Runs entity recognition and relation classification over CoNLL04 sentences and scores them, strictly: the
/// protocol of <c>graphbuilder evaluate relations</c>. Also gives every predicted relation's probability and
/// outcome, for calibration and reliability tables.
/// </summary>
public static class RelationEvaluation
{
    /// <summary>Evaluates.</summary>
    /// <param name="sentences">The gold sentences.</param>
    /// <param name="entities">The entity recogniser, or <see langword="null"/> to give the classifier the gold entities.</param>
    /// <param name="annotate">Gives a sentence's tags and heads (either may be <see langword="null"/>).</param>
    /// <param name="model">The relation model.</param>
    /// <returns>The scores and the predicted relations with their outcome.</returns>
    public static (RelationScorer Scores, IReadOnlyList<(RelationPrediction Prediction, double EntityConfidence, bool Correct)> Predictions) Run(
        IReadOnlyList<Conll04Sentence> sentences,
        EntityRecognizer? entities,
        Func<IReadOnlyList<string>, (IReadOnlyList<string>? Tags, IReadOnlyList<int>? Heads)> annotate,
        RelationModel model)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(annotate);
        ArgumentNullException.ThrowIfNull(model);
        var scorer = new RelationScorer();
        var outcomes = new List<(RelationPrediction, double, bool)>();
        // One document per sentence, as in training: CoNLL04's sentences are unrelated to one another.
        var documents = Conll04Reader.ToConllDocuments(sentences);
        var vectors = model.ContextualLayer > 0 ? SentenceVectors.Encode([.. sentences.Select(s => s.Tokens)], model.ContextualLayer, null, null) : null;
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var (tags, heads) = annotate(sentence.Tokens);
            var arguments = entities is null
                ? sentence.Entities.Select(e => new RelationArgument(e.Start, e.End, e.Type)).ToArray()
                : ConllEntityTagging.Recognize(entities, documents[s])[0].Select(e => new RelationArgument(e.Start, e.End, e.Type, e.Confidence)).ToArray();
            if (vectors is not null)
            {
                model.Standardize(vectors[s]);
            }

            var relationSentence = new RelationSentence(sentence.Tokens, tags, arguments) { Heads = heads, Vectors = vectors?[s] };
            scorer.AddEntities(
                [.. sentence.Entities.Select(e => (e.Start, e.End, e.Type))],
                [.. arguments.Select(e => (e.Start, e.End, e.Type))]);
            var gold = sentence.Relations
                .Select(r => new StrictRelation(
                    sentence.Entities[r.Head].Start,
                    sentence.Entities[r.Head].End,
                    sentence.Entities[r.Head].Type,
                    sentence.Entities[r.Tail].Start,
                    sentence.Entities[r.Tail].End,
                    sentence.Entities[r.Tail].Type,
                    r.Type))
                .ToHashSet();
            var predicted = model.Predict(relationSentence);
            var keys = predicted.Select(p => RelationTrainer.Key(relationSentence, p.Head, p.Tail, p.Type)).ToArray();
            scorer.AddRelations(gold, keys);
            for (var p = 0; p < predicted.Count; p++)
            {
                var entityConfidence = Math.Min(arguments[predicted[p].Head].Confidence, arguments[predicted[p].Tail].Confidence);
                outcomes.Add((predicted[p], entityConfidence, gold.Contains(keys[p])));
            }
        }

        return (scorer, outcomes);
    }
}
