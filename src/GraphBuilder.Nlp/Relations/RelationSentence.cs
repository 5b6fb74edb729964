namespace GraphBuilder.Nlp.Relations;

/// <summary>One sentence as the relation classifier sees it.</summary>
/// <param name="Tokens">The words.</param>
/// <param name="Tags">The universal part-of-speech tags, one per word, when a tagger has run.</param>
/// <param name="Entities">The candidate arguments.</param>
public sealed record RelationSentence(IReadOnlyList<string> Tokens, IReadOnlyList<string>? Tags, IReadOnlyList<RelationArgument> Entities)
{
    /// <summary>
    /// The syntactic head of each word (an index into <see cref="Tokens"/>, or -1 for the root) when a parser has
    /// run; the classifier then adds the dependency path between the arguments to its features.
    /// </summary>
    public IReadOnlyList<int>? Heads { get; init; }

    /// <summary>
    /// Standardised contextual vectors of the words (MiniLM, <c>384</c> floats per word, word after word) when the
    /// model reads them; see <see cref="RelationModel.ContextualLayer"/>.
    /// </summary>
    public float[]? Vectors { get; init; }
}
