using System.Diagnostics;
using System.Globalization;
using System.Numerics.Tensors;
using GraphBuilder.Nlp.Entities;
using GraphBuilder.Nlp.Learning;
using GraphBuilder.Nlp.Training.Corpora;
using GraphBuilder.Nlp.Training.Entities;
using GraphBuilder.Nlp.Training.Learning;
using GraphBuilder.Nlp.Transformers;

namespace GraphBuilder.Nlp.Training.FineTuning;

/// <summary>
/// Fine-tunes the top MiniLM layers together with the <c>accurate</c> entity recogniser: the recogniser is the one
/// <see cref="EntityTrainer"/> trains (sparse cased features and the standardised encoder vector of each token in one
/// softmax over BILOU labels, AdaGrad on its own greedy predictions), and the gradient of its loss with respect to
/// each token's vector flows back through the wordpiece pooling into the tuned layers, which AdamW updates after
/// each document. The layers below and the embeddings are frozen, so their output is computed once. The pass best
/// on the dev data is kept, with the encoder weights it had then.
/// </summary>
/// <remarks>
/// Multi-task: given a treebank, the documents of UD EWT are interleaved with CoNLL-2003's, each read by an auxiliary
/// head (a softmax over UPOS tags on the same standardised vectors), so that the encoder keeps what the tagger, the
/// parser and the relation classifier read from it; those are then retrained on the tuned encoder by their own
/// trainers. The auxiliary head itself is not kept.
/// </remarks>
public static class EntityEncoderTuner
{
    private const int Heads = 12;

    /// <summary>Fine-tunes the encoder with the entity model.</summary>
    /// <param name="train">The training documents.</param>
    /// <param name="dev">The dev documents that choose the pass.</param>
    /// <param name="settings">The settings.</param>
    /// <param name="progress">Receives progress lines, if given.</param>
    /// <returns>The entity model and the tuned encoder.</returns>
    public static EntityEncoderTuning Train(IReadOnlyList<ConllDocument> train, IReadOnlyList<ConllDocument> dev, EncoderTuningSettings settings, Action<string>? progress = null) =>
        Train(train, dev, null, null, settings, progress);

    /// <summary>Fine-tunes the encoder with the entity model and, on a treebank, an auxiliary part-of-speech head.</summary>
    /// <param name="train">The training documents.</param>
    /// <param name="dev">The dev documents that choose the pass.</param>
    /// <param name="tagTrain">The treebank sentences of the auxiliary head, or <see langword="null"/> for none.</param>
    /// <param name="tagDev">The treebank sentences on which the auxiliary head's accuracy is reported, if any.</param>
    /// <param name="settings">The settings.</param>
    /// <param name="progress">Receives progress lines, if given.</param>
    /// <returns>The entity model and the tuned encoder.</returns>
    public static EntityEncoderTuning Train(IReadOnlyList<ConllDocument> train, IReadOnlyList<ConllDocument> dev, IReadOnlyList<ConlluSentence>? tagTrain, IReadOnlyList<ConlluSentence>? tagDev, EncoderTuningSettings settings, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(dev);
        ArgumentNullException.ThrowIfNull(settings);
        var previousThreads = MatrixMultiply.Threads;
        MatrixMultiply.Threads = Math.Max(1, settings.Threads);
        try
        {
            return Run(train, dev, tagTrain, tagDev, settings, progress);
        }
        finally
        {
            MatrixMultiply.Threads = previousThreads;
        }
    }

