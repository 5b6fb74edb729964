using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Resolution;

namespace GraphBuilder.Graph.Drafts;

/// <summary>
/// Represents one entity of an article before it is resolved against the graph: what the article says of it, which is
/// all resolution ever reads, so the graph can always be resolved again from the articles' drafts.
/// </summary>
/// <param name="Kind">The entity's type in this article.</param>
/// <param name="Name">The fullest name the article gives it, titles removed.</param>
/// <param name="Aliases">The other names the article gives it (its written forms and the acronyms it defines).</param>
/// <param name="Spans">Where the article mentions it, pronouns and descriptions included.</param>
/// <param name="Reasons">Why coreference grouped its mentions.</param>
public sealed record DraftEntity(EntityKind Kind, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<MentionSpan> Spans, IReadOnlyList<string> Reasons)
{
    private IReadOnlyDictionary<string, int>? _forms;
    private IReadOnlyDictionary<EntityKind, long>? _kindWeights;

    /// <summary>Gets the draft's anchor, the key resolution groups names by (<see cref="NameAnchor"/>).</summary>
    public string Anchor => NameAnchor.Of(Name, Kind);

    /// <summary>
    /// Gets each written form of the name (titles removed) with the number of mentions that use it; by default the
    /// name and its aliases once each.
    /// </summary>
    public IReadOnlyDictionary<string, int> Forms
    {
        get => _forms ??= new[] { Name }.Concat(Aliases).Distinct(StringComparer.Ordinal).ToDictionary(f => f, _ => 1, StringComparer.Ordinal);
        init => _forms = value;
    }

    /// <summary>
    /// Gets the confidence its mentions give each type, in thousandths, summed: the draft's vote in the type of its
    /// entity. By default its one type with the weight of one confident mention.
    /// </summary>
    public IReadOnlyDictionary<EntityKind, long> KindWeights
    {
        get => _kindWeights ??= new Dictionary<EntityKind, long> { [Kind] = 1000 };
        init => _kindWeights = value;
    }

    /// <summary>Gets the acronyms the article defines or uses for the entity (never invented from initials).</summary>
    public IReadOnlyList<string> Acronyms { get; init; } = [];
}
