namespace GraphBuilder.Nlp.Embeddings;

/// <summary>Gives the standardised vectors of a run of a document's tokens (usually a sentence), token after token.</summary>
/// <param name="start">The first token.</param>
/// <param name="count">The number of tokens.</param>
/// <returns>The vectors, valid until the next call.</returns>
internal delegate ReadOnlySpan<float> TokenVectors(int start, int count);
