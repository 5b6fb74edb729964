namespace GraphBuilder.Extraction.Lexicons;

/// <summary>The referent a pronoun allows.</summary>
internal enum PronounReferent
{
    /// <summary><c>he</c>, <c>him</c>, <c>his</c>: a person.</summary>
    Masculine,

    /// <summary><c>she</c>, <c>her</c>, <c>hers</c>: a person.</summary>
    Feminine,

    /// <summary><c>it</c>, <c>its</c>: an organisation, or a place when no organisation is near.</summary>
    Neuter,

    /// <summary><c>they</c>, <c>them</c>, <c>their</c>: an organisation (people in groups are rarely named).</summary>
    Plural,
}
