using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using GraphBuilder.Testing.Bolt;

namespace GraphBuilder.Bolt.Benchmarks;

/// <summary>
/// Measures how many rows per second the Bolt client sends as <c>UNWIND $rows</c> write transactions to a loopback stub
/// server that answers at once, and how many bytes it allocates per row. The stub runs in a child process so that its
/// work and allocations are not counted. With <c>--js</c> the official JavaScript driver runs the same load for comparison.
/// Usage: <c>dotnet run -c Release --project tests/GraphBuilder.Bolt.Benchmarks [-- [--rows 200000] [--batch 1000] [--repeat 5] [--js]]</c>.
/// </summary>
internal static class Program
{
    private const string Script = """
        !: BOLT 5.4
        !: ALLOW RESTART

        A: HELLO {"{}": "*"}
        A: LOGON {"{}": "*"}
        {*
            C: BEGIN {"{}": "*"}
            S: SUCCESS {}
            C: RUN "UNWIND $rows AS row MERGE (e:Bench {id: row.id}) SET e += row" {"rows": "*"} {}
               PULL {"n": 1000}
            S: SUCCESS {"fields": []}
               SUCCESS {"type": "w"}
            C: COMMIT
            S: SUCCESS {"bookmark": "bm"}
        *}
        ?: GOODBYE
        """;

    private static async Task<int> Main(string[] args)
    {
        if (args is ["serve"])
        {
            await using var stub = BoltStubServer.Start(Script);
            await Console.Out.WriteLineAsync(stub.BoltUri);
            await Console.In.ReadLineAsync();
            return 0;
        }

        var rows = Option(args, "--rows", 200_000);
        var batch = Option(args, "--batch", 1000);
        var repeat = Option(args, "--repeat", 5);
        using var server = StartServer();
        var uri = (await server.StandardOutput.ReadLineAsync())!;

        var data = Enumerable.Range(0, batch).Select(i => (object?)new Dictionary<string, object?>
        {
            ["id"] = (long)i,
            ["name"] = "entity-" + i.ToString(CultureInfo.InvariantCulture),
            ["type"] = "Person",
            ["count"] = (long)(i % 17),
            ["confidence"] = i / (double)batch,
            ["active"] = i % 2 == 0,
        }).ToList();
        var parameters = new Dictionary<string, object?> { ["rows"] = data };

        await using var driver = BoltDriver.Create(uri, BoltAuthToken.Basic("neo4j", "password"));
        await RunAsync(driver, parameters, 20);
        var rates = new List<double>();
        var allocations = new List<double>();
        var stubCost = new List<double>();
        var js = args.Contains("--js");
        for (var r = 0; r < repeat; r++)
        {
            // The clients take turns, run after run, so that neither gets the quieter minutes of a shared machine.
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var stubBefore = StubCpu(server);
            var clock = Stopwatch.StartNew();
            await RunAsync(driver, parameters, rows / batch);
            clock.Stop();
            allocations.Add((GC.GetTotalAllocatedBytes(precise: true) - before) / (double)rows);
            rates.Add(rows / clock.Elapsed.TotalSeconds);
            stubCost.Add((StubCpu(server) - stubBefore).TotalMilliseconds / clock.Elapsed.TotalMilliseconds);
            await Console.Out.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"run {r + 1}: {rates[^1]:N0} rows/s, {allocations[^1]:N1} bytes allocated per row, stub CPU {stubCost[^1]:P0} of the run's wall time"));
            if (js)
            {
                await RunJsAsync(uri, rows, batch, server);
            }
        }

        await Console.Out.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"GraphBuilder.Bolt: median {Median(rates):N0} rows/s, {Median(allocations):N1} bytes/row, stub CPU {Median(stubCost):P0} of wall time "
            + $"({rows:N0} rows of 6 properties in UNWIND batches of {batch:N0})"));

        await server.StandardInput.WriteLineAsync();
        await server.WaitForExitAsync();
        return 0;
    }

    private static async Task RunJsAsync(string uri, int rows, int batch, Process server)
    {
        var directory = typeof(Program).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "JsCheckDirectory").Value!;
        var start = new ProcessStartInfo("node") { WorkingDirectory = directory, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "bench.mjs"), uri, rows.ToString(CultureInfo.InvariantCulture), batch.ToString(CultureInfo.InvariantCulture), "1" })
        {
            start.ArgumentList.Add(arg);
        }

        var stubBefore = StubCpu(server);
        var clock = Stopwatch.StartNew();
        using var node = Process.Start(start)!;
        await node.WaitForExitAsync();
        await Console.Out.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"  js (its own warm-up included): stub CPU {(StubCpu(server) - stubBefore).TotalMilliseconds / clock.Elapsed.TotalMilliseconds:P0} of wall time"));
    }

    private static TimeSpan StubCpu(Process server)
    {
        server.Refresh();
        return server.TotalProcessorTime;
    }

    private static async Task RunAsync(BoltDriver driver, Dictionary<string, object?> parameters, int transactions)
    {
        await using var session = driver.AsyncSession();
        for (var t = 0; t < transactions; t++)
        {
            await session.ExecuteWriteAsync(async transaction =>
            {
                var result = await transaction.RunAsync("UNWIND $rows AS row MERGE (e:Bench {id: row.id}) SET e += row", parameters);
                await result.ConsumeAsync();
            });
        }
    }

    private static Process StartServer()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardInput = true, UseShellExecute = false };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        start.ArgumentList.Add("serve");
        return Process.Start(start)!;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
