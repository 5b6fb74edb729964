using System.CommandLine;
using GraphBuilder.Hosting.CommandLine;
using GraphBuilder.Ingestion;
using GraphBuilder.Ingestion.Queue;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Worker.Commands;

/// <summary>
/// <c>graphbuilder run</c>: the hosted worker, ingesting the configured sources on their schedules until stopped.
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var store = CliOptions.Store();
        var command = new Command("run", "Run the worker: ingest the sources configured under GraphBuilder:Sources on their cron schedules.") { store };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = CliHost.Build(CliHost.StoreOverride(parseResult.GetValue(store)), worker: true, services =>
            {
                services.AddScheduledIngestion();

                // SIGTERM: the run in progress stops between articles or inside one (each article commits whole or not at
                // all; one stopped inside is left for the next run) within GraphBuilder:Worker:ShutdownTimeout.
                services.AddOptions<HostOptions>().Configure<IConfiguration>((options, configuration) =>
                    options.ShutdownTimeout = WorkerShutdown.Timeout(configuration));
            });

            // Validate the configuration before the host starts, so a mistake is one line, not a logged stack trace.
            host.Services.GetRequiredService<IStartupValidator>().Validate();

            // Likewise a work queue server that cannot be reached: one line naming it, before the host logs anything.
            await host.Services.GetRequiredService<IWorkQueue>().StartAsync(cancellationToken);
            await host.RunAsync(cancellationToken);
            return CliErrors.Ok;
        });
        return command;
    }
}
