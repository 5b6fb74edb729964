namespace GraphBuilder.Nlp.Documents;

/// <summary>
/// Represents the syntactic head of one token.
/// </summary>
/// <param name="Head">The index in <see cref="Document.Tokens"/> of the head token, or -1 for a sentence root.</param>
/// <param name="Label">The Universal Dependencies relation label, such as <c>nsubj</c>.</param>
public readonly record struct DependencyArc(int Head, string Label);
