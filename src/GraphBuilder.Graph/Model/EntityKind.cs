namespace GraphBuilder.Graph.Model;

/// <summary>
/// Enumerates the types of entity node in the graph; each maps to one label of the fixed vocabulary.
/// </summary>
public enum EntityKind
{
    /// <summary>A named thing that fits no other kind (CoNLL MISC that is neither a work nor an event).</summary>
    Other = 0,

    /// <summary>A person (CoNLL PER).</summary>
    Person,

    /// <summary>An organisation: companies, parties, committees, agencies, media (CoNLL ORG).</summary>
    Organization,

    /// <summary>A place: countries, cities, regions (CoNLL LOC).</summary>
    Location,

    /// <summary>A creative work: a film, book, documentary or programme.</summary>
    Work,

    /// <summary>An event: an election, summit, convention or scandal.</summary>
    Event,
}
