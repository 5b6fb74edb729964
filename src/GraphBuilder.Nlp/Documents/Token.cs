namespace GraphBuilder.Nlp.Documents;

/// <summary>
/// Represents one token: its position in the document's token list and its characters in the untouched text.
/// </summary>
/// <param name="Index">The zero-based position of the token in <see cref="Document.Tokens"/>.</param>
/// <param name="Span">The characters of the token.</param>
public readonly record struct Token(int Index, TextSpan Span);
