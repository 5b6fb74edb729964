namespace GraphBuilder.Nlp.Training.Corpora;

/// <summary>
/// Represents one sentence of a CoNLL-2003 file: its tokens and their IOB2 entity tags.
/// </summary>
/// <param name="Tokens">The tokens.</param>
/// <param name="Tags">One IOB2 tag per token, such as <c>B-PER</c> or <c>O</c>.</param>
public sealed record ConllSentence(IReadOnlyList<string> Tokens, IReadOnlyList<string> Tags);
