using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Storage.Sqlite;

/// <summary>
/// Registers the embedded store.
/// </summary>
public static class SqliteStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SqliteStore"/>'s roles (ledger, writer, reader, catalog, outbox, source runs, near-duplicates, workers),
    /// with validated options.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes to the options after binding, if any.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddSqliteStore(this IServiceCollection services, Action<SqliteStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptionsWithValidateOnStart<SqliteStoreOptions>().BindConfiguration(SqliteStoreOptions.SectionName);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SqliteStoreOptions>, SqliteStoreOptionsValidator>());
        services.TryAddSingleton<SqliteStore>();
        services.TryAddSingleton(provider => provider.GetRequiredService<SqliteStore>().Ledger);
        services.TryAddSingleton(provider => provider.GetRequiredService<SqliteStore>().Writer);
        services.TryAddSingleton(provider => provider.GetRequiredService<SqliteStore>().Reader);
        services.TryAddSingleton(provider => provider.GetRequiredService<SqliteStore>().Catalog);
        services.TryAddSingleton(provider => provider.GetRequiredService<SqliteStore>().Outbox);
        services.TryAddSingleton(provider => provider.GetRequiredService<SqliteStore>().SourceRuns);
        services.TryAddSingleton(provider => provider.GetRequiredService<SqliteStore>().NearDuplicates);
        services.TryAddSingleton(provider => provider.GetRequiredService<SqliteStore>().Workers);
        services.TryAddSingleton<SqliteReadConnections>();
        services.TryAddSingleton<GraphBuilder.Graph.Queries.IGraphQueries, SqliteGraphQueries>();
        return services;
    }
}
