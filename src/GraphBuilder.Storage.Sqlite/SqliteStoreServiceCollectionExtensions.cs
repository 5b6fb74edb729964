using GraphBuilder.Graph.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Storage.Sqlite;

/// <summary>
/// Registers the embedded store.
/// </summary>
public static class SqliteStoreServiceCollectionExtensions
{
    /// <summary>Registers <see cref="SqliteGraphStore"/> as the <see cref="IGraphStore"/>, with validated options.</summary>
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
        services.TryAddSingleton<SqliteGraphStore>();
        services.TryAddSingleton<IGraphStore>(provider => provider.GetRequiredService<SqliteGraphStore>());
        services.TryAddSingleton<IEntityCatalog>(provider => provider.GetRequiredService<SqliteGraphStore>());
        return services;
    }
}
