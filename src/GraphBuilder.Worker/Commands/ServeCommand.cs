using System.CommandLine;
using GraphBuilder.Explorer;
using GraphBuilder.Hosting;
using GraphBuilder.Hosting.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Worker.Commands;

/// <summary>
/// <c>graphbuilder serve</c>: the explorer (read-only API and page) over the store, on loopback unless a credential is
/// configured. Composition only: the explorer is GraphBuilder.Explorer.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var store = CliOptions.Store();
        var urls = new Option<string?>("--urls")
        {
            Description = "Where to listen, URLs separated by ';' (default http://127.0.0.1:5080, or GraphBuilder:Serve:Urls); "
                + "beyond loopback only with GraphBuilder:Serve:ApiKey or User and Password configured.",
            HelpName = "urls",
        };
        var command = new Command("serve", "Serve the explorer: a read-only HTTP API and a web page to explore the graph and its evidence.") { store, urls };
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult.GetValue(store), parseResult.GetValue(urls), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string? store, string? urls, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning", ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information" },
        });
        builder.AddGraphBuilder();
        var overrides = CliHost.StoreOverride(store);
        overrides[ExplorerOptions.SectionName + ":Urls"] = urls;
        builder.Configuration.AddInMemoryCollection(overrides.Where(p => p.Value is not null));

        var storePath = CliErrors.StorePath(store, builder.Configuration);
        if (!CliErrors.StoreExists(storePath, builder.Configuration))
        {
            return CliErrors.MissingStore(storePath);
        }

        var options = builder.Configuration.GetSection(ExplorerOptions.SectionName).Get<ExplorerOptions>() ?? new ExplorerOptions();
        var listen = ExplorerBinding.Split(options.Urls);
        if (ExplorerBinding.Refusal(listen, options) is { } refusal)
        {
            return CliErrors.Report("serve refused: " + refusal, CliErrors.BadInput);
        }

        builder.WebHost.UseUrls([.. listen]);
        builder.Services.AddGraphExplorer();
        await using var app = builder.Build();
        app.Services.GetRequiredService<IStartupValidator>().Validate();
        app.UseGraphExplorer();
        await app.StartAsync(cancellationToken);
        await Console.Out.WriteLineAsync($"Explorer of {storePath} on {string.Join(", ", app.Urls)} (Ctrl+C stops)");
        await app.WaitForShutdownAsync(cancellationToken);
        return CliErrors.Ok;
    }
}
