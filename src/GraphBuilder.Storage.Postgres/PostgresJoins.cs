namespace GraphBuilder.Storage.Postgres;

/// <summary>
/// The joins that read articles' facts through resolution: each fact names drafts, and a draft's entity is what
/// resolution made of it. A relation or co-mention whose two drafts went to one entity is no fact of the graph; the
/// stored type of a relation is the extractor's, and readers fit it to its ends' types after resolution
/// (<c>RelationSignature</c>).
/// </summary>
internal static class PostgresJoins
{
    /// <summary>The distinct entity pair and type of each piece of evidence (<c>e</c>); append filters with AND.</summary>
    public const string RelationEnds = """
        SELECT DISTINCT s.entity_id, t.entity_id, e.type FROM evidence e
        JOIN drafts s ON s.article_id = e.article_id AND s.draft = e.source_draft
        JOIN drafts t ON t.article_id = e.article_id AND t.draft = e.target_draft
        WHERE s.entity_id IS NOT NULL AND t.entity_id IS NOT NULL AND s.entity_id <> t.entity_id
        """;

    /// <summary>The distinct ordered entity pairs of co-mentions (<c>c</c>); append filters with AND.</summary>
    public const string CoMentionEnds = """
        SELECT DISTINCT LEAST(s.entity_id, t.entity_id), GREATEST(s.entity_id, t.entity_id) FROM co_mentions c
        JOIN drafts s ON s.article_id = c.article_id AND s.draft = c.source_draft
        JOIN drafts t ON t.article_id = c.article_id AND t.draft = c.target_draft
        WHERE s.entity_id IS NOT NULL AND t.entity_id IS NOT NULL AND s.entity_id <> t.entity_id
        """;
}
