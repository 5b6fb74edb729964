using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GraphBuilder.Hosting.CommandLine;

/// <summary>
/// Builds the host a command runs in, with the command line's values layered over the configuration.
/// </summary>
public static class CliHost
{
    /// <summary>The configuration key of the embedded store's file.</summary>
    public const string StorePathKey = "GraphBuilder:Store:Path";

    /// <summary>Builds the host of one command.</summary>
    /// <param name="overrides">Configuration values from the command line, over every other source.</param>
    /// <param name="worker">Whether the host is the long-running worker, which logs what it does.</param>
    /// <param name="configure">Further registrations, if any.</param>
    /// <returns>The host, not yet started.</returns>
    public static IHost Build(IReadOnlyDictionary<string, string?> overrides, bool worker = false, Action<IServiceCollection>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var builder = Host.CreateApplicationBuilder(Settings());

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

    /// <summary>Reads the configuration a command would run with, without building a host.</summary>
    /// <returns>The configuration.</returns>
    public static IConfiguration Configuration()
    {
        var builder = Host.CreateApplicationBuilder(Settings());
        builder.AddGraphBuilder();
        return builder.Configuration;
    }

    private static HostApplicationBuilderSettings Settings()
    {
        // Reloading on change watches the working folder and everything below it: every write to a store there (each
        // WAL page) would wake the watcher, which cost a core's share in the ingestion profile. Settings are read once.
        var configuration = new ConfigurationManager();
        configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["hostBuilder:reloadConfigOnChange"] = "false" });
        return new HostApplicationBuilderSettings { Args = [], Configuration = configuration };
    }

    /// <summary>Makes the configuration override of a <c>--store</c> value.</summary>
    /// <param name="store">The value, or <see langword="null"/> when not given.</param>
    /// <returns>The override.</returns>
    public static Dictionary<string, string?> StoreOverride(string? store) =>
        new() { [StorePathKey] = store };
}
