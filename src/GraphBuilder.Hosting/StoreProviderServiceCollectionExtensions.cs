using GraphBuilder.Graph.Storage;
using GraphBuilder.Storage.Postgres;
using GraphBuilder.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Hosting;

/// <summary>
/// Registers the store <c>GraphBuilder:Store:Provider</c> names: <c>Sqlite</c> (the default, the embedded file) or
/// <c>Postgres</c> (one database shared by many workers).
/// </summary>
public static class StoreProviderServiceCollectionExtensions
{
    /// <summary>The configuration key of the store's provider.</summary>
    public const string ProviderKey = "GraphBuilder:Store:Provider";

    /// <summary>Gets whether the configuration names the PostgreSQL store.</summary>
    /// <param name="configuration">The configuration.</param>
    /// <returns><see langword="true"/> for <c>Postgres</c>.</returns>
    /// <exception cref="OptionsValidationException">The provider is neither <c>Sqlite</c> nor <c>Postgres</c>.</exception>
    public static bool UsesPostgres(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var provider = configuration[ProviderKey];
        if (string.IsNullOrWhiteSpace(provider) || provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase) || provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        throw new OptionsValidationException(ProviderKey, typeof(string), [$"{ProviderKey} must be Sqlite or Postgres, not '{provider}'"]);
    }

    /// <summary>Registers the configured store's roles.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration, read now because the provider shapes the registrations.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        bool postgres;
        try
        {
            postgres = UsesPostgres(configuration);
        }
        catch (OptionsValidationException exception)
        {
            // Composition never throws (the error report reads the configuration through it): the store's roles do,
            // when a command or the worker's start-up asks for them.
            services.AddOptions<StoreProviderCheck>().Validate(_ => false, exception.Message);
            services.AddOptionsWithValidateOnStart<StoreProviderCheck>();
            services.AddSqliteStore();
            foreach (var role in (Type[])[typeof(IArticleLedger), typeof(IGraphWriter), typeof(IGraphReader), typeof(IEntityCatalog), typeof(IChangeOutbox), typeof(ISourceRunLog), typeof(INearDuplicateIndex)])
            {
                services.AddSingleton(role, provider => throw new OptionsValidationException(ProviderKey, typeof(string), [exception.Message]));
            }

            return services;
        }

        return postgres ? services.AddPostgresStore() : services.AddSqliteStore();
    }
}
