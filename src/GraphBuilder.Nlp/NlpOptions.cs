using System.ComponentModel.DataAnnotations;

namespace GraphBuilder.Nlp;

/// <summary>
/// Represents the settings of the English NLP pipeline, bound from the <c>GraphBuilder:Nlp</c> configuration section.
/// </summary>
public sealed class NlpOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "GraphBuilder:Nlp";

    /// <summary>Gets or sets the entity recognition profile: <c>fast</c> or <c>accurate</c>.</summary>
    /// <value>The default value is <see cref="NlpProfile.Accurate"/>.</value>
    /// <remarks>
    /// <c>accurate</c> adds contextual features from all-MiniLM-L6-v2 (run by OnnxRuntime on the CPU) to the entity
    /// recogniser; when a model store does not hold the accurate entity model it runs the <c>fast</c> one.
    /// </remarks>
    [EnumDataType(typeof(NlpProfile))]
    public NlpProfile Profile { get; set; } = NlpProfile.Accurate;

    /// <summary>
    /// Gets or sets a folder to read model files from (<c>&lt;name&gt;.bin.gz</c>) instead of the models embedded in
    /// the assembly.
    /// </summary>
    /// <value>The default value is <see langword="null"/>: the embedded models are used.</value>
    public string? ModelDirectory { get; set; }

    /// <summary>
    /// Gets or sets whether the pipeline parses dependencies. Unset: the <c>accurate</c> profile parses and
    /// <c>fast</c> does not (the parser would take two thirds of its time, and its relation classifier gains nothing
    /// measurable from dependency paths).
    /// </summary>
    public bool? Parse { get; set; }

    /// <summary>Gets whether the pipeline parses dependencies, after the profile's default.</summary>
    public bool Parses => Parse ?? Profile == NlpProfile.Accurate;
}
