using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using GraphBuilder.Nlp;
using GraphBuilder.Nlp.Entities;
using GraphBuilder.Nlp.Models;
using GraphBuilder.Nlp.Parsing;
using GraphBuilder.Nlp.Tagging;
using GraphBuilder.Nlp.Training.Corpora;
using GraphBuilder.Nlp.Training.Entities;
using GraphBuilder.Nlp.Training.Evaluation;
using GraphBuilder.Nlp.Training.Learning;
using GraphBuilder.Nlp.Training.Parsing;
using GraphBuilder.Nlp.Training.Tagging;
using Microsoft.Extensions.Configuration;

namespace GraphBuilder.Lab.Commands;

/// <summary>
/// Builds the <c>train ner|pos|deps</c> verbs: train a model from annotated data, choose its passes on the dev data and
/// write it in the project's model format.
/// </summary>
internal static class TrainCommand
{
    /// <summary>Creates the <c>train</c> command.</summary>
    /// <param name="configuration">The configuration; <c>GraphBuilder:Nlp:Profile</c> is the default profile.</param>
    /// <returns>The command.</returns>
    public static Command Create(IConfiguration configuration)
    {
        var command = new Command("train", "Train an NLP model from annotated data.");
        command.Subcommands.Add(CreateVerb("ner", "Train the entity recogniser on CoNLL-2003 files (or CoNLL04 .json files).", configuration, TrainEntities));
        command.Subcommands.Add(CreateVerb("pos", "Train the part-of-speech tagger on CoNLL-U files.", configuration, TrainPartOfSpeech));
        command.Subcommands.Add(RelationVerbs.CreateTrain(configuration));
        command.Subcommands.Add(CreateDependencies(configuration));
        command.Subcommands.Add(TrainEncoderCommand.Create());
        command.Subcommands.Add(TrainEncoderCommand.CreateQuantize());
        return command;
    }

    private static Command CreateDependencies(IConfiguration configuration)
    {
        var trainFile = new Option<string>("--train") { Description = "The training CoNLL-U file.", Required = true };
        var devFile = new Option<string>("--dev") { Description = "The dev CoNLL-U file that chooses the number of passes.", Required = true };
        var output = new Option<string>("--out") { Description = "The model file to write (.bin.gz).", Required = true };
        var seed = new Option<int>("--seed") { Description = "The random seed; training is deterministic for a seed.", DefaultValueFactory = _ => 1 };
        var passes = new Option<int>("--passes") { Description = "The maximum number of passes (0: the trainer's default, 15)." };
        var goldTags = new Option<bool>("--gold-tags")
        {
            Description = "Train and tune on gold UPOS tags instead of jack-knifed tags (train) and the shipped tagger's tags (dev).",
        };
        var profile = ProfileOption.Create(configuration, "fast (sparse features) or accurate (adds MiniLM layer-3 vectors)");
        var cache = new Option<string?>("--vector-cache")
        {
            Description = "Where to cache the corpora's MiniLM vectors (default: graphbuilder-minilm in the temporary folder).",
        };
        var scale = new Option<double>("--dense-scale")
        {
            Description = "The factor on the standardised MiniLM vectors of the accurate model (0: the trainer's default, 0.05).",
        };
        var command = new Command("deps", "Train the dependency parser on CoNLL-U files.")
        {
            trainFile, devFile, output, seed, passes, goldTags, profile, cache, scale,
        };
        command.SetAction(parseResult =>
        {
            var accurate = parseResult.GetValue(profile) == NlpProfile.Accurate;
            var settings = new TrainingSettings
            {
                Seed = parseResult.GetValue(seed),
                Epochs = parseResult.GetValue(passes),
                TransformerLayer = accurate ? 3 : 0,
                VectorCacheDirectory = parseResult.GetValue(cache),
                DenseLearningRate = parseResult.GetValue(scale),
            };
            return TrainDependencies(
                parseResult.GetValue(trainFile)!,
                parseResult.GetValue(devFile)!,
                parseResult.GetValue(output)!,
                settings,
                parseResult.GetValue(goldTags));
        });
        return command;
    }

    private static Command CreateVerb(string name, string description, IConfiguration configuration, Func<string, string, string, TrainingSettings, int> train)
    {
        var trainFile = new Option<string>("--train") { Description = "The training file.", Required = true };
        var devFile = new Option<string>("--dev") { Description = "The dev file that chooses the number of passes.", Required = true };
        var output = new Option<string>("--out") { Description = "The model file to write (.bin.gz).", Required = true };
        var seed = new Option<int>("--seed") { Description = "The random seed; training is deterministic for a seed.", DefaultValueFactory = _ => 1 };
        var epochs = new Option<int>("--epochs") { Description = "The maximum number of passes (0: the trainer's default)." };
        var profile = ProfileOption.Create(configuration, "fast or accurate (accurate adds MiniLM layer-3 vectors as dense features to the model)");
        var layer = new Option<int>("--layer") { Description = "The MiniLM layer the accurate model reads (1-6).", DefaultValueFactory = _ => 3 };
        var rate = new Option<double>("--rate") { Description = "The learning rate of the sparse weights of softmax models (0: the trainer's default)." };
        var denseRate = new Option<double>("--dense-rate") { Description = "The AdaGrad rate of the dense weights (0: the trainer's default)." };
        var cache = new Option<string?>("--vector-cache")
        {
            Description = "Where to cache the corpora's MiniLM vectors (default: graphbuilder-minilm in the temporary folder).",
        };
        var prior = new Option<string?>("--prior")
        {
            Description = "ner: the name of a shipped entity model whose predicted labels become features of the new one (stacking), "
                + "e.g. ner-conll03-accurate.",
        };
        var command = new Command(name, description) { trainFile, devFile, output, seed, epochs, profile, layer, rate, denseRate, cache, prior };
        command.SetAction(parseResult =>
        {
            var accurate = parseResult.GetValue(profile) == NlpProfile.Accurate;
            var settings = new TrainingSettings
            {
                Seed = parseResult.GetValue(seed),
                Epochs = parseResult.GetValue(epochs),
                TransformerLayer = accurate ? parseResult.GetValue(layer) : 0,
                LearningRate = parseResult.GetValue(rate),
                DenseLearningRate = parseResult.GetValue(denseRate),
                VectorCacheDirectory = parseResult.GetValue(cache),
                Prior = parseResult.GetValue(prior) is { } priorName ? LoadShippedEntities(priorName) : null,
                PriorName = parseResult.GetValue(prior),
            };
            return train(parseResult.GetValue(trainFile)!, parseResult.GetValue(devFile)!, parseResult.GetValue(output)!, settings);
        });
        return command;
    }

