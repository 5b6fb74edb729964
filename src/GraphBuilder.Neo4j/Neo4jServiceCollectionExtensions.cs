using GraphBuilder.Bolt;
using GraphBuilder.Graph.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GraphBuilder.Neo4j;

/// <summary>
/// Registers the Neo4j sink.
/// </summary>
public static class Neo4jServiceCollectionExtensions
{
    /// <summary>
    /// When <c>GraphBuilder:Neo4j:Uri</c> is configured, registers the Bolt driver with its options bound to the same
    /// section, validated <see cref="Neo4jSinkOptions"/>, and the Neo4j sink as an <see cref="IGraphSink"/>; without a
    /// URI the embedded store works alone.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration, read to decide whether a server is configured.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddNeo4jSink(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (!string.IsNullOrWhiteSpace(configuration[$"{Neo4jSinkOptions.SectionName}:Uri"]))
        {
            services.AddOptionsWithValidateOnStart<Neo4jSinkOptions, Neo4jSinkOptionsValidator>().BindConfiguration(Neo4jSinkOptions.SectionName);
            // Neo4j's own default user, as its drivers and tools assume when only a password is given.
            services.AddBoltClient(Neo4jSinkOptions.SectionName, options => options.User ??= options.Password is null ? null : "neo4j");
            services.TryAddSingleton<Neo4jGraphSink>();
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IGraphSink, Neo4jGraphSink>(provider => provider.GetRequiredService<Neo4jGraphSink>()));
        }

        return services;
    }
}
