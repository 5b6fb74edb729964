using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Drafts;

/// <summary>
/// Represents one entity of an article before it is resolved against the graph.
/// </summary>
/// <param name="Kind">The entity's type.</param>
/// <param name="Name">The fullest name the article gives it, titles removed.</param>
/// <param name="Aliases">The other names the article gives or implies.</param>
/// <param name="Spans">Where the article mentions it, pronouns and descriptions included.</param>
/// <param name="Reasons">Why coreference grouped its mentions.</param>
public sealed record DraftEntity(EntityKind Kind, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<MentionSpan> Spans, IReadOnlyList<string> Reasons);
