using GraphBuilder.Nlp.Documents;

namespace GraphBuilder.Nlp.Embeddings;

/// <summary>
/// Computes one contextual vector per token of a document (the transformer behind the <c>accurate</c> profile).
/// </summary>
internal interface ITokenEncoder
{
    /// <summary>Computes the vectors of a document's tokens, token after token.</summary>
    /// <param name="text">The document's text.</param>
    /// <param name="spans">The tokens' spans in <paramref name="text"/>.</param>
    /// <param name="sentences">The sentences as (first token, token count), in order.</param>
    /// <param name="cancellationToken">A token checked between runs of the encoder.</param>
    /// <returns>One vector per token, token after token.</returns>
    float[] Encode(string text, ReadOnlySpan<TextSpan> spans, IReadOnlyList<(int Start, int Count)> sentences, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lays a document out for encoding in runs, so that a part of it can be encoded with the same context as in
    /// <see cref="Encode"/> (which encodes every run of the same plan).
    /// </summary>
    /// <param name="text">The document's text.</param>
    /// <param name="spans">The tokens' spans in <paramref name="text"/>.</param>
    /// <param name="sentences">The sentences as (first token, token count), in order.</param>
    /// <returns>The plan; it holds no reference to <paramref name="text"/>.</returns>
    IEncodingPlan Plan(string text, ReadOnlySpan<TextSpan> spans, IReadOnlyList<(int Start, int Count)> sentences);
}
