using System.Globalization;
using System.Text;
using GraphBuilder.Ingestion;

namespace GraphBuilder.Worker.Commands;

/// <summary>
/// Shows ingestion progress. On a terminal: a bar redrawn in place with files done of the total, articles per second
/// and the current file. Otherwise (a pipe, a log file, CI): plain lines, one per tenth of the files or every few
/// seconds, whichever comes first, and a last line when the run ends, so a log shows a run's pace without flooding.
/// </summary>
internal sealed class ConsoleProgress : IProgress<IngestionProgress>
{
    private const int BarWidth = 24;
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    private readonly TextWriter _writer;
    private readonly bool _interactive;
    private readonly int _totalFiles;
    private readonly TimeProvider _timeProvider;
    private readonly long _started;
    private readonly Func<int> _width;
    private string? _currentFile;
    private int _files;
    private int _articles;
    private int _failed;
    private int _lastPlainFiles;
    private int _lastPlainArticles;
    private TimeSpan _lastPlain;
    private bool _drawn;

    /// <summary>Initializes a new instance of the <see cref="ConsoleProgress"/> class.</summary>
    /// <param name="writer">Where progress goes.</param>
    /// <param name="interactive">Whether <paramref name="writer"/> is a terminal that can redraw a line.</param>
    /// <param name="totalFiles">The number of files the run will read, or 0 when unknown.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="width">The terminal's width, asked at each redraw.</param>
    public ConsoleProgress(TextWriter writer, bool interactive, int totalFiles, TimeProvider timeProvider, Func<int>? width = null)
    {
        _writer = writer;
        _interactive = interactive;
        _totalFiles = totalFiles;
        _timeProvider = timeProvider;
        _started = timeProvider.GetTimestamp();
        _width = width ?? TerminalWidth;
    }

    /// <summary>Creates progress for the console: a bar on standard output when it is a terminal, plain lines on standard error otherwise.</summary>
    /// <param name="totalFiles">The number of files the run will read, or 0 when unknown.</param>
    /// <returns>The progress.</returns>
    public static ConsoleProgress ForConsole(int totalFiles) =>
        Console.IsOutputRedirected
            ? new ConsoleProgress(Console.Error, interactive: false, totalFiles, TimeProvider.System)
            : new ConsoleProgress(Console.Out, interactive: true, totalFiles, TimeProvider.System);

    public void Report(IngestionProgress value)
    {
        // A .json or .jsonl file holds several articles (location#line); the bar counts files.
        var file = value.Location.Split('#')[0];
        if (!string.Equals(file, _currentFile, StringComparison.Ordinal))
        {
            _currentFile = file;
            _files++;
        }

        _articles = value.Processed;
        if (value.Outcome == "failed")
        {
            _failed++;
        }

        if (_interactive)
        {
            var width = Math.Max(40, _width() - 1);
            var line = Line(bar: true);
            _writer.Write("\r" + (line.Length > width ? line[..width] : line.PadRight(width)));
            _drawn = true;
            return;
        }

        var elapsed = _timeProvider.GetElapsedTime(_started);
        var step = Math.Max(1, _totalFiles / 10);
        if (_files - _lastPlainFiles >= step || elapsed - _lastPlain >= PlainInterval)
        {
            _lastPlain = elapsed;
            _lastPlainFiles = _files;
            _lastPlainArticles = _articles;
            _writer.WriteLine("progress: " + Line(bar: false));
        }
    }

    /// <summary>Ends the progress display: clears the bar, or writes the last plain line.</summary>
    public void Finish()
    {
        if (_drawn)
        {
            _writer.Write("\r" + new string(' ', Math.Max(40, _width() - 1)) + "\r");
        }
        else if (!_interactive && _articles > 0 && _lastPlainArticles != _articles)
        {
            _writer.WriteLine("progress: " + Line(bar: false));
        }

        _writer.Flush();
    }

    private string Line(bool bar)
    {
        var rate = _articles / Math.Max(_timeProvider.GetElapsedTime(_started).TotalSeconds, 0.001);
        var line = new StringBuilder();
        var total = Math.Max(_totalFiles, _files);
        if (bar && total > 0)
        {
            var filled = (int)Math.Round(BarWidth * (double)_files / total);
            line.Append('[').Append('#', filled).Append('-', BarWidth - filled).Append("] ");
        }

        line.Append(CultureInfo.InvariantCulture, $"{_files}/{(total > 0 ? total.ToString(CultureInfo.InvariantCulture) : "?")} files");
        if (total > 0)
        {
            line.Append(CultureInfo.InvariantCulture, $" ({100.0 * _files / total:0}%)");
        }

        line.Append(CultureInfo.InvariantCulture, $", {_articles} articles, {_failed} failed, {rate:0.0} articles/s, {Path.GetFileName(_currentFile)}");
        return line.ToString();
    }

    private static int TerminalWidth()
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
