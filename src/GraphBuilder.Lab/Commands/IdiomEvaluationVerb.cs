using System.CommandLine;
using System.Globalization;
using GraphBuilder.Extraction;
using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Model;
using GraphBuilder.Lab.Idioms;
using GraphBuilder.Nlp;
using GraphBuilder.Nlp.Training.Evaluation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Lab.Commands;

/// <summary>
/// Builds the <c>evaluate idioms</c> verb: runs the whole extraction pipeline on each sentence of the news-idiom gold
/// set as an article of its own and scores the relations of its draft with <see cref="IdiomScorer"/>.
/// </summary>
internal static class IdiomEvaluationVerb
{
    /// <summary>Creates the <c>idioms</c> sub-command of <c>evaluate</c>.</summary>
    /// <param name="configuration">The configuration; <c>GraphBuilder:Nlp:Profile</c> is the default profile.</param>
    /// <returns>The command.</returns>
    public static Command Create(IConfiguration configuration)
    {
        var file = new Argument<string>("gold-file")
        {
            Description = "The gold set (tests/GraphBuilder.Extraction.Tests/Gold/news-idioms.tsv): split, tag, sentence, relations.",
        };
        var split = new Option<string>("--split") { Description = "dev, test or all.", DefaultValueFactory = _ => "all" };
        split.AcceptOnlyFromAmong("dev", "test", "all");
        var threshold = new Option<double>("--min-confidence")
        {
            Description = "Relations below this confidence are not counted as predicted.",
            DefaultValueFactory = _ => 0.5,
        };
        var errors = new Option<bool>("--errors") { Description = "Also print every missed and spurious relation." };
        var profile = ProfileOption.Create(configuration, "fast or accurate");
        var command = new Command(
            "idioms",
            "Score the relations drawn from news-idiom sentences: precision, recall and F1 per relation type and overall.")
        {
            file, split, threshold, errors, profile,
        };
        command.SetAction(parseResult => Run(
            configuration,
            parseResult.GetValue(file)!,
            parseResult.GetValue(split)!,
            parseResult.GetValue(threshold),
            parseResult.GetValue(errors),
            parseResult.GetValue(profile)));
        return command;
    }

    /// <summary>The relations of a draft, each pair and type once, with its evidence combined as the graph does (1 − Π(1 − p)).</summary>
    /// <param name="draft">The article's draft.</param>
    /// <returns>The predictions.</returns>
    public static IReadOnlyList<IdiomPrediction> Predictions(ArticleDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return
        [
            .. draft.Relations
                .GroupBy(r => (r.Source, r.Target, r.Type))
                .Select(g => new IdiomPrediction(
                    Names(draft.Entities[g.Key.Source]),
                    g.Key.Type,
                    Names(draft.Entities[g.Key.Target]),
                    1 - g.Aggregate(1.0, (rest, r) => rest * (1 - r.Evidence.Confidence)),
                    g.MaxBy(r => r.Evidence.Confidence)!.Evidence.Extractor)),
        ];
    }

    private static int Run(IConfiguration configuration, string path, string split, double threshold, bool printErrors, NlpProfile profile)
    {
        if (!TrainCommand.TryRead(path, p => IdiomGoldReader.Read(File.ReadLines(p)), out var gold))
        {
            return 1;
        }

        var sentences = gold.Where(s => split == "all" || s.Split == split).ToList();
        using var services = new ServiceCollection()
            .AddSingleton(configuration)
            .AddKnowledgeExtraction(options => options.Profile = profile)
            .BuildServiceProvider();
        var extractor = services.GetRequiredService<KnowledgeExtractor>();
        var scorer = new IdiomScorer(threshold);
        var entities = new Dictionary<int, string>();
        foreach (var sentence in sentences)
        {
            // Each sentence is an article of its own, so nothing carries over from one to the next.
            var draft = extractor.Extract(sentence.Text, new ArticleSource(null, null, "idioms", null), DateTimeOffset.UnixEpoch);
            scorer.Add(sentence, Predictions(draft));
            entities[sentence.Line] = string.Join("; ", draft.Entities.Select(e => $"{GraphVocabulary.Label(e.Kind)}: {string.Join(" / ", Names(e))}"));
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"sentences {sentences.Count} ({split}), gold relations {scorer.Overall.Gold}, profile {ProfileOption.Name(profile)}, confidence >= {threshold:F2}"));
        foreach (var (kind, score) in scorer.ByKind)
        {
            Console.WriteLine(Line(GraphVocabulary.RelationType(kind), score));
        }

        Console.WriteLine(Line("overall", scorer.Overall));
        if (printErrors)
        {
            // Each error, then the entities the pipeline found in its sentence, which explain most misses.
            foreach (var (line, error) in scorer.Errors)
            {
                Console.WriteLine(error);
                Console.WriteLine("    entities: " + entities[line]);
            }
        }

        var overall = scorer.Overall;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"idioms {split} precision {100 * overall.Precision:F2} recall {100 * overall.Recall:F2} F1 {100 * overall.F1:F2}"));
        return 0;
    }

    private static string[] Names(DraftEntity entity) => [entity.Name, .. entity.Aliases];

    private static string Line(string label, Score score) => string.Create(
        CultureInfo.InvariantCulture,
        $"{label,-14} precision {100 * score.Precision,6:F2}  recall {100 * score.Recall,6:F2}  F1 {100 * score.F1,6:F2}  "
        + $"(gold {score.Gold}, predicted {score.Predicted}, correct {score.Correct})");
}
