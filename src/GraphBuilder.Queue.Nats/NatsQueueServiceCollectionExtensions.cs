using GraphBuilder.Ingestion;
using GraphBuilder.Ingestion.Queue;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Queue.Nats;

/// <summary>
/// Registers the NATS JetStream work queue.
/// </summary>
public static class NatsQueueServiceCollectionExtensions
{
    /// <summary>
    /// Registers the NATS JetStream work queue as the <see cref="IWorkQueue"/>, with its validated options from
    /// <c>GraphBuilder:Queue</c>. Ingestion (the runner the consumers use) is registered too.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes to the options after binding, if any.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddNatsQueue(this IServiceCollection services, Action<NatsQueueOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddIngestion();
        var options = services.AddOptionsWithValidateOnStart<NatsQueueOptions>().BindConfiguration(NatsQueueOptions.SectionName);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NatsQueueOptions>, NatsQueueOptionsValidator>());
        services.TryAddSingleton<NatsWorkQueue>();
        services.Replace(ServiceDescriptor.Singleton<IWorkQueue>(provider => provider.GetRequiredService<NatsWorkQueue>()));
        return services;
    }
}
