using System.Diagnostics;
using System.Reflection;
using System.Text;
using GraphBuilder.Testing.Bolt;

namespace GraphBuilder.Bolt.JsCheck;

/// <summary>
/// Proves the stub server speaks real Bolt: for each scenario it starts a <see cref="BoltStubServer"/> on 127.0.0.1,
/// runs the official JavaScript driver (check.mjs) against it, then waits for the stub to have played its script.
/// Usage: <c>dotnet run --project tests/GraphBuilder.Bolt.JsCheck [-- [--verbose] [scenario ...]]</c>.
/// </summary>
internal static class Program
{
    private static readonly TimeSpan NodeTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StubTimeout = TimeSpan.FromSeconds(10);

    private static readonly Scenario[] Scenarios =
    [
        new("read", "handshake (5.4 from the 5.8-5.0 range), HELLO/LOGON, managed read RETURN 1 AS n", ["read.script"]),
        new("retried-write", "managed write whose COMMIT fails with a deadlock, retried after RESET, with TELEMETRY", ["retried_write.script"]),
        new("unwind-write", "managed write of UNWIND $rows with a list of maps", ["unwind_write.script"]),
        new("manifest-auto-commit", "manifest v1 handshake to 5.8, auto-commit RUN returning a node and mixed values", ["manifest_auto_commit.script"]),
        new("routed-write", "neo4j:// routing table from ROUTE, then a managed write on the writer", ["routed_write.script"], "neo4j"),
    ];

    private static async Task<int> Main(string[] args)
    {
        var verbose = args.Contains("--verbose");
        var names = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var unknown = names.Where(n => !Scenarios.Any(s => s.Name == n)).ToList();
        if (unknown.Count > 0)
        {
            await Console.Error.WriteLineAsync(
                $"js-driver check: unknown scenario(s) {string.Join(", ", unknown)}; known: {string.Join(", ", Scenarios.Select(s => s.Name))}");
            return 2;
        }

        var checkDirectory = FindCheckDirectory();
        if (checkDirectory is null || !Directory.Exists(Path.Combine(checkDirectory, "node_modules", "neo4j-driver")))
        {
            await Console.Error.WriteLineAsync(
                $"js-driver check: neo4j-driver is not installed next to check.mjs ({checkDirectory ?? "folder not found"}); run 'npm ci' there or use run.sh");
            return 2;
        }

        var selected = Scenarios.Where(s => names.Count == 0 || names.Contains(s.Name)).ToList();
        var failures = new List<string>();
        foreach (var scenario in selected)
        {
            var failure = await RunAsync(scenario, checkDirectory, verbose);
            if (failure is not null)
            {
                failures.Add(failure);
                await Console.Error.WriteLineAsync(failure);
            }
        }

        if (failures.Count > 0)
        {
            await Console.Error.WriteLineAsync($"js-driver check: {failures.Count} of {selected.Count} scenarios failed");
            return 1;
        }

        Console.WriteLine($"js-driver check: {selected.Count} scenarios passed");
        return 0;
    }

    /// <summary>Runs one scenario; returns a failure message, or <see langword="null"/> when it passed.</summary>
    private static async Task<string?> RunAsync(Scenario scenario, string checkDirectory, bool verbose)
    {
        var paths = scenario.Scripts.Select(s => Path.Combine(AppContext.BaseDirectory, "Scripts", s)).ToList();
        BoltStubServer server;
        try
        {
            server = BoltStubServer.StartFromFiles(paths);
        }
        catch (Exception ex) when (ex is FormatException or IOException)
        {
            return $"js-driver check: scenario '{scenario.Name}' FAILED: its stub script could not be loaded: {ex.Message}";
        }

        await using var serverScope = server;
        var node = await RunNodeAsync(checkDirectory, scenario.Name, server.UriFor(scenario.Scheme));
        string? stubFailure = null;
        try
        {
            await server.WaitForCompletionAsync(node.TimedOut ? TimeSpan.Zero : StubTimeout);
        }
        catch (StubScriptException ex)
        {
            stubFailure = ex.Message;
        }

        if (verbose)
        {
            Console.WriteLine($"--- {scenario.Name}: node exit {node.ExitCode}, {server.ConnectionCount} connection(s)");
            Console.Write(node.Output);
        }

        if (node.ExitCode == 0 && !node.TimedOut && stubFailure is null)
        {
            return null;
        }

        var message = new StringBuilder();
        message.AppendLine($"js-driver check: scenario '{scenario.Name}' FAILED ({scenario.Description}; scripts {string.Join(", ", scenario.Scripts)})");
        message.AppendLine(node.TimedOut
            ? $"  node check.mjs {scenario.Name}: no exit within {NodeTimeout.TotalSeconds:0} s (killed)"
            : $"  node check.mjs {scenario.Name}: exit code {node.ExitCode}");
        message.AppendLine($"  stub: {stubFailure ?? "script played to its end"} ({server.ConnectionCount} connection(s))");
        if (node.Output.Length > 0)
        {
            message.AppendLine("  node output:");
            foreach (var line in node.Output.TrimEnd().Split('\n'))
            {
                message.AppendLine("    " + line.TrimEnd('\r'));
            }
        }

        return message.ToString().TrimEnd();
    }

    private static async Task<NodeRun> RunNodeAsync(string checkDirectory, string scenario, string uri)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("NODE") is { Length: > 0 } custom ? custom : "node")
        {
            WorkingDirectory = checkDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("check.mjs");
        start.ArgumentList.Add(scenario);
        start.ArgumentList.Add(uri);

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(NodeTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return new NodeRun(-1, true, Snapshot(output));
        }

        // The parameterless wait also drains the redirected output.
        await process.WaitForExitAsync();
        return new NodeRun(process.ExitCode, false, Snapshot(output));
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    /// <summary>The folder with check.mjs: the project folder recorded at build time, else a parent of the output folder.</summary>
    private static string? FindCheckDirectory()
    {
        var recorded = typeof(Program).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "JsCheckDirectory")?.Value;
        if (recorded is not null && File.Exists(Path.Combine(recorded, "check.mjs")))
        {
            return recorded;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "check.mjs")))
            {
                return directory.FullName;
            }
        }

        return null;
    }

    private sealed record NodeRun(int ExitCode, bool TimedOut, string Output);
}
