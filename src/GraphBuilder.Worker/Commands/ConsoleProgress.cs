using System.Diagnostics;
using System.Globalization;
using GraphBuilder.Ingestion;

namespace GraphBuilder.Worker.Commands;

/// <summary>
/// Shows ingestion progress: a line redrawn in place on a terminal, plain lines every few seconds otherwise.
/// </summary>
internal sealed class ConsoleProgress : IProgress<IngestionProgress>
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    private readonly bool _interactive = !Console.IsErrorRedirected;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastPlain;
    private int _failed;
    private bool _drawn;

    public void Report(IngestionProgress value)
    {
        if (value.Outcome == "failed")
        {
            _failed++;
        }

        var rate = value.Processed / Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
        var line = string.Create(CultureInfo.InvariantCulture, $"{value.Processed} inputs, {_failed} failed, {rate:0.0}/s: {Path.GetFileName(value.Location)}");
        if (_interactive)
        {
            var width = Math.Max(20, SafeWidth() - 1);
            Console.Error.Write("\r" + (line.Length > width ? line[..width] : line.PadRight(width)));
            _drawn = true;
        }
        else if (_clock.Elapsed - _lastPlain >= PlainInterval)
        {
            _lastPlain = _clock.Elapsed;
            Console.Error.WriteLine("progress: " + line);
        }
    }

    public void Finish()
    {
        if (_drawn)
        {
            Console.Error.Write("\r" + new string(' ', Math.Max(20, SafeWidth() - 1)) + "\r");
        }
    }

    private static int SafeWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : 80;
        }
        catch (IOException)
        {
            return 80;
        }
    }
}
