using GraphBuilder.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GraphBuilder.Worker.Commands;

/// <summary>
/// Builds the host a command runs in, with the command line's values layered over the configuration.
/// </summary>
internal static class CliHost
{
    public const string StorePathKey = "GraphBuilder:Store:Path";

    public static IHost Build(IReadOnlyDictionary<string, string?> overrides, bool worker = false, Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });

        // One-shot commands keep the terminal for their own output; the worker logs what it does.
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = worker ? "Information" : "Warning",
                ["Logging:LogLevel:Microsoft"] = "Warning",
                ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = worker ? "Information" : "Warning",
            },
        });
        builder.AddGraphBuilder();
        builder.Configuration.AddInMemoryCollection(overrides.Where(p => p.Value is not null));
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(options =>
        {
            options.SingleLine = true;
            options.TimestampFormat = worker ? "HH:mm:ss " : null;
        });
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        configure?.Invoke(builder.Services);
        return builder.Build();
    }

    public static IConfiguration Configuration()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        builder.AddGraphBuilder();
        return builder.Configuration;
    }

    public static Dictionary<string, string?> StoreOverride(string? store) =>
        new() { [StorePathKey] = store };
}
