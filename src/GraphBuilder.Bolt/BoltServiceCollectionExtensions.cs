using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Bolt;

/// <summary>
/// Registers the Bolt client in a service collection.
/// </summary>
public static class BoltServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="BoltDriver"/> whose <see cref="BoltDriverOptions"/> bind to the
    /// "GraphBuilder:Bolt" configuration section and are validated at start-up.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adjusts the options after binding, or <see langword="null"/>.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddBoltClient(this IServiceCollection services, Action<BoltDriverOptions>? configure = null) =>
        services.AddBoltClient(BoltDriverOptions.SectionName, configure);

    /// <summary>
    /// Registers a singleton <see cref="BoltDriver"/> whose <see cref="BoltDriverOptions"/> bind to the given
    /// configuration section and are validated at start-up.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configSectionPath">The configuration section, such as <c>GraphBuilder:Neo4j</c>.</param>
    /// <param name="configure">Adjusts the options after binding, or <see langword="null"/>.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddBoltClient(this IServiceCollection services, string configSectionPath, Action<BoltDriverOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(configSectionPath);
        var builder = services
            .AddOptionsWithValidateOnStart<BoltDriverOptions, BoltDriverOptionsValidator>()
            .BindConfiguration(configSectionPath);
        services.AddSingleton<IValidateOptions<BoltDriverOptions>>(new BoltConnectionRulesValidator(configSectionPath));
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new BoltDriver(
            provider.GetRequiredService<IOptions<BoltDriverOptions>>().Value,
            provider.GetService<ILoggerFactory>(),
            provider.GetService<TimeProvider>()));
        return services;
    }
}
