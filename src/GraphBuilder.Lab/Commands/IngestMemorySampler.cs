using System.Diagnostics;
using System.Globalization;
using GraphBuilder.Ingestion;

namespace GraphBuilder.Lab.Commands;

/// <summary>Samples memory every so many articles and prints a row per sample.</summary>
internal sealed class IngestMemorySampler(Process process, string storePath, int every) : IProgress<IngestionProgress>
{
    public const double Megabyte = 1024.0 * 1024.0;

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<(int Articles, double WorkingSet, double Live)> _samples = [];

    public void Report(IngestionProgress value)
    {
        if (value.Processed % every != 0)
        {
            return;
        }

        process.Refresh();
        var workingSet = process.WorkingSet64 / Megabyte;
        var heap = GC.GetGCMemoryInfo().HeapSizeBytes / Megabyte;

        // What is still reachable after a full collection: the number that must not grow with the count.
        var live = GC.GetTotalMemory(forceFullCollection: true) / Megabyte;
        var store = File.Exists(storePath) ? new FileInfo(storePath).Length / Megabyte : 0;
        _samples.Add((value.Processed, workingSet, live));
        var seconds = _clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{value.Processed,8} {seconds,9:F1} {value.Processed / seconds,11:F1} {workingSet,15:F0} {heap,16:F0} {live,16:F1} {store,9:F1}"));
    }

    public string Flatness()
    {
        if (_samples.Count < 3)
        {
            return "too few samples to judge memory growth";
        }

        // From the second sample on: the first includes warm-up (caches, pools, JIT) that is paid once.
        var (firstCount, firstWorkingSet, firstLive) = _samples[1];
        var (lastCount, lastWorkingSet, lastLive) = _samples[^1];
        var articles = lastCount - firstCount;
        return string.Create(CultureInfo.InvariantCulture,
            $"from {firstCount} to {lastCount} articles: "
            + $"working set {Signed(lastWorkingSet - firstWorkingSet, 0)} MB ({Signed((lastWorkingSet - firstWorkingSet) * 1024 / articles, 2)} KB/article), "
            + $"live managed {Signed(lastLive - firstLive, 1)} MB ({Signed((lastLive - firstLive) * 1024 / articles, 2)} KB/article)");
    }

    private static string Signed(double value, int decimals)
    {
        // Rounding first keeps a tiny negative from printing as "-0".
        var rounded = Math.Round(value, decimals);
        return (rounded > 0 ? "+" : string.Empty)
            + (rounded == 0 ? 0 : rounded).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }
}
