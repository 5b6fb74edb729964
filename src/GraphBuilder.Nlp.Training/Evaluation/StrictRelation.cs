namespace GraphBuilder.Nlp.Training.Evaluation;

/// <summary>The strict identity of a relation.</summary>
/// <param name="HeadStart">The head's first token.</param>
/// <param name="HeadEnd">The head's end (exclusive).</param>
/// <param name="HeadType">The head's entity type.</param>
/// <param name="TailStart">The tail's first token.</param>
/// <param name="TailEnd">The tail's end (exclusive).</param>
/// <param name="TailType">The tail's entity type.</param>
/// <param name="Type">The relation type.</param>
public readonly record struct StrictRelation(int HeadStart, int HeadEnd, string HeadType, int TailStart, int TailEnd, string TailType, string Type);
