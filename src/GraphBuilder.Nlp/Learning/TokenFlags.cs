namespace GraphBuilder.Nlp.Learning;

/// <summary>
/// Enumerates the casing and character classes of a token.
/// </summary>
[Flags]
internal enum TokenFlags : byte
{
    /// <summary>No flag.</summary>
    None = 0,

    /// <summary>Starts with a capital and has lower-case letters.</summary>
    Title = 1,

    /// <summary>Has capitals and no lower-case letters.</summary>
    AllCaps = 2,

    /// <summary>Has lower-case letters and no capitals.</summary>
    AllLower = 4,

    /// <summary>Has a digit.</summary>
    Digit = 8,

    /// <summary>Has neither letters nor digits.</summary>
    Punctuation = 16,
}
