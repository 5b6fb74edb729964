using GraphBuilder.Nlp.Models;
using GraphBuilder.Nlp.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Nlp;

/// <summary>
/// Registers the English NLP pipeline with a service collection.
/// </summary>
public static class NlpServiceCollectionExtensions
{
    /// <summary>
    /// Registers validated <see cref="NlpOptions"/> bound from <see cref="NlpOptions.SectionName"/>, the model store
    /// and a singleton <see cref="NlpPipeline"/>: tokenizer, sentence splitter, part-of-speech tagger, dependency
    /// parser, entity recogniser and date recogniser, in that order.
    /// </summary>
    /// <remarks>
    /// The store and the pipeline are added only when none is registered yet, so a host can register its own
    /// pipeline (for example <see cref="EnglishPipeline.Create(NlpOptions, IModelStore)"/>'s stages followed by more)
    /// before calling this method.
    /// </remarks>
    /// <param name="services">The services.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddNlp(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptionsWithValidateOnStart<NlpOptions, NlpOptionsValidator>().BindConfiguration(NlpOptions.SectionName);
        services.TryAddSingleton<IModelStore>(sp => EnglishPipeline.CreateStore(sp.GetRequiredService<IOptions<NlpOptions>>().Value));
        services.TryAddSingleton(sp => EnglishPipeline.Create(sp.GetRequiredService<IOptions<NlpOptions>>().Value, sp.GetRequiredService<IModelStore>()));
        return services;
    }

    /// <summary>Registers the pipeline as <see cref="AddNlp(IServiceCollection)"/> does, then applies <paramref name="configure"/> to the options.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Changes the options after binding.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddNlp(this IServiceCollection services, Action<NlpOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        services.AddNlp();
        services.Configure(configure);
        return services;
    }
}
