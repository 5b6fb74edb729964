using GraphBuilder.Nlp.Learning;

namespace GraphBuilder.Nlp.Relations;

/// <summary>
/// A trained relation classifier: a linear model over the sparse features of each ordered pair of arguments in a
/// sentence, with labels <see cref="RelationSchema.Labels"/>, and the calibration of its probabilities.
/// </summary>
public sealed class RelationModel
{
    private const string Kind = "relations";

    private const string ContextualKind = "relations-contextual";

    internal RelationModel(LinearModel weights, RelationCalibration calibration, RelationDense? contextual = null)
    {
        Weights = weights;
        Calibration = calibration;
        Contextual = contextual;
    }

    /// <summary>
    /// The MiniLM layer whose vectors the model reads (then <see cref="RelationSentence.Vectors"/> should be set with
    /// <see cref="Standardize"/>d vectors of that layer), or 0 for a model of sparse features only.
    /// </summary>
    public int ContextualLayer => Contextual?.Layer ?? 0;

    internal RelationDense? Contextual { get; }

    /// <summary>The calibration applied to the classifier's probabilities.</summary>
    public RelationCalibration Calibration { get; }

    internal LinearModel Weights { get; }

    /// <summary>Finds the relations between the arguments of a sentence (at most one per ordered pair).</summary>
    /// <param name="sentence">The sentence.</param>
    /// <returns>The relations, in argument order.</returns>
    public IReadOnlyList<RelationPrediction> Predict(RelationSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var found = new List<RelationPrediction>();
        Score(sentence, (head, tail, probabilities) =>
        {
            var best = 0;
            for (var l = 1; l < probabilities.Length; l++)
            {
                if (probabilities[l] > probabilities[best])
                {
                    best = l;
                }
            }

            if (best > 0)
            {
                var entities = Math.Min(sentence.Entities[head].Confidence, sentence.Entities[tail].Confidence);
                found.Add(new RelationPrediction(
                    head,
                    tail,
                    RelationSchema.Labels[best],
                    probabilities[best],
                    Calibration.Apply(probabilities[best], entities)));
            }
        });
        return found;
    }

