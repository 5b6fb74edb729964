namespace GraphBuilder.Extraction.Documents;

/// <summary>
/// Enumerates how a mention refers to its entity.
/// </summary>
public enum MentionForm
{
    /// <summary>A proper name, such as <c>Vladimir Putin</c> or <c>Putin</c>.</summary>
    Name = 0,

    /// <summary>An acronym or initialism, such as <c>DNC</c>.</summary>
    Acronym,

    /// <summary>A description that points back to a named entity, such as <c>the Russian president</c>.</summary>
    Nominal,

    /// <summary>A pronoun, such as <c>she</c> or <c>his</c>.</summary>
    Pronoun,
}
