namespace GraphBuilder.Nlp.Documents;

/// <summary>
/// Represents one named-entity mention the recogniser found in a document.
/// </summary>
/// <param name="Span">The characters of the mention in the untouched text.</param>
/// <param name="FirstToken">The index of the mention's first token.</param>
/// <param name="TokenCount">The number of tokens the mention covers.</param>
/// <param name="Label">The recogniser's label.</param>
/// <param name="Confidence">The recogniser's confidence in the span and label, in [0, 1].</param>
/// <param name="Extractor">The name of the stage that found the mention.</param>
public sealed record EntityMention(TextSpan Span, int FirstToken, int TokenCount, EntityLabel Label, double Confidence, string Extractor)
{
    /// <summary>Gets the index just past the mention's last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
