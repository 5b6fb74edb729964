namespace GraphBuilder.Nlp.Training.Corpora;

/// <summary>
/// Represents one GUM document: its metadata, its text rebuilt from the tokens, its words and its entity mentions.
/// </summary>
/// <param name="Id">The document's identifier from its <c># newdoc id</c> line.</param>
/// <param name="Metadata">The <c># meta::name = value</c> comments, by name (<c>title</c>, <c>sourceURL</c>, <c>dateCreated</c>, ...).</param>
/// <param name="Text">
/// The text: within a sentence, tokens joined by one space unless a token has <c>SpaceAfter=No</c>; within a
/// paragraph, sentences joined by one space; paragraphs joined by a blank line. The first paragraph is the headline.
/// </param>
/// <param name="Words">The syntactic words, in order.</param>
/// <param name="Mentions">The entity mentions, ordered by first word then by length, longest first.</param>
public sealed record GumDocument(
    string Id,
    IReadOnlyDictionary<string, string> Metadata,
    string Text,
    IReadOnlyList<GumWord> Words,
    IReadOnlyList<GumMention> Mentions)
{
    /// <summary>Gets the document's title (<c>meta::title</c>), if any.</summary>
    public string? Title => Metadata.GetValueOrDefault("title");

    /// <summary>Gets the address the text was taken from (<c>meta::sourceURL</c>), if any.</summary>
    public string? SourceUrl => Metadata.GetValueOrDefault("sourceURL");

    /// <summary>Gets the text of a mention.</summary>
    /// <param name="mention">The mention.</param>
    /// <returns>The characters it covers.</returns>
    public string TextOf(GumMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return Text[mention.Start..mention.End];
    }
}
