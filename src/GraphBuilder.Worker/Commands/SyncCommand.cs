using System.CommandLine;
using GraphBuilder.Graph.Storage;
using GraphBuilder.Hosting.CommandLine;
using GraphBuilder.Ingestion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Worker.Commands;

/// <summary>
/// <c>graphbuilder sync [--all]</c>: pushes what Neo4j has not confirmed yet, or the whole embedded graph.
/// </summary>
internal static class SyncCommand
{
    public static Command Create()
    {
        var store = CliOptions.Store();
        var all = new Option<bool>("--all") { Description = "Push the whole embedded graph, not only what is pending." };
        var command = new Command("sync", "Write pending changes (or, with --all, the whole graph) to Neo4j.") { store, all };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var storeValue = parseResult.GetValue(store);
            using var host = CliHost.Build(CliHost.StoreOverride(storeValue));
            var configuration = host.Services.GetRequiredService<IConfiguration>();
            var storePath = CliErrors.StorePath(storeValue, configuration);
            if (!CliErrors.StoreExists(storePath, configuration))
            {
                return CliErrors.MissingStore(storePath);
            }

            var synchronizer = host.Services.GetRequiredService<SinkSynchronizer>();
            if (!synchronizer.HasSinks)
            {
                return CliErrors.Report("no Neo4j is configured: set GraphBuilder:Neo4j:Uri (or GraphBuilder__Neo4j__Uri)", CliErrors.BadInput);
            }

            var graphStore = host.Services.GetRequiredService<IChangeOutbox>();
            if (parseResult.GetValue(all))
            {
                var queued = await graphStore.EnqueueAllAsync(TimeProvider.System.GetUtcNow(), cancellationToken);
                await Console.Out.WriteLineAsync($"Queued all {queued} articles for Neo4j.");
            }

            var (written, pending, failure) = await synchronizer.FlushAsync(cancellationToken);
            await Console.Out.WriteLineAsync($"Wrote {written} changes to Neo4j; {pending} articles still pending.");
            if (failure is not null)
            {
                // Changes still in the outbox count as not written even when the ledger has nothing pending (sync --all).
                return CliErrors.Report($"Neo4j did not take every change; they stay in the outbox for the next sync: {failure}", CliErrors.Failed);
            }

            return pending == 0
                ? CliErrors.Ok
                : CliErrors.Report($"{pending} articles could not be written; they stay pending (see the log above)", CliErrors.Failed);
        });
        return command;
    }
}
