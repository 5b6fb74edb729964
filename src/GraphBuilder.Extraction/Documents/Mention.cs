using GraphBuilder.Graph.Model;
using GraphBuilder.Nlp.Documents;

namespace GraphBuilder.Extraction.Documents;

/// <summary>
/// Represents one mention of an entity as knowledge extraction sees it: typed in the graph's vocabulary, with how it
/// refers to its entity and, once coreference has run, the chain it belongs to.
/// </summary>
/// <param name="Span">The characters of the mention in the untouched text.</param>
/// <param name="FirstToken">The index of the mention's first token.</param>
/// <param name="TokenCount">The number of tokens the mention covers.</param>
/// <param name="Kind">The kind of entity mentioned.</param>
/// <param name="Confidence">The confidence in the span and kind, in [0, 1].</param>
/// <param name="Extractor">The name of the stage that found the mention.</param>
public sealed record Mention(TextSpan Span, int FirstToken, int TokenCount, EntityKind Kind, double Confidence, string Extractor)
{
    /// <summary>Gets how the mention refers to its entity.</summary>
    public MentionForm Form { get; init; } = MentionForm.Name;

    /// <summary>
    /// Gets the index in <see cref="KnowledgeDocument.Chains"/> of the coreference chain the mention belongs to,
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

    /// <summary>Takes a recogniser's mention into the graph's vocabulary.</summary>
    /// <param name="mention">The recogniser's mention.</param>
    /// <returns>The mention, of the kind its label maps to.</returns>
    public static Mention From(EntityMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return new Mention(mention.Span, mention.FirstToken, mention.TokenCount, KindOf(mention.Label), mention.Confidence, mention.Extractor);
    }

    /// <summary>
    /// Maps a recogniser's label to the graph's entity kind (miscellaneous names are <see cref="EntityKind.Other"/>
    /// until typing refines them).
    /// </summary>
    /// <param name="label">The label.</param>
    /// <returns>The kind.</returns>
    public static EntityKind KindOf(EntityLabel label) => label switch
    {
        EntityLabel.Person => EntityKind.Person,
        EntityLabel.Organization => EntityKind.Organization,
        EntityLabel.Location => EntityKind.Location,
        _ => EntityKind.Other,
    };
}
