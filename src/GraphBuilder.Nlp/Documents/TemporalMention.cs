namespace GraphBuilder.Nlp.Documents;

/// <summary>
/// Represents a date, time or duration in the text, normalised to ISO 8601 where the text allows.
/// </summary>
/// <param name="Span">The characters of the expression.</param>
/// <param name="Kind">The kind of expression.</param>
/// <param name="Value">
/// The ISO 8601 value (<c>2017-06-15</c>, <c>2016-07</c>, <c>P2Y</c>, <c>2015/2017-02</c>), or <see langword="null"/> when it
/// cannot be normalised.
/// </param>
public sealed record TemporalMention(TextSpan Span, TemporalKind Kind, string? Value);