    private static EntityModel LoadShippedEntities(string name)
    {
        using var stream = new Nlp.Models.EmbeddedModelStore().Open(new Nlp.Models.ModelKey("en", name, "1"));
        return EntityModel.Load(stream);
    }

    private static int TrainEntities(string trainPath, string devPath, string outPath, TrainingSettings settings)
    {
        if (!TryRead(trainPath, ReadEntityCorpus, out var train) || !TryRead(devPath, ReadEntityCorpus, out var dev))
        {
            return 1;
        }

        var clock = Stopwatch.StartNew();
        var model = EntityTrainer.Train(train, dev, settings, line => Console.WriteLine(line));
        var score = EntityTrainer.Score(model, dev).Overall;
        Save(outPath, model.Save);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"wrote {outPath} ({new FileInfo(outPath).Length} bytes) in {clock.Elapsed.TotalSeconds:F0} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"F1 {100 * score.F1:F2}"));
        return 0;
    }

    private static int TrainPartOfSpeech(string trainPath, string devPath, string outPath, TrainingSettings settings)
    {
        if (!TryRead(trainPath, ConlluReader.Read, out var train) || !TryRead(devPath, ConlluReader.Read, out var dev))
        {
            return 1;
        }

        var clock = Stopwatch.StartNew();
        var model = PartOfSpeechTrainer.Train(train, dev, settings, line => Console.WriteLine(line));
        var score = PartOfSpeechScorer.Score(new PartOfSpeechTagger(model), dev);
        Save(outPath, model.Save);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"wrote {outPath} ({new FileInfo(outPath).Length} bytes) in {clock.Elapsed.TotalSeconds:F0} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"UPOS {100 * score.Recall:F2}"));
        return 0;
    }

    /// <summary>Reads CoNLL-2003 text, or CoNLL04 JSON (a <c>.json</c> file) as one-sentence documents.</summary>
    internal static IReadOnlyList<ConllDocument> ReadEntityCorpus(string path) =>
        path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? Conll04Reader.ToConllDocuments(Conll04Reader.Read(path)) : ConllReader.Read(path);

    private static int TrainDependencies(string trainPath, string devPath, string outPath, TrainingSettings settings, bool goldTags)
    {
        if (!TryRead(trainPath, ConlluReader.Read, out var train) || !TryRead(devPath, ConlluReader.Read, out var dev))
        {
            return 1;
        }

        var clock = Stopwatch.StartNew();
        if (!goldTags)
        {
            // The parser reads predicted tags at run time, so it learns from tags as wrong as those: 5-fold
            // jack-knifed tags for train (the tagger's seed and 10 passes), the shipped tagger's tags for dev.
            train = JackknifedTags.Assign(train, 5, new TrainingSettings { Seed = settings.Seed, Epochs = 10 }, line => Console.WriteLine(line));
            dev = WithPredictedTags(dev, new PartOfSpeechTagger(EnglishPipeline.LoadPartOfSpeech(new EmbeddedModelStore())));
        }

        var model = DependencyTrainer.Train(train, dev, settings, line => Console.WriteLine(line));
        var score = DependencyScorer.Score(new DependencyParser(model), dev);
        Save(outPath, model.Save);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"wrote {outPath} ({new FileInfo(outPath).Length} bytes) in {clock.Elapsed.TotalSeconds:F0} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"UAS {score.Uas:F2} LAS {score.Las:F2}"));
        return 0;
    }

    /// <summary>Replaces the gold UPOS tags of sentences by a tagger's.</summary>
    internal static IReadOnlyList<ConlluSentence> WithPredictedTags(IReadOnlyList<ConlluSentence> sentences, PartOfSpeechTagger tagger) =>
        [.. sentences.Select(s => s with { UniversalTags = tagger.Tag(s.Forms) })];

    private static void Save(string path, Action<Stream> save)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        using var stream = File.Create(path);
        save(stream);
    }

    /// <summary>Reads an input file, reporting a missing or unreadable file on one line of standard error.</summary>
    internal static bool TryRead<T>(string path, Func<string, T> read, out T value)
    {
        value = default!;
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"error: file not found: {path}");
            return false;
        }

        try
        {
            value = read(path);
            return true;
        }
        catch (Exception ex) when (ex is FormatException or InvalidDataException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: cannot read {path}: {ex.Message}");
            return false;
        }
    }
}