    /// <summary>Writes the model.</summary>
    /// <param name="stream">The stream.</param>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ModelFile.Write(stream, Contextual is null ? Kind : ContextualKind, writer =>
        {
            writer.Write(RelationSchema.Labels.Count);
            foreach (var label in RelationSchema.Labels)
            {
                writer.Write(label);
            }

            Weights.Write(writer);
            writer.Write(Calibration.Slope);
            writer.Write(Calibration.EntityWeight);
            writer.Write(Calibration.Bias);
            Contextual?.Write(writer);
        });
    }

    /// <summary>Reads a model.</summary>
    /// <param name="stream">The stream.</param>
    /// <returns>The model.</returns>
    /// <exception cref="InvalidDataException">The stream is not a relation model of this version.</exception>
    public static RelationModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ModelFile.Read(stream, [Kind, ContextualKind], (reader, kind) =>
        {
            var count = reader.ReadInt32();
            var labels = new string[Math.Clamp(count, 0, 64)];
            for (var l = 0; l < labels.Length; l++)
            {
                labels[l] = reader.ReadString();
            }

            if (!labels.SequenceEqual(RelationSchema.Labels, StringComparer.Ordinal))
            {
                throw new InvalidDataException($"The relation model's labels ({string.Join(", ", labels)}) are not this version's.");
            }

            var weights = LinearModel.Read(reader);
            var calibration = new RelationCalibration(reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble());
            var contextual = string.Equals(kind, ContextualKind, StringComparison.Ordinal) ? RelationDense.Read(reader) : null;
            return new RelationModel(weights, calibration, contextual);
        });
    }

    /// <summary>A copy of the model with another calibration.</summary>
    /// <param name="calibration">The calibration.</param>
    /// <returns>The copy.</returns>
    public RelationModel WithCalibration(RelationCalibration calibration) => new(Weights, calibration, Contextual);

    /// <summary>
    /// The standardised vectors of one sentence of a document, from the document's shared MiniLM encoding (computed
    /// once for every stage that reads it). Returns <see langword="null"/> for a model of sparse features only.
    /// </summary>
    /// <param name="document">The tokenised document.</param>
    /// <param name="sentence">The index of the sentence.</param>
    /// <param name="cancellationToken">A token checked between runs of the encoder, when the sentence must be encoded again.</param>
    /// <returns>384 floats per token of the sentence, token after token, or <see langword="null"/>.</returns>
    public float[]? Encode(Documents.Document document, int sentence, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (Contextual is not { } dense)
        {
            return null;
        }

        // The document's encoding is the one its pipeline's tagger and recogniser read: shared, not recomputed (unless the
        // document is too long to keep its vectors, when the sentence's window is encoded again with the same context).
        var vectors = document.Vectors ?? throw new InvalidOperationException(
            "The accurate relation model reads the document's MiniLM vectors: run the accurate pipeline over it first.");
        var range = document.Sentences[sentence];
        return Entities.ContextualFeatures.Standardized(
            vectors.Window(document, dense.Layer, range.FirstToken, range.TokenCount, cancellationToken),
            dense.Mean,
            dense.InverseDeviation);
    }

    /// <summary>Standardises raw MiniLM vectors of <see cref="ContextualLayer"/> in place, as the model was trained.</summary>
    /// <param name="vectors">The vectors, 384 floats per word.</param>
    public void Standardize(Span<float> vectors)
    {
        if (Contextual is { } dense)
        {
            Entities.ContextualFeatures.Standardize(vectors, dense.Mean, dense.InverseDeviation);
        }
    }

    /// <summary>Scores every admissible ordered pair, giving the label probabilities (inadmissible labels get 0).</summary>
    internal void Score(RelationSentence sentence, Action<int, int, float[]> visit)
    {
        var labels = RelationSchema.Labels.Count;
        var features = new FeatureBuffer(Weights.Bits);
        var extractor = new RelationFeatures(sentence);
        var scores = new float[labels];
        var pair = Contextual is not null && sentence.Vectors is not null ? new float[PairVector.Dimensions] : [];
        for (var head = 0; head < sentence.Entities.Count; head++)
        {
            for (var tail = 0; tail < sentence.Entities.Count; tail++)
            {
                var a = sentence.Entities[head];
                var b = sentence.Entities[tail];
                if (head == tail || !RelationSchema.AdmitsAny(a.Type, b.Type) || Overlaps(a, b))
                {
                    continue;
                }

                extractor.Extract(head, tail, features);
                Weights.Score(features.Buckets, scores);
                if (pair.Length > 0)
                {
                    PairVector.Build(sentence.Vectors, a, b, pair);
                    Entities.ContextualFeatures.AddScores(Contextual!.Weights, PairVector.Dimensions, pair, scores);
                }

                var probabilities = new float[labels];
                Softmax(scores, probabilities, a.Type, b.Type);
                visit(head, tail, probabilities);
            }
        }
    }

    internal static void Softmax(ReadOnlySpan<float> scores, Span<float> probabilities, string head, string tail)
    {
        var max = float.NegativeInfinity;
        for (var l = 0; l < probabilities.Length; l++)
        {
            if (RelationSchema.Admits(l, head, tail))
            {
                max = Math.Max(max, scores[l]);
            }
        }

        var sum = 0f;
        for (var l = 0; l < probabilities.Length; l++)
        {
            probabilities[l] = RelationSchema.Admits(l, head, tail) ? MathF.Exp(scores[l] - max) : 0f;
            sum += probabilities[l];
        }

        for (var l = 0; l < probabilities.Length; l++)
        {
            probabilities[l] /= sum;
        }
    }

    private static bool Overlaps(RelationArgument a, RelationArgument b) => a.Start < b.End && b.Start < a.End;
}
