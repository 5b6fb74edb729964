namespace GraphBuilder.Nlp.Training.Corpora;

/// <summary>
/// Represents one document of a CoNLL-2003 file: the sentences between two <c>-DOCSTART-</c> lines.
/// </summary>
/// <param name="Sentences">The sentences, in order.</param>
public sealed record ConllDocument(IReadOnlyList<ConllSentence> Sentences);
