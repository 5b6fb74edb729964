using GraphBuilder.Extraction;
using GraphBuilder.Ingestion;
using GraphBuilder.Ingestion.Queue;
using GraphBuilder.Neo4j;
using GraphBuilder.Queue.Nats;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace GraphBuilder.Hosting;

/// <summary>
/// Composes GraphBuilder: the one place that knows every implementation and picks them from configuration.
/// </summary>
public static class GraphBuilderHostApplicationBuilderExtensions
{
    /// <summary>
    /// Adds configuration from the <c>appsettings.json</c> beside the executable (below the working folder's
    /// <c>appsettings.json</c>, environment variables and command-line values), and registers knowledge extraction
    /// (the NLP pipeline and the extraction stages), the store <c>GraphBuilder:Store:Provider</c> names (the embedded
    /// SQLite file by default, or PostgreSQL), ingestion, the metrics exporter <c>GraphBuilder:Telemetry:Exporter</c>
    /// names, the work queue <c>GraphBuilder:Queue:Provider</c> names and, when <c>GraphBuilder:Neo4j:Uri</c> is set,
    /// the Neo4j sink.
    /// </summary>
    /// <param name="builder">The host builder.</param>
    /// <returns>The host builder.</returns>
    public static IHostApplicationBuilder AddGraphBuilder(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var shipped = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        if (File.Exists(shipped)
            && !string.Equals(
                Path.GetFullPath(shipped),
                Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, "appsettings.json")),
                StringComparison.Ordinal))
        {
            ((IList<IConfigurationSource>)builder.Configuration.Sources).Insert(0, new JsonConfigurationSource
            {
                Path = "appsettings.json",
                Optional = true,
                FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
            });
        }

        var services = builder.Services;

        services.AddKnowledgeExtraction();
        services.AddGraphStore(builder.Configuration);
        services.AddIngestion();
        if (string.Equals(builder.Configuration[$"{QueueOptions.SectionName}:Provider"], QueueOptions.Nats, StringComparison.OrdinalIgnoreCase))
        {
            // Several workers share the work through NATS JetStream; otherwise each runs its sources in-process.
            services.AddNatsQueue();
        }

        services.AddNeo4jSink(builder.Configuration);
        services.AddGraphBuilderTelemetry(builder.Configuration);
        return builder;
    }
}
