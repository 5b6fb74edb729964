using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using GraphBuilder.Extraction;
using GraphBuilder.Extraction.Documents;
using GraphBuilder.Nlp;
using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Lab.Commands;

/// <summary>
/// Builds the <c>benchmark nlp</c> verb: the throughput of the whole NLP pipeline on one thread, per stage and in
/// words per second, after a warm-up, as the median of several repeats; and the peak memory.
/// </summary>
internal static class BenchmarkCommand
{
    /// <summary>Creates the <c>benchmark</c> command.</summary>
    /// <param name="configuration">The configuration; <c>GraphBuilder:Nlp:Profile</c> is the default profile.</param>
    /// <returns>The command.</returns>
    public static Command Create(IConfiguration configuration)
    {
        var path = new Argument<string>("path") { Description = "A text file, or a folder whose *.txt files are read." };
        var repeat = new Option<int>("--repeat") { Description = "How many timed repeats (each at least 0.5 s of work).", DefaultValueFactory = _ => 5 };
        var profile = ProfileOption.Create(configuration, "fast or accurate (accurate adds MiniLM features to the entity recogniser)");
        var extraction = new Option<bool>("--extraction")
        {
            Description = "Also run knowledge extraction: typing, coreference, relation patterns and the relation classifier.",
        };
        var nlp = new Command("nlp", "Measure words per second of the whole NLP pipeline on one thread.") { path, repeat, profile, extraction };
        nlp.SetAction(parseResult => Run(
            configuration,
            parseResult.GetValue(path)!,
            Math.Max(1, parseResult.GetValue(repeat)),
            parseResult.GetValue(profile),
            parseResult.GetValue(extraction)));
        var command = new Command("benchmark", "Measure the speed of the NLP pipeline, or of ingestion.");
        command.Subcommands.Add(nlp);
        command.Subcommands.Add(BenchmarkIngestCommand.Create(configuration));
        command.Subcommands.Add(BenchmarkEncoderCommand.Create());
        return command;
    }

    private static int Run(IConfiguration configuration, string path, int repeats, NlpProfile profile, bool extraction)
    {
        if (Files(path) is not { } files)
        {
            return 1;
        }

        var texts = files.Select(File.ReadAllText).ToArray();
        var words = texts.Sum(CountWords);
        var load = Stopwatch.StartNew();
        using var services = new ServiceCollection()
            .AddSingleton(configuration)
            .AddKnowledgeExtraction(options => options.Profile = profile)
            .BuildServiceProvider();
        var extractor = services.GetRequiredService<KnowledgeExtractor>();
        var pipeline = extractor.Pipeline;
        var stages = extraction ? extractor.Stages : [];
        void Warm(string text)
        {
            if (extraction)
            {
                extractor.Annotate(text);
            }
            else
            {
                pipeline.Process(text);
            }
        }

        Warm("Models load on first use.");
        var loaded = load.Elapsed;
        foreach (var text in texts)
        {
            Warm(text);
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{files.Length} files, {words} words; models loaded in {loaded.TotalMilliseconds:F0} ms, warmed up in {load.Elapsed.TotalMilliseconds:F0} ms"));
        var names = pipeline.Stages.Select(s => s.Name).Concat(stages.Select(s => s.Name)).ToArray();
        var stageTime = new double[names.Length];
        var tokens = 0L;
        var rates = new List<double>();
        var cpuRates = new List<double>();
        using var process = Process.GetCurrentProcess();
        for (var r = 0; r < repeats; r++)
        {
            process.Refresh();
            var cpuStart = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var processed = 0L;
            while (clock.Elapsed.TotalSeconds < 0.5)
            {
                tokens += ProcessAll(texts, pipeline, stages, stageTime);
                processed += words;
            }

            rates.Add(processed / clock.Elapsed.TotalSeconds);
            process.Refresh();
            cpuRates.Add(processed / Math.Max(1e-9, (process.TotalProcessorTime - cpuStart).TotalSeconds));
        }

        for (var s = 0; s < names.Length; s++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{names[s],-12} {tokens / stageTime[s],14:F0} tokens/s"));
        }

        // On a busy machine the wall clock also counts time the thread waited for a core; CPU time does not.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"words per CPU-second {Median(cpuRates):F0} (load average {LoadAverage()})"));
        var median = Median(rates);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"peak working set {process.PeakWorkingSet64 / (1024.0 * 1024.0):F0} MB, "
            + $"managed heap {GC.GetGCMemoryInfo().HeapSizeBytes / (1024.0 * 1024.0):F0} MB"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"words/s {median:F0}"));
        return 0;
    }

    /// <summary>Gets the text files to read: a file, or a folder's *.txt files in ordinal order; null (reported) when there are none.</summary>
    private static string[]? Files(string path)
    {
        string[] files;
        if (Directory.Exists(path))
        {
            files = Directory.GetFiles(path, "*.txt", SearchOption.AllDirectories);
            Array.Sort(files, StringComparer.Ordinal);
        }
        else if (File.Exists(path))
        {
            files = [path];
        }
        else
        {
            Console.Error.WriteLine($"error: file not found: {path}");
            return null;
        }

        if (files.Length == 0)
        {
            Console.Error.WriteLine($"error: no .txt files in {path}");
            return null;
        }

        return files;
    }

    /// <summary>Runs every text through the NLP stages and then the extraction stages, adding each stage's time; returns the tokens.</summary>
    private static long ProcessAll(string[] texts, NlpPipeline pipeline, IReadOnlyList<IExtractionStage> stages, double[] stageTime)
    {
        var tokens = 0L;
        foreach (var text in texts)
        {
            var document = new Document(text);
            for (var s = 0; s < pipeline.Stages.Count; s++)
            {
                var started = Stopwatch.GetTimestamp();
                pipeline.Stages[s].Process(document);
                stageTime[s] += Stopwatch.GetElapsedTime(started).TotalSeconds;
            }

            var knowledge = new KnowledgeDocument(document);
            for (var s = 0; s < stages.Count; s++)
            {
                var started = Stopwatch.GetTimestamp();
                stages[s].Process(knowledge);
                stageTime[pipeline.Stages.Count + s] += Stopwatch.GetElapsedTime(started).TotalSeconds;
            }

            tokens += document.Tokens.Count;
        }

        return tokens;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2;
    }

    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = !char.IsWhiteSpace(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }
}
