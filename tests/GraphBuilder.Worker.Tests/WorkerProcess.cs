using System.Diagnostics;
using GraphBuilder.Testing.Cli;

namespace GraphBuilder.Worker.Tests;

/// <summary>
/// A running <c>graphbuilder run</c> whose log lines are the test's readiness signals: a test waits for the line that
/// says what it needs (a run finished, n articles ingested) instead of sleeping or polling.
/// </summary>
internal sealed class WorkerProcess : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly List<(Func<string, bool> Match, int Count, TaskCompletionSource Signal)> _waiters = [];
    private readonly Task _reading;

    private WorkerProcess(Process process)
    {
        _process = process;
        _reading = Task.WhenAll(ReadAsync(process.StandardOutput), ReadAsync(process.StandardError));
    }

    public int Id => _process.Id;

    public int ExitCode => _process.ExitCode;

    /// <summary>Starts <c>graphbuilder run</c> with each ingested article logged, one line each.</summary>
    public static WorkerProcess Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var settings = new Dictionary<string, string>(environment) { ["Logging__LogLevel__GraphBuilder.Ingestion.IngestionRunner"] = "Debug" };
        return new WorkerProcess(CliRunner.Start(workingDirectory, settings, ["run", .. args]));
    }

    /// <summary>Starts any <c>graphbuilder</c> command with each article's progress logged, one line each.</summary>
    public static WorkerProcess StartCommand(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var settings = new Dictionary<string, string>(environment) { ["Logging__LogLevel__GraphBuilder.Ingestion.IngestionRunner"] = "Debug" };
        return new WorkerProcess(CliRunner.Start(workingDirectory, settings, args));
    }

    /// <summary>Waits until <paramref name="count"/> log lines contain <paramref name="text"/>.</summary>
    public Task WaitForAsync(string text, int count = 1) => WaitForAsync(line => line.Contains(text, StringComparison.Ordinal), count);

    /// <summary>Waits until <paramref name="count"/> log lines match.</summary>
    public async Task WaitForAsync(Func<string, bool> match, int count = 1)
    {
        TaskCompletionSource signal;
        lock (_lines)
        {
            if (_lines.Count(match) >= count)
            {
                return;
            }

            signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, count, signal));
        }

        try
        {
            await signal.Task.WaitAsync(Patience);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The worker did not log the awaited line within {Patience}; it logged:\n{string.Join('\n', Lines())}");
        }
    }

    /// <summary>Gets the lines logged so far.</summary>
    public IReadOnlyList<string> Lines()
    {
        lock (_lines)
        {
            return [.. _lines];
        }
    }

    /// <summary>Kills the worker at once (SIGKILL), as a crash would.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>Asks the worker to stop (SIGTERM) and waits for it to exit.</summary>
    public async Task TerminateAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var cancellation = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancellation.Token);
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
            lock (_lines)
            {
                _lines.Add(line);
                foreach (var waiter in _waiters.Where(w => _lines.Count(w.Match) >= w.Count).ToList())
                {
                    _waiters.Remove(waiter);
                    waiter.Signal.TrySetResult();
                }
            }
        }
    }
}
