using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using GraphBuilder.Nlp;
using GraphBuilder.Nlp.Entities;
using GraphBuilder.Nlp.Models;
using GraphBuilder.Nlp.Relations;
using GraphBuilder.Nlp.Tagging;
using GraphBuilder.Nlp.Training.Corpora;
using GraphBuilder.Nlp.Training.Evaluation;
using GraphBuilder.Nlp.Training.Learning;
using GraphBuilder.Nlp.Training.Relations;
using Microsoft.Extensions.Configuration;

namespace GraphBuilder.Lab.Commands;

/// <summary>
/// The <c>train relations</c> and <c>evaluate relations</c> verbs: the relation classifier on CoNLL04, with the
/// entity recogniser trained on CoNLL04's conventions (<c>ner-conll04</c>) supplying the predicted entities.
/// </summary>
internal static class RelationVerbs
{
    private static readonly double[] Bins = [0.5, 0.6, 0.7, 0.8, 0.9, 1.0001];

    /// <summary>Creates <c>train relations</c>.</summary>
    /// <returns>The command.</returns>
    public static Command CreateTrain(IConfiguration configuration)
    {
        var trainFile = new Option<string>("--train") { Description = "The CoNLL04 training file (JSON).", Required = true };
        var devFile = new Option<string>("--dev")
        {
            Description = "The CoNLL04 dev file: chooses the number of passes and fits the calibration.",
            Required = true,
        };
        var output = new Option<string>("--out") { Description = "The model file to write (.bin.gz).", Required = true };
        var seed = new Option<int>("--seed") { Description = "The random seed; training is deterministic for a seed.", DefaultValueFactory = _ => 1 };
        var epochs = new Option<int>("--epochs") { Description = "The maximum number of passes (0: the trainer's default)." };
        var entities = new Option<string?>("--entities")
        {
            Description = "The CoNLL04 entity model whose predictions the calibration is fitted on (default: the shipped ner-conll04).",
        };
        var layer = new Option<int>("--layer")
        {
            Description = "The MiniLM layer whose vectors of the argument pair become dense features (0: sparse features only).",
            DefaultValueFactory = _ => 3,
        };
        var denseRate = new Option<double>("--dense-rate") { Description = "The AdaGrad rate of the dense weights (0: the trainer's default)." };
        var profile = ProfileOption.Create(
            configuration,
            "Whose tagger and parser annotate the sentences: accurate or fast (use --layer 0 for the fast model)");
        var ensemble = new Option<int>("--ensemble")
        {
            Description = "How many models, trained from seeds seed, seed+1, ..., are averaged into one.",
            DefaultValueFactory = _ => 5,
        };
        var command = new Command("relations", "Train the relation classifier on CoNLL04 JSON files.")
        {
            trainFile, devFile, output, seed, epochs, entities, layer, denseRate, profile, ensemble,
        };
        command.SetAction(parseResult =>
        {
            if (!TrainCommand.TryRead(parseResult.GetValue(trainFile)!, Conll04Reader.Read, out var train)
                || !TrainCommand.TryRead(parseResult.GetValue(devFile)!, Conll04Reader.Read, out var dev)
                || !TryLoadEntities(parseResult.GetValue(entities), out var recognizer))
            {
                return 1;
            }

            var clock = Stopwatch.StartNew();
            var annotate = Annotator(parseResult.GetValue(profile));
            var settings = new TrainingSettings
            {
                Seed = parseResult.GetValue(seed),
                Epochs = parseResult.GetValue(epochs),
                TransformerLayer = parseResult.GetValue(layer),
                DenseLearningRate = parseResult.GetValue(denseRate),
                Ensemble = parseResult.GetValue(ensemble),
            };
            var model = RelationTrainer.Train(
                [.. train.Select(s => Example(s, annotate))],
                [.. dev.Select(s => Example(s, annotate))],
                settings,
                line => Console.WriteLine(line));

            model = Calibrate(model, dev, recognizer, annotate);
            var path = parseResult.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            using (var stream = File.Create(path))
            {
                model.Save(stream);
            }

            var (scores, _) = RelationEvaluation.Run(dev, recognizer, annotate, model);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"wrote {path} ({new FileInfo(path).Length} bytes) in {clock.Elapsed.TotalSeconds:F0} s"));
            Console.WriteLine(Summary(scores));
            return 0;
        });
        return command;
    }

    /// <summary>Calibrates on what the product sees: relations between predicted entities.</summary>
    private static RelationModel Calibrate(
        RelationModel model,
        IReadOnlyList<Conll04Sentence> dev,
        EntityRecognizer recognizer,
        Func<IReadOnlyList<string>, (IReadOnlyList<string>? Tags, IReadOnlyList<int>? Heads)> annotate)
    {
        var (_, predictions) = RelationEvaluation.Run(dev, recognizer, annotate, model);
        var calibration = RelationCalibration.Fit([.. predictions.Select(p => (p.Prediction.Probability, p.EntityConfidence, p.Correct))]);
        var calibrated = model.WithCalibration(calibration);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"calibration: slope {calibration.Slope:F3} entity weight {calibration.EntityWeight:F3} bias {calibration.Bias:F3} "
            + $"(fitted on {predictions.Count} dev predictions)"));
        return calibrated;
    }

    /// <summary>Creates <c>evaluate relations</c>.</summary>
    /// <returns>The command.</returns>
    public static Command CreateEvaluate(IConfiguration configuration)
    {
        var file = new Argument<string>("conll04-json") { Description = "A CoNLL04 file (JSON)." };
        var model = new Option<string?>("--model") { Description = "Evaluate this relation model file instead of the shipped one." };
        var entities = new Option<string?>("--entities") { Description = "Use this CoNLL04 entity model file instead of the shipped ner-conll04." };
        var gold = new Option<bool>("--gold-entities") { Description = "Give the classifier the gold entities (scores the classifier alone)." };
        var profile = ProfileOption.Create(configuration, "accurate (relation model with MiniLM pair vectors) or fast (sparse features only)");
        var command = new Command("relations", "Score entities and relations on CoNLL04 (strict: both argument spans and types and the relation type exact).")
        {
            file, model, entities, gold, profile,
        };
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(file)!;
            EntityRecognizer? recognizer = null;
            if (!TrainCommand.TryRead(path, Conll04Reader.Read, out var sentences)
                || !TryLoad(
                    parseResult.GetValue(model),
                    parseResult.GetValue(profile) == NlpProfile.Fast ? ModelKey.RelationsFast : ModelKey.Relations,
                    RelationModel.Load,
                    out var relationModel)
                || (!parseResult.GetValue(gold) && !TryLoadEntities(parseResult.GetValue(entities), out recognizer)))
            {
                return 1;
            }

            var (scores, predictions) = RelationEvaluation.Run(sentences, recognizer, Annotator(parseResult.GetValue(profile)), relationModel);
            foreach (var (type, score) in scores.EntitiesByType)
            {
                Console.WriteLine(Line("entity " + type, score));
            }

            Console.WriteLine(Line("entities", scores.Entities));
            foreach (var (type, score) in scores.RelationsByType)
            {
                Console.WriteLine(Line(type, score));
            }

            Console.WriteLine(Line("relations micro", scores.Micro));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"relations macro",-20} F1 {100 * scores.MacroF1,6:F2}"));
            PrintReliability(predictions);
            Console.WriteLine(Summary(scores));
            return 0;
        });
        return command;
    }

    private static void PrintReliability(IReadOnlyList<(RelationPrediction Prediction, double EntityConfidence, bool Correct)> predictions)
    {
        Console.WriteLine("reliability (calibrated confidence of predicted relations against precision):");
        var lower = 0.0;
        foreach (var upper in Bins)
        {
            var inBin = predictions.Where(p => p.Prediction.Confidence >= lower && p.Prediction.Confidence < upper).ToArray();
            var label = string.Create(CultureInfo.InvariantCulture, $"[{lower:F1}, {Math.Min(upper, 1.0):F1}{(upper > 1 ? "]" : ")")}");
            Console.WriteLine(inBin.Length == 0
                ? $"  {label,-12} relations     0"
                : string.Create(
                    CultureInfo.InvariantCulture,
                    $"  {label,-12} relations {inBin.Length,5}  mean confidence {inBin.Average(p => p.Prediction.Confidence):F3}  "
                    + $"precision {inBin.Count(p => p.Correct) / (double)inBin.Length:F3}"));
            lower = upper;
        }
    }

    private static RelationExample Example(
        Conll04Sentence sentence,
        Func<IReadOnlyList<string>, (IReadOnlyList<string>? Tags, IReadOnlyList<int>? Heads)> annotate)
    {
        var (tags, heads) = annotate(sentence.Tokens);
        return Conll04Examples.FromGold(sentence, tags, heads);
    }

    /// <summary>Tags and parses sentences with the profile's shipped tagger and parser, as the product does.</summary>
    private static Func<IReadOnlyList<string>, (IReadOnlyList<string>? Tags, IReadOnlyList<int>? Heads)> Annotator(NlpProfile profile)
    {
        var store = new EmbeddedModelStore();
        var tagger = new PartOfSpeechTagger(EnglishPipeline.LoadPartOfSpeech(store, profile));
        var parser = new NlpOptions { Profile = profile }.Parses ? new Nlp.Parsing.DependencyParser(EnglishPipeline.LoadDependencies(store, profile)) : null;
        var cache = new Dictionary<IReadOnlyList<string>, (IReadOnlyList<string>?, IReadOnlyList<int>?)>(ReferenceEqualityComparer.Instance);
        return tokens =>
        {
            if (!cache.TryGetValue(tokens, out var annotation))
            {
                var tags = tagger.Tag(tokens);
                annotation = (tags, parser is null ? null : [.. parser.Parse(tokens, tags).Select(a => a.Head)]);
                cache[tokens] = annotation;
            }

            return annotation;
        };
    }

    private static bool TryLoadEntities(string? path, out EntityRecognizer recognizer)
    {
        var loaded = TryLoad(path, ModelKey.EntitiesConll04, s => EntityModel.Load(s), out var model);
        recognizer = loaded ? new EntityRecognizer(model) : null!;
        return loaded;
    }

    private static bool TryLoad<T>(string? path, ModelKey key, Func<Stream, T> load, out T model)
    {
        model = default!;
        if (path is not null)
        {
            return TrainCommand.TryRead(path, p =>
            {
                using var stream = File.OpenRead(p);
                return load(stream);
            }, out model);
        }

        var store = new EmbeddedModelStore();
        if (!store.Contains(key))
        {
            Console.Error.WriteLine($"error: the model '{key.Name}' is not shipped in this build; pass a model file.");
            return false;
        }

        using var embedded = store.Open(key);
        model = load(embedded);
        return true;
    }

    private static string Summary(RelationScorer scores) =>
        string.Create(CultureInfo.InvariantCulture, $"relations strict micro-F1 {100 * scores.Micro.F1:F2} macro-F1 {100 * scores.MacroF1:F2}");

    private static string Line(string label, Score score) => string.Create(
        CultureInfo.InvariantCulture,
        $"{label,-20} precision {100 * score.Precision,6:F2}  recall {100 * score.Recall,6:F2}  F1 {100 * score.F1,6:F2}  "
        + $"(gold {score.Gold}, predicted {score.Predicted}, correct {score.Correct})");
}