    private static EntityEncoderTuning Run(IReadOnlyList<ConllDocument> train, IReadOnlyList<ConllDocument> dev, IReadOnlyList<ConlluSentence>? tagTrain, IReadOnlyList<ConlluSentence>? tagDev, EncoderTuningSettings settings, Action<string>? progress)
    {
        var clock = Stopwatch.StartNew();
        void Report(string line) => progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"[{clock.Elapsed.TotalSeconds,6:F0} s] {line}"));

        const int bits = 21;
        const float prune = 1e-3f;
        var data = EntityTrainingData.Build(train, settings.UseLexicon);
        var labels = data.Labels;
        var source = MiniLmSource.LoadModel();
        var encoder = BertEncoder.FromOnnx(source, settings.Layers, Heads);
        var firstTuned = settings.Layers - Math.Clamp(settings.TunedLayers, 1, settings.Layers);
        foreach (var parameter in encoder.Parameters)
        {
            parameter.Trainable = false;
        }

        foreach (var parameter in encoder.Layers.Skip(firstTuned).SelectMany(l => l.Parameters))
        {
            parameter.Trainable = true;
        }

        var width = encoder.Width;
        var tokenizer = MiniLmEncoder.LoadTokenizer();
        var trainLayouts = data.Layouts.Select(l => PieceLayout.Build(tokenizer, l.Text, l.Spans, l.Sentences)).ToArray();
        var devText = dev.Select(ConllText.Build).ToArray();
        var devLayouts = devText.Select(l => PieceLayout.Build(tokenizer, l.Text, l.Spans, l.Sentences)).ToArray();

        // The frozen layers' output, once; and the moments of the untuned top layer's token vectors (the standardisation).
        var trainBelow = trainLayouts.Select(l => Below(encoder, l, firstTuned)).ToArray();
        var devBelow = devLayouts.Select(l => Below(encoder, l, firstTuned)).ToArray();
        var (mean, inverse) = Moments(encoder, trainLayouts, trainBelow, firstTuned, width);
        Report(string.Create(CultureInfo.InvariantCulture, $"{trainLayouts.Sum(l => l.Batch.Rows)} train and {devLayouts.Sum(l => l.Batch.Rows)} dev wordpieces; layers {firstTuned + 1}-{settings.Layers} tuned"));

        // The auxiliary part-of-speech task: treebank documents laid out as the tagger lays them out.
        var tags = tagTrain?.SelectMany(s => s.UniversalTags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray() ?? [];
        var tagTask = tagTrain is null ? [] : TagDocuments(tagTrain, tags, tokenizer, encoder, firstTuned);
        var tagDevTask = tagDev is null || tagTrain is null ? [] : TagDocuments(tagDev, tags, tokenizer, encoder, firstTuned);
        var tagger = new AdaGradSoftmax(1, Math.Max(1, tags.Length), 0.1f, width, (float)settings.DenseRate);
        if (tagTask.Length > 0)
        {
            Report(string.Create(CultureInfo.InvariantCulture, $"auxiliary part-of-speech head: {tagTask.Length} treebank documents, {tags.Length} tags"));
        }

        var learner = new AdaGradSoftmax(bits, labels, (float)settings.SparseRate, width, (float)settings.DenseRate);
        var optimizer = new AdamW(encoder.Parameters, (float)settings.WeightDecay);
        var random = new Random(settings.Seed);
        // Items: an entity document d as d, a treebank document k as −1 − k.
        var order = Enumerable.Range(0, train.Count).Concat(Enumerable.Range(0, tagTask.Length).Select(k => -1 - k)).ToArray();
        var perStep = Math.Max(1, settings.DocumentsPerStep);
        var stepsPerEpoch = (order.Length + perStep - 1) / perStep;
        var totalSteps = Math.Max(1, settings.Epochs * stepsPerEpoch);
        var warmup = Math.Max(1, (int)(settings.Warmup * totalSteps));
        var features = new FeatureBuffer(bits);
        var scores = new float[labels];
        var active = new int[256];
        EntityEncoderTuning? best = null;
        for (var epoch = 1; epoch <= settings.Epochs; epoch++)
        {
            random.Shuffle(order);
            var loss = 0.0;
            var tagLoss = 0.0;
            var norms = 0.0;
            var pending = 0;
            foreach (var index in order)
            {
                if (index < 0)
                {
                    tagLoss += TagStep(tagTask[-1 - index], encoder, firstTuned, tagger, mean, inverse, width);
                    if (++pending == perStep)
                    {
                        norms += optimizer.Step(Rate(settings.EncoderRate, optimizer.Steps, warmup, totalSteps));
                        encoder.ZeroGradients();
                        pending = 0;
                    }

                    continue;
                }

                var (context, gold) = data.Examples[index];
                var layout = trainLayouts[index];
                var states = encoder.Forward(trainBelow[index], layout.Batch, firstTuned);
                var vectors = layout.Pool(states[^1].Output, width);
                ContextualFeatures.Standardize(vectors, mean, inverse);
                var dVectors = new float[vectors.Length];
                var predicted = new int[gold.Length];
                context.History.Clear();
                foreach (var (start, count) in context.Sentences)
                {
                    var end = start + count;
                    for (var i = start; i < end; i++)
                    {
                        var previous = i > start ? predicted[i - 1] : -1;
                        EntityFeatures.Extract(context, start, end, i, previous, i > start + 1 ? predicted[i - 2] : -1, features);
                        var n = 0;
                        foreach (var b in features.Buckets)
                        {
                            if (data.Seen[b] >= 2)
                            {
                                active[n++] = b;
                            }
                        }

                        var vector = vectors.AsSpan(i * width, width);
                        learner.Score(active.AsSpan(0, n), scores);
                        learner.ScoreDense(vector, scores);
                        loss += learner.Update(active.AsSpan(0, n), scores, gold[i]);
                        learner.AddDenseInputGradient(dVectors.AsSpan(i * width, width));
                        learner.UpdateDense(vector);
                        predicted[i] = EntityRecognizer.Choose(scores, previous, i == end - 1, out _);
                        context.Remember(i, predicted[i], labels);
                    }
                }

                // Back through the standardisation and the pooling into the tuned layers.
                for (var t = 0; t < layout.Tokens; t++)
                {
                    var d = dVectors.AsSpan(t * width, width);
                    TensorPrimitives.Multiply(d, inverse, d);
                }

                encoder.Backward(states, layout.PoolBackward(dVectors, width));
                if (++pending == perStep)
                {
                    norms += optimizer.Step(Rate(settings.EncoderRate, optimizer.Steps, warmup, totalSteps));
                    encoder.ZeroGradients();
                    pending = 0;
                }
            }

            if (pending > 0)
            {
                norms += optimizer.Step(Rate(settings.EncoderRate, optimizer.Steps, warmup, totalSteps));
                encoder.ZeroGradients();
            }

            // Dev: the averaged sparse weights with the current dense weights (the encoder moved under the average) and
            // with the averaged ones; the better is this pass's model.
            var devVectors = devLayouts.Select((l, d) =>
            {
                var v = l.Pool(encoder.Forward(devBelow[d], l.Batch, firstTuned)[^1].Output, width);
                ContextualFeatures.Standardize(v, mean, inverse);
                return v;
            }).ToArray();
            var sparse = learner.Averaged(prune);
            var candidates = new[] { ("current", learner.CurrentDense()), ("averaged", learner.AveragedDense()) }.Select(c =>
            {
                var dense = new ContextualFeatures(settings.Layers, width, labels, mean, inverse, c.Item2);
                var model = new EntityModel(data.Types, data.Gazetteer, data.Lexicon, sparse, dense);
                return (Name: c.Item1, Model: model, F1: EntityTrainer.Score(model, dev, devVectors).Overall.F1);
            }).ToArray();
            var chosen = candidates.MaxBy(c => c.F1);
            var tagReport = tagTask.Length == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"; part-of-speech loss {tagLoss:F0}, head-only dev accuracy {100 * TagAccuracy(tagDevTask, encoder, firstTuned, tagger, mean, inverse, width):F2}");
            Report(string.Create(CultureInfo.InvariantCulture, $"epoch {epoch}: loss {loss:F0} mean gradient norm {norms / stepsPerEpoch:F2} dev F1 {100 * candidates[0].F1:F2} (current dense) {100 * candidates[1].F1:F2} (averaged dense){tagReport}"));
            if (best is null || chosen.F1 > best.DevF1)
            {
                best = new EntityEncoderTuning(chosen.Model, chosen.F1, epoch, encoder.Parameters.Where(p => p.Trainable).ToDictionary(p => p.Name, p => (float[])p.Value.Clone(), StringComparer.Ordinal), source, settings.Layers);
            }
        }

        return best!;
    }

    /// <summary>
    /// Scores an entity model on gold documents with token vectors computed by ONNX Runtime from a given encoder
    /// model (such as <see cref="EntityEncoderTuning.ToOnnx"/>), as serving computes them.
    /// </summary>
    /// <param name="model">The entity model.</param>
    /// <param name="documents">The gold documents.</param>
    /// <param name="onnx">The encoder model, its only output the layer the entity model reads.</param>
    /// <returns>The conlleval F1 (0 to 1).</returns>
    public static double ScoreWithOnnxRuntime(EntityModel model, IReadOnlyList<ConllDocument> documents, byte[] onnx)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(documents);
        var contextual = model.Contextual ?? throw new ArgumentException("The entity model reads no encoder vectors.", nameof(model));
        using var encoder = MiniLmEncoder.FromModel(onnx, contextual.Layer, Math.Max(1, Environment.ProcessorCount));
        var vectors = documents.Select(d =>
        {
            var (text, spans, sentences) = ConllText.Build(d);
            return contextual.Standardized(encoder.Encode(text, spans, sentences));
        }).ToArray();
        return EntityTrainer.Score(model, documents, vectors).Overall.F1;
    }

    /// <summary>The encoder's learning rate: linear warm-up to the peak, then linear decay to 0.</summary>
    internal static float Rate(double peak, int step, int warmup, int total) =>
        (float)(step < warmup ? peak * (step + 1) / warmup : peak * Math.Max(0, total - step) / Math.Max(1, total - warmup));

    private static (PieceLayout Layout, float[] Below, int[] Gold)[] TagDocuments(IReadOnlyList<ConlluSentence> sentences, string[] tags, WordPieceTokenizer tokenizer, BertEncoder encoder, int firstTuned) =>
        [.. Parsing.TreebankDocuments.Build(sentences).Select(d =>
        {
            var layout = PieceLayout.Build(tokenizer, d.Text, d.Spans, d.Sentences);
            var gold = Enumerable.Range(d.First, d.Sentences.Length).SelectMany(s => sentences[s].UniversalTags).Select(t => Math.Max(0, Array.IndexOf(tags, t))).ToArray();
            return (layout, Below(encoder, layout, firstTuned), gold);
        })];

    /// <summary>One treebank document through the auxiliary head: its loss, with the encoder's gradients added.</summary>
    private static double TagStep((PieceLayout Layout, float[] Below, int[] Gold) document, BertEncoder encoder, int firstTuned, AdaGradSoftmax tagger, float[] mean, float[] inverse, int width)
    {
        var (layout, below, gold) = document;
        var states = encoder.Forward(below, layout.Batch, firstTuned);
        var vectors = layout.Pool(states[^1].Output, width);
        ContextualFeatures.Standardize(vectors, mean, inverse);
        var dVectors = new float[vectors.Length];
        var scores = new float[tagger.Labels];
        var loss = 0.0;
        for (var t = 0; t < gold.Length; t++)
        {
            var vector = vectors.AsSpan(t * width, width);
            tagger.Score([], scores);
            tagger.ScoreDense(vector, scores);
            loss += tagger.Update([], scores, gold[t]);
            tagger.AddDenseInputGradient(dVectors.AsSpan(t * width, width));
            tagger.UpdateDense(vector);
            var d = dVectors.AsSpan(t * width, width);
            TensorPrimitives.Multiply(d, inverse, d);
        }

        encoder.Backward(states, layout.PoolBackward(dVectors, width));
        return loss;
    }

    private static double TagAccuracy((PieceLayout Layout, float[] Below, int[] Gold)[] documents, BertEncoder encoder, int firstTuned, AdaGradSoftmax tagger, float[] mean, float[] inverse, int width)
    {
        var dense = tagger.CurrentDense();
        var scores = new float[tagger.Labels];
        long correct = 0;
        long total = 0;
        foreach (var (layout, below, gold) in documents)
        {
            var vectors = layout.Pool(encoder.Forward(below, layout.Batch, firstTuned)[^1].Output, width);
            ContextualFeatures.Standardize(vectors, mean, inverse);
            for (var t = 0; t < gold.Length; t++)
            {
                Array.Clear(scores);
                ContextualFeatures.AddScores(dense, width, vectors.AsSpan(t * width, width), scores);
                correct += Array.IndexOf(scores, scores.Max()) == gold[t] ? 1 : 0;
                total++;
            }
        }

        return total == 0 ? 0 : (double)correct / total;
    }

    private static float[] Below(BertEncoder encoder, PieceLayout layout, int firstTuned)
    {
        var x = encoder.Embeddings.Forward(layout.Ids, layout.Batch).Output;
        for (var l = 0; l < firstTuned; l++)
        {
            x = encoder.Layers[l].Forward(x, layout.Batch).Output;
        }

        return x;
    }

    private static (float[] Mean, float[] Inverse) Moments(BertEncoder encoder, PieceLayout[] layouts, float[][] below, int firstTuned, int width)
    {
        var sum = new double[width];
        var squares = new double[width];
        long count = 0;
        for (var d = 0; d < layouts.Length; d++)
        {
            var vectors = layouts[d].Pool(encoder.Forward(below[d], layouts[d].Batch, firstTuned)[^1].Output, width);
            for (var t = 0; t + width <= vectors.Length; t += width)
            {
                for (var k = 0; k < width; k++)
                {
                    sum[k] += vectors[t + k];
                    squares[k] += (double)vectors[t + k] * vectors[t + k];
                }

                count++;
            }
        }

        var mean = new float[width];
        var inverse = new float[width];
        for (var k = 0; k < width; k++)
        {
            var m = sum[k] / Math.Max(1, count);
            mean[k] = (float)m;
            inverse[k] = (float)(1 / Math.Sqrt(Math.Max((squares[k] / Math.Max(1, count)) - (m * m), 1e-8)));
        }

        return (mean, inverse);
    }
}
