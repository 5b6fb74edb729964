namespace GraphBuilder.Nlp.Training.Evaluation;

/// <summary>
/// Represents one mention the graph records for a document: an <c>Article -MENTIONS-> Entity</c> span.
/// </summary>
/// <param name="Start">The offset of the mention's first character.</param>
/// <param name="End">The offset just past the mention's last character.</param>
/// <param name="Node">The identifier of the entity node the mention belongs to.</param>
public sealed record GraphPredictedMention(int Start, int End, string Node);
