using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Drafts;

/// <summary>
/// Represents a typed relation between two draft entities, with one piece of evidence.
/// </summary>
/// <param name="Source">The index of the subject in <see cref="ArticleDraft.Entities"/>.</param>
/// <param name="Target">The index of the object in <see cref="ArticleDraft.Entities"/>.</param>
/// <param name="Type">The relation type.</param>
/// <param name="Evidence">The sentence that states it.</param>
public sealed record DraftRelation(int Source, int Target, RelationKind Type, Evidence Evidence);
