namespace GraphBuilder.Nlp.Models;

/// <summary>
/// Identifies a trained model: its language, its name and the version of its format and training.
/// </summary>
/// <param name="Language">The ISO 639-1 language code, such as <c>en</c>.</param>
/// <param name="Name">The model's name, such as <c>pos-ewt</c>; also its file name without <c>.bin.gz</c>.</param>
/// <param name="Version">The model's version.</param>
public readonly record struct ModelKey(string Language, string Name, string Version)
{
    /// <summary>Gets the model's file name.</summary>
    public string FileName => Name + ".bin.gz";

    /// <summary>Gets the key of the shipped English part-of-speech model of the <c>fast</c> profile (UD English EWT).</summary>
    public static ModelKey PartOfSpeech => new("en", "pos-ewt", "1");

    /// <summary>
    /// Gets the key of the shipped English part-of-speech model of the <c>accurate</c> profile (UD English EWT, with
    /// MiniLM layer-3 vectors as dense features).
    /// </summary>
    public static ModelKey PartOfSpeechAccurate => new("en", "pos-ewt-accurate", "1");

    /// <summary>Gets the key of the shipped English entity model of the <c>fast</c> profile (CoNLL-2003).</summary>
    public static ModelKey EntitiesFast => new("en", "ner-conll03-fast", "1");

    /// <summary>
    /// Gets the key of the shipped English entity model of the <c>accurate</c> profile (CoNLL-2003, with MiniLM
    /// layer-3 vectors as dense features).
    /// </summary>
    public static ModelKey EntitiesAccurate => new("en", "ner-conll03-accurate", "1");

    /// <summary>The relation classifier trained on CoNLL04, with MiniLM pair vectors (the <c>accurate</c> profile).</summary>
    public static ModelKey Relations => new("en", "relations-conll04", "1");

    /// <summary>The relation classifier trained on CoNLL04 with sparse features only (the <c>fast</c> profile).</summary>
    public static ModelKey RelationsFast => new("en", "relations-conll04-fast", "1");

    /// <summary>The entity recogniser trained on CoNLL04's entity conventions (Peop, Org, Loc, Other), used to evaluate relations on CoNLL04.</summary>
    public static ModelKey EntitiesConll04 => new("en", "ner-conll04", "1");

    /// <summary>Gets the key of the shipped English dependency parsing model (UD English EWT).</summary>
    public static ModelKey Dependencies => new("en", "deps-ewt", "1");

    /// <summary>
    /// Gets the key of the shipped English dependency parsing model of the <c>accurate</c> profile (UD English EWT,
    /// with MiniLM layer-3 vectors as dense features).
    /// </summary>
    public static ModelKey DependenciesAccurate => new("en", "deps-ewt-accurate", "1");
}
