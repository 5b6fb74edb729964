namespace GraphBuilder.Nlp;

/// <summary>
/// Enumerates the NLP profiles: which models the pipeline runs. Configuration and the command line read the names in
/// any case (<c>fast</c>, <c>Accurate</c>).
/// </summary>
public enum NlpProfile
{
    /// <summary>Sparse features only, for bulk back-fills: hundreds of thousands of words per second.</summary>
    Fast,

    /// <summary>Adds contextual MiniLM features to the tagger, the parser, the entity recogniser and the relation classifier.</summary>
    Accurate,
}
