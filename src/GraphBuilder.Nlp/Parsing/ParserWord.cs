namespace GraphBuilder.Nlp.Parsing;

/// <summary>
/// Holds the hashes of one word that the parser's feature templates read, computed once per sentence.
/// </summary>
internal struct ParserWord
{
    /// <summary>The word lower-cased.</summary>
    public ulong Word;

    /// <summary>The word's Universal POS tag.</summary>
    public ulong Tag;

    /// <summary>The lower-cased word and its tag together.</summary>
    public ulong WordTag;

    /// <summary>The lower-cased suffix of three characters.</summary>
    public ulong Suffix;

    /// <summary>The compressed shape (<c>Xx</c>, <c>d.d</c>), which carries capitalisation.</summary>
    public ulong Shape;

    /// <summary>Gets the values of a missing word (an empty stack or buffer position).</summary>
    public static ParserWord None { get; } = new()
    {
        Word = 0x6E6F6E6577UL,
        Tag = 0x6E6F6E6574UL,
        WordTag = 0x6E6F6E6577740000UL,
        Suffix = 0x6E6F6E6573UL,
        Shape = 0x6E6F6E6568UL,
    };
}
