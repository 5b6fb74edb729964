namespace GraphBuilder.Nlp.Documents;

/// <summary>
/// Represents one sentence: its characters and the contiguous run of tokens it holds.
/// </summary>
/// <param name="Index">The zero-based position of the sentence in <see cref="Document.Sentences"/>.</param>
/// <param name="Span">The characters of the sentence, from its first token to its last.</param>
/// <param name="FirstToken">The index of the sentence's first token.</param>
/// <param name="TokenCount">The number of tokens in the sentence.</param>
public readonly record struct Sentence(int Index, TextSpan Span, int FirstToken, int TokenCount)
{
    /// <summary>Gets the index just past the sentence's last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
