namespace GraphBuilder.Nlp.Training.Corpora;

/// <summary>
/// Represents one sentence of a CoNLL-U file.
/// </summary>
/// <param name="Text">The sentence's raw text from its <c># text</c> line, if any.</param>
/// <param name="Forms">The forms of the syntactic words.</param>
/// <param name="UniversalTags">One UPOS tag per word.</param>
/// <param name="Tokens">The surface tokens as ranges of words: a multiword token such as <c>don't</c> covers two.</param>
/// <param name="StartsDocument">Whether a <c># newdoc</c> line precedes the sentence.</param>
public sealed record ConlluSentence(
    string? Text,
    IReadOnlyList<string> Forms,
    IReadOnlyList<string> UniversalTags,
    IReadOnlyList<ConlluToken> Tokens,
    bool StartsDocument)
{
    /// <summary>
    /// Gets the head of each word as a zero-based word index, -1 for the root, or is empty when the file gives no
    /// heads (an underscore in the HEAD column).
    /// </summary>
    public IReadOnlyList<int> Heads { get; init; } = [];

    /// <summary>Gets the dependency relation (DEPREL, with any subtype) of each word, or is empty when <see cref="Heads"/> is.</summary>
    public IReadOnlyList<string> Relations { get; init; } = [];
}
