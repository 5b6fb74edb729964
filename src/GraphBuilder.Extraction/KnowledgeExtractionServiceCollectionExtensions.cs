using GraphBuilder.Graph.Drafts;
using GraphBuilder.Nlp;
using GraphBuilder.Nlp.Models;
using GraphBuilder.Nlp.Pipeline;
using GraphBuilder.Nlp.Relations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Extraction;

/// <summary>
/// Registers knowledge extraction: the one place where the whole pipeline, NLP and extraction, is assembled.
/// </summary>
public static class KnowledgeExtractionServiceCollectionExtensions
{
    /// <summary>
    /// Registers the NLP pipeline (<see cref="NlpServiceCollectionExtensions.AddNlp(IServiceCollection)"/>), the
    /// extraction stages after it (with the trained relation classifier when the model store holds it), and
    /// <see cref="KnowledgeExtractor"/> as the <see cref="IArticleExtractor"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddKnowledgeExtraction(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddNlp();
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<NlpOptions>>().Value;
            var store = provider.GetRequiredService<IModelStore>();
            var relations = store.Contains(ModelKey.RelationsFast) ? () => EnglishPipeline.LoadRelations(store, options.Profile) : (Func<RelationModel>?)null;
            return new KnowledgeExtractor(provider.GetRequiredService<NlpPipeline>(), ExtractionStages.Create(relations));
        });
        services.TryAddSingleton<IArticleExtractor>(provider => provider.GetRequiredService<KnowledgeExtractor>());
        return services;
    }

    /// <summary>
    /// Registers knowledge extraction as <see cref="AddKnowledgeExtraction(IServiceCollection)"/> does, then applies
    /// <paramref name="configure"/> to the NLP options.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Changes the NLP options after binding.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddKnowledgeExtraction(this IServiceCollection services, Action<NlpOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        services.AddKnowledgeExtraction();
        services.Configure(configure);
        return services;
    }
}
