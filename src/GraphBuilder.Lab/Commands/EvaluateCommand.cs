using System.CommandLine;
using System.Globalization;
using GraphBuilder.Nlp;
using GraphBuilder.Nlp.Entities;
using GraphBuilder.Nlp.Models;
using GraphBuilder.Nlp.Parsing;
using GraphBuilder.Nlp.Tagging;
using GraphBuilder.Nlp.Training.Corpora;
using GraphBuilder.Nlp.Training.Entities;
using GraphBuilder.Nlp.Training.Evaluation;
using GraphBuilder.Nlp.Training.Parsing;
using Microsoft.Extensions.Configuration;

namespace GraphBuilder.Lab.Commands;

/// <summary>
/// Builds the <c>evaluate ner|pos|deps|tokens|sentences</c> verbs: score the shipped models (or a model file) on
/// annotated data.
/// </summary>
internal static class EvaluateCommand
{
    /// <summary>Creates the <c>evaluate</c> command.</summary>
    /// <param name="configuration">The configuration; <c>GraphBuilder:Nlp:Profile</c> is the default profile.</param>
    /// <returns>The command.</returns>
    public static Command Create(IConfiguration configuration)
    {
        var command = new Command("evaluate", "Evaluate the NLP models on annotated data.");
        command.Subcommands.Add(CreateEntities(configuration));
        command.Subcommands.Add(CreatePartOfSpeech(configuration));
        command.Subcommands.Add(RelationVerbs.CreateEvaluate(configuration));
        command.Subcommands.Add(CreateDependencies(configuration));
        command.Subcommands.Add(CreateSegmentation(
            "tokens",
            "Score the tokenizer against the gold words of a CoNLL-U file.",
            SegmentationScorer.ScoreTokens,
            "tokens"));
        command.Subcommands.Add(CreateSegmentation(
            "sentences",
            "Score sentence boundaries against a CoNLL-U file (documents' # text lines joined).",
            SegmentationScorer.ScoreSentences,
            "sentence-boundary"));
        command.Subcommands.Add(GraphEvaluationVerb.Create(configuration));
        command.Subcommands.Add(IdiomEvaluationVerb.Create(configuration));
        return command;
    }

