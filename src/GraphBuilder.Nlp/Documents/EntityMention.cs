namespace GraphBuilder.Nlp.Documents;

/// <summary>
/// Represents one mention of an entity in a document.
/// </summary>
/// <param name="Span">The characters of the mention in the untouched text.</param>
/// <param name="FirstToken">The index of the mention's first token.</param>
/// <param name="TokenCount">The number of tokens the mention covers.</param>
/// <param name="Kind">The kind of entity mentioned.</param>
/// <param name="Confidence">The recogniser's confidence in the span and kind, in [0, 1].</param>
/// <param name="Extractor">The name of the stage that found the mention.</param>
public sealed record EntityMention(TextSpan Span, int FirstToken, int TokenCount, EntityKind Kind, double Confidence, string Extractor)
{
    /// <summary>Gets how the mention refers to its entity.</summary>
    public MentionForm Form { get; init; } = MentionForm.Name;

    /// <summary>
    /// Gets the index in <see cref="Document.Chains"/> of the coreference chain the mention belongs to,
    /// or -1 until coreference has run.
    /// </summary>
    public int Chain { get; init; } = -1;

    /// <summary>
    /// Gets the name the mention stands for when it differs from its words, such as <c>Russia</c> for the adjective
    /// <c>Russian</c> in <c>Russian President Vladimir Putin</c>; <see langword="null"/> when the words are the name.
    /// </summary>
    public string? Name { get; init; }

    /// <summary>Gets the index just past the mention's last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
