using GraphBuilder.Ingestion.Queue;
using GraphBuilder.Ingestion.Reading;
using GraphBuilder.Ingestion.Scheduling;
using GraphBuilder.Ingestion.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Ingestion;

/// <summary>
/// Registers ingestion: the file reader, the runner, the sink synchronizer and the source types.
/// </summary>
public static class IngestionServiceCollectionExtensions
{
    /// <summary>Registers ingestion's services and validated options. The NLP pipeline and the store come from elsewhere.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes to the options after binding, if any.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddIngestion(this IServiceCollection services, Action<IngestionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(descriptor => descriptor.ServiceType == typeof(IngestionRunner)))
        {
            // Binding twice would append every configured source a second time.
            return services;
        }

        var options = services.AddOptionsWithValidateOnStart<IngestionOptions>().BindConfiguration(IngestionOptions.SectionName);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IngestionOptions>, IngestionOptionsValidator>());
        services.AddOptionsWithValidateOnStart<SinkResilienceOptions>().BindConfiguration(SinkResilienceOptions.SectionName);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SinkResilienceOptions>, SinkResilienceOptionsValidator>());
        services.AddOptionsWithValidateOnStart<SourcesOptions>().BindConfiguration(SourcesOptions.SectionName);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SourcesOptions>, SourcesOptionsValidator>());
        services.AddOptionsWithValidateOnStart<QueueOptions>().BindConfiguration(QueueOptions.SectionName);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<QueueOptions>, QueueOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<IngestionMetrics>();
        services.TryAddSingleton<ArticleFileReader>();
        services.TryAddSingleton<SinkSynchronizer>();
        services.TryAddSingleton<IngestionRunner>();

        // The in-process queue unless a distributed one (registered by the host's composition) replaces it.
        services.TryAddSingleton<IWorkQueue, InProcessWorkQueue>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<INewsSourceFactory, FolderSourceFactory>());
        services.AddHttpClient(FeedSourceFactory.HttpClientName, client =>
            {
                // The fetcher keeps one deadline over headers and body (IngestionOptions.RequestTimeout).
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("GraphBuilder/1.0 (+news knowledge graph)");
            })
            .ConfigurePrimaryHttpMessageHandler(GuardedHttpHandler.Create);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<INewsSourceFactory, FeedSourceFactory>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<INewsSourceFactory, JsonLinesSourceFactory>());
        return services;
    }

    /// <summary>Registers the hosted worker that runs the configured sources on their schedules.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddScheduledIngestion(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddIngestion();
        services.TryAddSingleton<ScheduledIngestionService>();
        services.AddHostedService(provider => provider.GetRequiredService<ScheduledIngestionService>());
        return services;
    }
}
