using GraphBuilder.Ingestion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace GraphBuilder.Hosting;

/// <summary>
/// Registers OpenTelemetry metrics with the exporter <c>GraphBuilder:Telemetry:Exporter</c> names.
/// </summary>
public static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// Registers the validated <see cref="TelemetryOptions"/> and, unless the exporter is <c>none</c>, an OpenTelemetry
    /// meter provider for the <c>GraphBuilder</c> meter with that exporter. It runs while the host runs (the worker).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration, read now because the exporter shapes the registrations.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddGraphBuilderTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptionsWithValidateOnStart<TelemetryOptions>().BindConfiguration(TelemetryOptions.SectionName);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TelemetryOptions>, TelemetryOptionsValidator>());

        var options = new TelemetryOptions();
        configuration.GetSection(TelemetryOptions.SectionName).Bind(options);
        var exporter = options.Exporter.ToUpperInvariant();
        if (exporter is not ("CONSOLE" or "PROMETHEUS"))
        {
            // "none", or a mistake that start-up validation reports.
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("graphbuilder"))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(IngestionMetrics.MeterName);
                if (exporter == "CONSOLE")
                {
                    metrics.AddConsoleExporter((_, reader) => reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = 10_000);
                }
                else
                {
                    metrics.AddPrometheusHttpListener(listener =>
                    {
                        listener.Host = options.PrometheusHost;
                        listener.Port = options.PrometheusPort;
                    });
                }
            });
        return services;
    }
}
