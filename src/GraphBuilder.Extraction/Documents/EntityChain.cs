using GraphBuilder.Graph.Model;

namespace GraphBuilder.Extraction.Documents;

/// <summary>
/// Represents the mentions of one entity within a document, as coreference grouped them.
/// </summary>
/// <param name="Index">The zero-based position of the chain in <see cref="KnowledgeDocument.Chains"/>.</param>
/// <param name="Kind">The kind of the entity.</param>
/// <param name="CanonicalName">The fullest proper name the document gives the entity.</param>
/// <param name="Mentions">The indices in <see cref="KnowledgeDocument.Entities"/> of the chain's mentions, in text order.</param>
/// <param name="Aliases">The other names the document gives or implies for the entity (variants, acronyms).</param>
public sealed record EntityChain(int Index, EntityKind Kind, string CanonicalName, IReadOnlyList<int> Mentions, IReadOnlyList<string> Aliases)
{
    /// <summary>Gets the reasons, one per merged name, why coreference put names into this chain.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>
    /// Gets the confidence the chain's named mentions gave each type before coreference settled on
    /// <see cref="Kind"/>, in thousandths, summed: the chain's vote when articles disagree on the entity's type.
    /// </summary>
    public IReadOnlyDictionary<EntityKind, long> KindWeights { get; init; } = new Dictionary<EntityKind, long>();

    /// <summary>Gets each written form of the name (acronyms included) with the number of mentions that use it.</summary>
    public IReadOnlyDictionary<string, int> Forms { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);
}
