using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Storage.Postgres;

/// <summary>
/// Registers the PostgreSQL store.
/// </summary>
public static class PostgresStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="PostgresStore"/>'s roles (ledger, writer, reader, catalog, outbox, source runs,
    /// near-duplicates, the explorer's queries), with options validated at start-up.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes to the options after binding, if any.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddPostgresStore(this IServiceCollection services, Action<PostgresStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptionsWithValidateOnStart<PostgresStoreOptions>().BindConfiguration(PostgresStoreOptions.SectionName);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PostgresStoreOptions>, PostgresStoreOptionsValidator>());
        services.TryAddSingleton<PostgresStore>();
        services.TryAddSingleton(provider => provider.GetRequiredService<PostgresStore>().Ledger);
        services.TryAddSingleton(provider => provider.GetRequiredService<PostgresStore>().Writer);
        services.TryAddSingleton(provider => provider.GetRequiredService<PostgresStore>().Reader);
        services.TryAddSingleton(provider => provider.GetRequiredService<PostgresStore>().Catalog);
        services.TryAddSingleton(provider => provider.GetRequiredService<PostgresStore>().Outbox);
        services.TryAddSingleton(provider => provider.GetRequiredService<PostgresStore>().SourceRuns);
        services.TryAddSingleton(provider => provider.GetRequiredService<PostgresStore>().Workers);
        services.TryAddSingleton(provider => provider.GetRequiredService<PostgresStore>().NearDuplicates);
        services.TryAddSingleton<GraphBuilder.Graph.Queries.IGraphQueries, PostgresGraphQueries>();
        return services;
    }
}
