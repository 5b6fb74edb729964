using GraphBuilder.Nlp.Embeddings;
using GraphBuilder.Nlp.Entities;
using GraphBuilder.Nlp.Layout;
using GraphBuilder.Nlp.Models;
using GraphBuilder.Nlp.Parsing;
using GraphBuilder.Nlp.Pipeline;
using GraphBuilder.Nlp.Sentences;
using GraphBuilder.Nlp.Tagging;
using GraphBuilder.Nlp.Temporal;
using GraphBuilder.Nlp.Tokenization;

namespace GraphBuilder.Nlp;

/// <summary>
/// Builds the English pipeline without dependency injection: tokenizer, sentence splitter, news layout, part-of-speech tagger,
/// dependency parser, entity recogniser and date recogniser, in that order. Models are loaded on first use.
/// </summary>
public static class EnglishPipeline
{
    /// <summary>Creates the pipeline with the models the options select.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The pipeline.</returns>
    public static NlpPipeline Create(NlpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Create(options, CreateStore(options));
    }

    /// <summary>Creates the pipeline with models read from a store.</summary>
    /// <param name="options">The options.</param>
    /// <param name="store">The model store.</param>
    /// <returns>The pipeline.</returns>
    public static NlpPipeline Create(NlpOptions options, IModelStore store)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(store);

        // One encoding per document, shared by every stage that reads MiniLM vectors; the pipeline owns the encoders.
        var vectors = new DocumentVectors();

        // The layout stage reads the tagger's word list (which words are never proper nouns) from the same model.
        var partOfSpeech = new Lazy<PartOfSpeechModel>(() => LoadPartOfSpeech(store, options.Profile), LazyThreadSafetyMode.ExecutionAndPublication);
        List<INlpStage> stages =
        [
            new Tokenizer(),
            new SentenceSplitter(),
            new NewsLayoutRecognizer(partOfSpeech),
            new PartOfSpeechTagger(() => partOfSpeech.Value, vectors),
        ];
        if (options.Parses)
        {
            stages.Add(new DependencyParser(() => LoadDependencies(store, options.Profile), vectors));
        }

        stages.Add(new EntityRecognizer(
            () => LoadEntities(store, options.Profile),
            UsesAccurateModel(store, options.Profile) ? "ner-accurate" : "ner-fast",
            vectors));
        stages.Add(new DateRecognizer());
        return new NlpPipeline(stages, vectors);
    }

    /// <summary>Creates the model store the options select: a folder when one is set, else the embedded models.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The store.</returns>
    public static IModelStore CreateStore(NlpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrWhiteSpace(options.ModelDirectory) ? new EmbeddedModelStore() : new FileModelStore(options.ModelDirectory);
    }

    /// <summary>Loads the part-of-speech model of the <c>fast</c> profile.</summary>
    /// <param name="store">The model store.</param>
    /// <returns>The model.</returns>
    public static PartOfSpeechModel LoadPartOfSpeech(IModelStore store) => LoadPartOfSpeech(store, NlpProfile.Fast);

    /// <summary>Loads the part-of-speech model of a profile.</summary>
    /// <param name="store">The model store.</param>
    /// <param name="profile">
    /// The profile: <c>accurate</c> loads the model with MiniLM features when the store holds it (else the
    /// <c>fast</c> model); <c>fast</c> loads the sparse model.
    /// </param>
    /// <returns>The model.</returns>
    public static PartOfSpeechModel LoadPartOfSpeech(IModelStore store, NlpProfile profile)
    {
        ArgumentNullException.ThrowIfNull(store);
        var accurate = profile == NlpProfile.Accurate && store.Contains(ModelKey.PartOfSpeechAccurate);
        using var stream = store.Open(accurate ? ModelKey.PartOfSpeechAccurate : ModelKey.PartOfSpeech);
        return PartOfSpeechModel.Load(stream);
    }

    /// <summary>Loads the dependency parsing model of a profile.</summary>
    /// <param name="store">The model store.</param>
    /// <param name="profile">
    /// The profile: <c>accurate</c> loads the model with MiniLM features when the store holds it (else the sparse
    /// model); <c>fast</c> loads the sparse model.
    /// </param>
    /// <returns>The model.</returns>
    public static DependencyModel LoadDependencies(IModelStore store, NlpProfile profile)
    {
        ArgumentNullException.ThrowIfNull(store);
        var accurate = profile == NlpProfile.Accurate && store.Contains(ModelKey.DependenciesAccurate);
        using var stream = store.Open(accurate ? ModelKey.DependenciesAccurate : ModelKey.Dependencies);
        return DependencyModel.Load(stream);
    }

    /// <summary>Loads the entity model of a profile.</summary>
    /// <param name="store">The model store.</param>
    /// <param name="profile">
    /// The profile: <c>accurate</c> loads the model with MiniLM features when the store holds it (else the
    /// <c>fast</c> model); <c>fast</c> loads the sparse model.
    /// </param>
    /// <returns>The model.</returns>
    public static EntityModel LoadEntities(IModelStore store, NlpProfile profile)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var stream = store.Open(UsesAccurateModel(store, profile) ? ModelKey.EntitiesAccurate : ModelKey.EntitiesFast);
        return EntityModel.Load(stream);
    }

    /// <summary>Loads the relation classifier of a profile.</summary>
    /// <param name="store">The model store.</param>
    /// <param name="profile"><c>accurate</c> loads the model with MiniLM pair vectors when the store holds it; <c>fast</c> the sparse one.</param>
    /// <returns>The model.</returns>
    public static Relations.RelationModel LoadRelations(IModelStore store, NlpProfile profile)
    {
        ArgumentNullException.ThrowIfNull(store);
        var accurate = profile == NlpProfile.Accurate && store.Contains(ModelKey.Relations);
        using var stream = store.Open(accurate ? ModelKey.Relations : ModelKey.RelationsFast);
        return Relations.RelationModel.Load(stream);
    }

    private static bool UsesAccurateModel(IModelStore store, NlpProfile profile) =>
        profile == NlpProfile.Accurate && store.Contains(ModelKey.EntitiesAccurate);
}
