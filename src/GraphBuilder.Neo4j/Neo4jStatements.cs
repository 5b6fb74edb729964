using GraphBuilder.Graph.Model;

namespace GraphBuilder.Neo4j;

/// <summary>
/// The sink's Cypher. Values always travel in <c>$rows</c>; the only text put into a statement is a label or a
/// relationship type from <see cref="GraphVocabulary"/>, never anything read from an article.
/// </summary>
internal static class Neo4jStatements
{
    public const string MergeArticles = """
        UNWIND $rows AS row
        MERGE (a:Article {id: row.id})
        SET a.url = row.url, a.title = row.title, a.source = row.source, a.publishedAt = row.publishedAt,
            a.contentHash = row.contentHash, a.ingestedAt = row.ingestedAt
        """;

    public const string ReplaceMentions = """
        UNWIND $rows AS row
        MATCH (a:Article {id: row.article})-[r:MENTIONS]->(e:Entity)
        WHERE NOT e.id IN row.entities
        DELETE r
        """;

    public const string MergeMentions = """
        UNWIND $rows AS row
        MATCH (a:Article {id: row.article})
        MATCH (e:Entity {id: row.entity})
        MERGE (a)-[r:MENTIONS]->(e)
        SET r.count = row.count, r.spans = row.spans
        """;

    public const string MergeCoMentions = """
        UNWIND $rows AS row
        MATCH (s:Entity {id: row.source})
        MATCH (t:Entity {id: row.target})
        MERGE (s)-[r:CO_MENTIONED]->(t)
        SET r.count = row.count, r.articles = row.articles
        """;

    public const string DeleteCoMentions = """
        UNWIND $rows AS row
        MATCH (:Entity {id: row.source})-[r:CO_MENTIONED]->(:Entity {id: row.target})
        DELETE r
        """;

    public const string DeleteEntities = """
        UNWIND $rows AS row
        MATCH (e:Entity {id: row.id})
        DETACH DELETE e
        """;

    public static string MergeEntities(EntityKind kind) => $$"""
        UNWIND $rows AS row
        MERGE (e:Entity {id: row.id})
        SET e:{{GraphVocabulary.Label(kind)}}, e.name = row.name, e.type = row.type, e.aliases = row.aliases,
            e.mentionCount = row.mentionCount, e.firstSeen = row.firstSeen, e.lastSeen = row.lastSeen
        """;

    public static string MergeRelations(RelationKind kind) => $$"""
        UNWIND $rows AS row
        MATCH (s:Entity {id: row.source})
        MATCH (t:Entity {id: row.target})
        MERGE (s)-[r:{{GraphVocabulary.RelationType(kind)}}]->(t)
        SET r.confidence = row.confidence, r.count = row.count, r.articles = row.articles, r.evidence = row.evidence,
            r.firstSeen = row.firstSeen, r.lastSeen = row.lastSeen
        """;

    public static string DeleteRelations(RelationKind kind) => $$"""
        UNWIND $rows AS row
        MATCH (:Entity {id: row.source})-[r:{{GraphVocabulary.RelationType(kind)}}]->(:Entity {id: row.target})
        DELETE r
        """;
}
