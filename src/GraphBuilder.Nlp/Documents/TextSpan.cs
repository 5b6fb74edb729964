namespace GraphBuilder.Nlp.Documents;

/// <summary>
/// Represents a half-open range <c>[Start, End)</c> of UTF-16 code units in a document's untouched text.
/// </summary>
/// <param name="Start">The offset of the first character.</param>
/// <param name="End">The offset just past the last character.</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Gets the number of characters the span covers.</summary>
    public int Length => End - Start;

    /// <summary>Gets a value indicating whether the span covers no character.</summary>
    public bool IsEmpty => End <= Start;

    /// <summary>Returns the text the span covers in <paramref name="text"/>.</summary>
    /// <param name="text">The text the span points into.</param>
    /// <returns>The covered text.</returns>
    public string Slice(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Substring(Start, Length);
    }

    /// <summary>Returns the covered characters of <paramref name="text"/> without allocating.</summary>
    /// <param name="text">The text the span points into.</param>
    /// <returns>The covered characters.</returns>
    public ReadOnlySpan<char> AsSpan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan(Start, Length);
    }

    /// <summary>Gets a value indicating whether this span contains <paramref name="other"/> entirely.</summary>
    /// <param name="other">The span to test.</param>
    /// <returns><see langword="true"/> when <paramref name="other"/> lies within this span.</returns>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>Gets a value indicating whether this span shares at least one character with <paramref name="other"/>.</summary>
    /// <param name="other">The span to test.</param>
    /// <returns><see langword="true"/> when the spans overlap.</returns>
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;
}
