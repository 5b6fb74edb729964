using System.CommandLine;
using System.Globalization;
using GraphBuilder.Graph.Storage;
using GraphBuilder.Hosting.CommandLine;
using GraphBuilder.Ingestion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Worker.Commands;

/// <summary>
/// <c>graphbuilder resolve</c>: resolves every entity again from the articles' recorded drafts, as a store built from
/// scratch from the same articles would be, after an upgrade of the resolution rules.
/// </summary>
internal static class ResolveCommand
{
    public static Command Create()
    {
        var store = CliOptions.Store();
        var command = new Command("resolve", "Resolve every entity again from the articles already ingested (no NLP is run); ids that go become redirects.") { store };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var storeValue = parseResult.GetValue(store);
            using var host = CliHost.Build(CliHost.StoreOverride(storeValue));
            var storePath = CliErrors.StorePath(storeValue, host.Services.GetRequiredService<IConfiguration>());
            if (!CliErrors.StoreExists(storePath, host.Services.GetRequiredService<IConfiguration>()))
            {
                return CliErrors.MissingStore(storePath);
            }

            // With a sink configured, what changed is queued for it in the same transaction, and pushed now.
            var synchronizer = host.Services.GetRequiredService<SinkSynchronizer>();
            var writer = host.Services.GetRequiredService<IGraphWriter>();
            var summary = await writer.ResolveAllAsync(TimeProvider.System.GetUtcNow(), synchronizer.HasSinks, cancellationToken);
            await Console.Out.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"Resolved {summary.Groups} names into {summary.Entities} entities: {summary.Merges} merged, {summary.Splits} split, {summary.Redirects} new redirects."));
            if (!synchronizer.HasSinks)
            {
                return CliErrors.Ok;
            }

            var (written, pending, failure) = await synchronizer.FlushAsync(cancellationToken);
            await Console.Out.WriteLineAsync($"Wrote {written} changes to Neo4j; {pending} articles still pending.");
            if (failure is not null)
            {
                return CliErrors.Report($"Neo4j did not take every change; 'graphbuilder sync' retries them: {failure}", CliErrors.Failed);
            }

            return pending == 0 ? CliErrors.Ok : CliErrors.Report($"{pending} articles could not be written; they stay pending and 'graphbuilder sync' retries them", CliErrors.Failed);
        });
        return command;
    }
}
