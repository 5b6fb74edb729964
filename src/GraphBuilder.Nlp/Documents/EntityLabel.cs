namespace GraphBuilder.Nlp.Documents;

/// <summary>
/// Enumerates the labels of the entity recogniser, the CoNLL-2003 types it was trained on.
/// </summary>
public enum EntityLabel
{
    /// <summary>A named thing of no other label: nationalities, events, works, products (CoNLL MISC).</summary>
    Miscellaneous = 0,

    /// <summary>A person (CoNLL PER).</summary>
    Person,

    /// <summary>An organisation: companies, parties, committees, agencies, media (CoNLL ORG).</summary>
    Organization,

    /// <summary>A place: countries, cities, regions (CoNLL LOC).</summary>
    Location,
}
