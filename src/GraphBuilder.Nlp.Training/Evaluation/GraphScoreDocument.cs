namespace GraphBuilder.Nlp.Training.Evaluation;

/// <summary>
/// Represents one document to score: its text, its gold mentions and the graph's mentions of it.
/// </summary>
/// <param name="Name">The document's name.</param>
/// <param name="Text">The document's text, which the offsets refer to.</param>
/// <param name="Gold">Every gold mention of the document, of every type (the named ones are the score's entities; all count against spurious mentions).</param>
/// <param name="Predicted">The graph's mentions of the document.</param>
public sealed record GraphScoreDocument(
    string Name,
    string Text,
    IReadOnlyList<GraphGoldMention> Gold,
    IReadOnlyList<GraphPredictedMention> Predicted);