    private static Command CreateEntities(IConfiguration configuration)
    {
        var file = new Argument<string>("conll-file") { Description = "A CoNLL-2003 file." };
        var predictions = new Option<string?>("--predictions") { Description = "Write 'token gold predicted' lines (IOB2) to this file." };
        var profile = ProfileOption.Create(configuration, "fast or accurate (accurate adds MiniLM features to the tagger and the entity recogniser)");
        var model = new Option<string?>("--model") { Description = "Evaluate this model file instead of the shipped one." };
        var command = new Command("ner", "Score the entity recogniser under the conlleval protocol.") { file, predictions, profile, model };
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(file)!;
            if (!TrainCommand.TryRead(path, TrainCommand.ReadEntityCorpus, out var documents)
                || !TryLoad(parseResult.GetValue(model), s => EnglishPipeline.LoadEntities(s, parseResult.GetValue(profile)), out var entityModel))
            {
                return 1;
            }

            var recognizer = new EntityRecognizer(entityModel);
            var scorer = new EntitySpanScorer();
            using var writer = parseResult.GetValue(predictions) is { } output ? new StreamWriter(output) : null;
            foreach (var document in documents)
            {
                var tagged = ConllEntityTagging.Tag(recognizer, document);
                for (var s = 0; s < tagged.Count; s++)
                {
                    var sentence = document.Sentences[s];
                    scorer.Add(sentence.Tags, tagged[s]);
                    if (writer is not null)
                    {
                        for (var t = 0; t < sentence.Tokens.Count; t++)
                        {
                            writer.WriteLine($"{sentence.Tokens[t]} {sentence.Tags[t]} {tagged[s][t]}");
                        }

                        writer.WriteLine();
                    }
                }
            }

            foreach (var (type, score) in scorer.ByType)
            {
                Console.WriteLine(Line(type, score));
            }

            Console.WriteLine(Line("overall", scorer.Overall));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"F1 {100 * scorer.Overall.F1:F2}"));
            return 0;
        });
        return command;
    }

    private static Command CreatePartOfSpeech(IConfiguration configuration)
    {
        var file = new Argument<string>("conllu-file") { Description = "A CoNLL-U file." };
        var model = new Option<string?>("--model") { Description = "Evaluate this model file instead of the shipped one." };
        var profile = ProfileOption.Create(configuration, "fast or accurate (accurate adds MiniLM features to the tagger and the entity recogniser)");
        var command = new Command("pos", "Score the part-of-speech tagger (UPOS accuracy on gold tokens).") { file, model, profile };
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(file)!;
            if (!TrainCommand.TryRead(path, ConlluReader.Read, out var sentences)
                || !TryLoad(parseResult.GetValue(model), s => EnglishPipeline.LoadPartOfSpeech(s, parseResult.GetValue(profile)), out var posModel))
            {
                return 1;
            }

            var score = PartOfSpeechScorer.Score(new PartOfSpeechTagger(posModel), sentences);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"words {score.Gold} correct {score.Correct}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"UPOS {100 * score.Recall:F2}"));
            return 0;
        });
        return command;
    }

    private static Command CreateDependencies(IConfiguration configuration)
    {
        var file = new Argument<string>("conllu-file") { Description = "A CoNLL-U file with heads and relations." };
        var model = new Option<string?>("--model") { Description = "Evaluate this parser model file instead of the shipped one." };
        var goldTags = new Option<bool>("--gold-tags") { Description = "Parse with the file's gold UPOS tags instead of the shipped tagger's." };
        var perLabel = new Option<bool>("--per-label") { Description = "Also print precision, recall and F1 per relation (head and full relation right)." };
        var profile = ProfileOption.Create(configuration, "fast or accurate (accurate adds MiniLM features to the tagger and the entity recogniser)");
        var command = new Command(
            "deps",
            "Score the dependency parser on gold tokens (UAS, LAS; punctuation included; LAS on universal relations as in CoNLL 2018).")
        {
            file, model, goldTags, perLabel, profile,
        };
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(file)!;
            if (!TrainCommand.TryRead(path, ConlluReader.Read, out var sentences)
                || !TryLoad(parseResult.GetValue(model), s => EnglishPipeline.LoadDependencies(s, parseResult.GetValue(profile)), out var parserModel))
            {
                return 1;
            }

            if (sentences.Any(s => s.Heads.Count != s.Forms.Count))
            {
                Console.Error.WriteLine($"error: {path} has words without heads");
                return 1;
            }

            var input = parseResult.GetValue(goldTags)
                ? sentences
                : TrainCommand.WithPredictedTags(
                    sentences,
                    new PartOfSpeechTagger(EnglishPipeline.LoadPartOfSpeech(new EmbeddedModelStore(), parseResult.GetValue(profile))));
            var parsed = DependencyScorer.Parse(new DependencyParser(parserModel), input);
            var scorer = new DependencyScorer();
            for (var s = 0; s < sentences.Count; s++)
            {
                scorer.Add(sentences[s], parsed[s]);
            }

            if (parseResult.GetValue(perLabel))
            {
                var byLabel = scorer.ByLabel.OrderByDescending(x => x.Value.Gold).ThenBy(x => x.Key, StringComparer.Ordinal);
                foreach (var (label, (gold, predicted, correct)) in byLabel)
                {
                    Console.WriteLine(Line(label, new Score(gold, predicted, correct)));
                }
            }

            var score = scorer.Overall;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"words {score.Words}, tags {(parseResult.GetValue(goldTags) ? "gold" : "predicted")}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"label accuracy {score.LabelAccuracy:F2}, LAS with subtypes {score.FullLas:F2}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"UAS {score.Uas:F2} LAS {score.Las:F2}"));
            return 0;
        });
        return command;
    }

    private static Command CreateSegmentation(string name, string description, Func<IReadOnlyList<ConlluSentence>, Score> scoreAll, string label)
    {
        var file = new Argument<string>("conllu-file") { Description = "A CoNLL-U file with # text lines." };
        var command = new Command(name, description) { file };
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(file)!;
            if (!TrainCommand.TryRead(path, ConlluReader.Read, out var sentences))
            {
                return 1;
            }

            var score = scoreAll(sentences);
            Console.WriteLine(Line(label, score));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"F1 {100 * score.F1:F2}"));
            return 0;
        });
        return command;
    }



    private static bool TryLoad<T>(string? modelPath, Func<IModelStore, T> load, out T model)
    {
        model = default!;
        if (modelPath is null)
        {
            model = load(new EmbeddedModelStore());
            return true;
        }

        return TrainCommand.TryRead(modelPath, p => load(new SingleFileStore(p)), out model);
    }

    private static string Line(string label, Score score) => string.Create(
        CultureInfo.InvariantCulture,
        $"{label,-18} precision {100 * score.Precision,6:F2}  recall {100 * score.Recall,6:F2}  F1 {100 * score.F1,6:F2}  "
        + $"(gold {score.Gold}, predicted {score.Predicted}, correct {score.Correct})");

    /// <summary>Serves one model file whatever key is asked for, so that any file can be evaluated.</summary>
    private sealed class SingleFileStore(string path) : IModelStore
    {
        public bool Contains(ModelKey key) => File.Exists(path);

        public Stream Open(ModelKey key) => File.OpenRead(path);
    }
}
