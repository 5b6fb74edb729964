using System.Diagnostics;
using System.Globalization;
using GraphBuilder.Nlp.Transformers;

namespace GraphBuilder.Nlp.Training.FineTuning;

/// <summary>Measures the fine-tuning kernels: the blocked matrix multiply, and the MiniLM layers' forward and backward passes.</summary>
public static class EncoderBenchmark
{
    /// <summary>Runs the measurements and reports one line each.</summary>
    /// <param name="threads">The threads the matrix multiply may use.</param>
    /// <param name="report">Receives the lines.</param>
    public static void Run(int threads, Action<string> report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var previous = MatrixMultiply.Threads;
        MatrixMultiply.Threads = Math.Max(1, threads);
        try
        {
            // The shapes of the dense layers over a batch of 4 sequences of 128 pieces.
            foreach (var (m, k, n) in new[] { (512, 384, 384), (512, 384, 1536), (512, 1536, 384) })
            {
                var a = new float[m * k];
                var b = new float[k * n];
                var c = new float[m * n];
                Array.Fill(a, 0.5f);
                Array.Fill(b, 0.25f);
                MatrixMultiply.Multiply(a, b, c, m, k, n);
                var repeats = 0;
                var clock = Stopwatch.StartNew();
                while (clock.Elapsed.TotalSeconds < 1)
                {
                    MatrixMultiply.Multiply(a, b, c, m, k, n);
                    repeats++;
                }

                var gflops = 2.0 * m * k * n * repeats / clock.Elapsed.TotalSeconds / 1e9;
                report(string.Create(CultureInfo.InvariantCulture, $"matmul {m}x{k} by {k}x{n}: {gflops:F1} GFLOP/s ({MatrixMultiply.Threads} thread(s))"));
            }

            var encoder = BertEncoder.FromOnnx(MiniLmSource.LoadModel(), layers: 3, heads: 12);
            var random = new Random(1);
            var batch = new SequenceBatch([128, 128, 128, 128]);
            var ids = Enumerable.Range(0, batch.Rows).Select(_ => random.Next(1000, 30000)).ToArray();
            var dy = new float[batch.Rows * encoder.Width];
            Array.Fill(dy, 0.01f);
            var (embedding, layers) = encoder.Forward(ids, batch);
            encoder.Backward(layers, dy, embedding);
            var forwardTime = TimeSpan.Zero;
            var backwardTime = TimeSpan.Zero;
            var runs = 0;
            var total = Stopwatch.StartNew();
            while (total.Elapsed.TotalSeconds < 3)
            {
                var clock = Stopwatch.StartNew();
                (embedding, layers) = encoder.Forward(ids, batch);
                forwardTime += clock.Elapsed;
                clock.Restart();
                encoder.Backward(layers, dy, embedding);
                backwardTime += clock.Elapsed;
                encoder.ZeroGradients();
                runs++;
            }

            var pieces = (double)batch.Rows * runs;
            report(string.Create(CultureInfo.InvariantCulture, $"MiniLM 3 layers, 4 x 128 pieces: forward {pieces / forwardTime.TotalSeconds:F0} pieces/s, backward {pieces / backwardTime.TotalSeconds:F0} pieces/s, both {pieces / (forwardTime + backwardTime).TotalSeconds:F0} pieces/s"));
        }
        finally
        {
            MatrixMultiply.Threads = previous;
        }
    }

    /// <summary>
    /// Gets the largest absolute difference between the C# layer-3 token vectors and ONNX Runtime's on a text, both
    /// from the weights fine-tuning starts from (the source graph cut after layer 3).
    /// </summary>
    /// <param name="text">The text (tokenised and sentence-split as the pipeline does).</param>
    /// <returns>The difference, and the number of values compared.</returns>
    public static (float Difference, int Values) Parity(string text)
    {
        var spans = Tokenization.Tokenizer.Tokenize(text).ToArray();
        var sentences = Sentences.SentenceSplitter.Split(text, spans).Select(s => (s.FirstToken, s.TokenCount)).ToArray();
        var source = MiniLmSource.LoadModel();
        using var onnx = MiniLmEncoder.FromModel(OnnxGraphEditor.CutAt(source, MiniLmEncoder.LayerTensors[3]), 3, 1);
        var layout = PieceLayout.Build(onnx.Tokenizer, text, spans, sentences);
        var encoder = BertEncoder.FromOnnx(source, layers: 3, heads: 12);
        var (_, layers) = encoder.Forward(layout.Ids, layout.Batch);
        var ours = layout.Pool(layers[^1].Output, MiniLmEncoder.Dimensions);
        var theirs = onnx.Encode(text, spans, sentences);
        var worst = 0f;
        for (var i = 0; i < ours.Length; i++)
        {
            worst = Math.Max(worst, Math.Abs(ours[i] - theirs[i]));
        }

        return (worst, ours.Length);
    }
}
