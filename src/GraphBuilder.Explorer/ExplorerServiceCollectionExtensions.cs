using GraphBuilder.Ingestion.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Explorer;

/// <summary>
/// Registers the explorer's services. The graph's queries (<c>IGraphQueries</c>) and reader come from the store.
/// </summary>
public static class ExplorerServiceCollectionExtensions
{
    /// <summary>Registers the validated <see cref="ExplorerOptions"/>, routing and the OpenAPI document.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddGraphExplorer(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptionsWithValidateOnStart<ExplorerOptions>().BindConfiguration(ExplorerOptions.SectionName);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ExplorerOptions>, ExplorerOptionsValidator>());
        services.AddOptions<SourcesOptions>().BindConfiguration(SourcesOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.AddRouting();
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "GraphBuilder explorer API";
            document.Info.Description = "Read-only: every list paged, every neighbourhood capped, every request bounded in time.";
            return Task.CompletedTask;
        }));
        return services;
    }
}
