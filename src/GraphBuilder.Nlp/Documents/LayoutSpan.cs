namespace GraphBuilder.Nlp.Documents;

/// <summary>One piece of page furniture in a text.</summary>
/// <param name="Kind">What the piece is.</param>
/// <param name="Span">Its characters in the untouched text (for a dateline, the prefix up to its dash).</param>
public readonly record struct LayoutSpan(LayoutKind Kind, TextSpan Span)
{
    /// <summary>Gets a value indicating whether the piece states no facts of the story: everything but a headline.</summary>
    public bool IsFurniture => Kind != LayoutKind.Headline;
}
