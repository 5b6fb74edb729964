using System.Diagnostics;
using GraphBuilder.Testing.Cli;

namespace GraphBuilder.Queue.Nats.Tests.EndToEnd;

/// <summary>A <c>graphbuilder run</c> process whose log lines are counted as they come.</summary>
internal sealed class RunningWorker : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Task _reading;
    private int _itemsDone;

    public RunningWorker(string workingDirectory, IReadOnlyDictionary<string, string> environment)
    {
        _process = CliRunner.Start(workingDirectory, environment, "run");
        _reading = Task.WhenAll(ReadAsync(_process.StandardOutput), ReadAsync(_process.StandardError));
    }

    /// <summary>Gets the work items this worker finished (acknowledged after their commit).</summary>
    public int ItemsDone => Volatile.Read(ref _itemsDone);

    public List<string> Lines { get; } = [];

    /// <summary>Kills the worker at once (SIGKILL), as a crash would.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>Asks the worker to stop (SIGTERM) and waits for it.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited)
        {
            return;
        }

        using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await term.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _process.WaitForExitAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        await _reading;
        _process.Dispose();
    }

    private async Task ReadAsync(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            lock (Lines)
            {
                Lines.Add(line);
            }

            if (line.Contains("Work item ", StringComparison.Ordinal) && line.Contains("), delivery ", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _itemsDone);
            }
        }
    }
}
