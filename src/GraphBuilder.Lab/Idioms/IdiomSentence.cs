namespace GraphBuilder.Lab.Idioms;

/// <summary>One sentence of the news-idiom gold set and every relation it states.</summary>
/// <param name="Line">Its line in the gold file, for the error report.</param>
/// <param name="Split">Its part: <c>dev</c> (tuned on) or <c>test</c> (held out).</param>
/// <param name="Tag">The idiom it exercises; <c>neg-</c> marks one written to tempt a false relation.</param>
/// <param name="Text">The sentence.</param>
/// <param name="Expected">The relations it states (none for most negatives).</param>
internal sealed record IdiomSentence(int Line, string Split, string Tag, string Text, IReadOnlyList<IdiomTriple> Expected);
