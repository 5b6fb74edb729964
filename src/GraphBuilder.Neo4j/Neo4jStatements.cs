using GraphBuilder.Graph.Export;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Neo4j;

/// <summary>
/// The sink's Cypher. Values always travel in <c>$rows</c>; the only text put into a statement is a label, a
/// relationship type or a property name from <see cref="GraphVocabulary"/> and <see cref="CypherMapping"/>, never
/// anything read from an article.
/// </summary>
internal static class Neo4jStatements
{
    private const string Article = GraphVocabulary.ArticleLabel;
    private const string Entity = GraphVocabulary.EntityLabel;

    // First: the statements below are built from it, and static fields initialise in the order they are written.
    private static readonly string MatchPair = $$"""
        UNWIND $rows AS row
        MATCH (s:{{Entity}} {id: row.source})
        MATCH (t:{{Entity}} {id: row.target})
        """;

    public static readonly string MergeArticles = $$"""
        UNWIND $rows AS row
        MERGE (a:{{Article}} {id: row.id})
        SET {{FromRow("a", CypherMapping.ArticleProperties)}}
        """;

    public static readonly string ReplaceMentions = $$"""
        UNWIND $rows AS row
        MATCH (a:{{Article}} {id: row.article})-[r:{{GraphVocabulary.Mentions}}]->(e:{{Entity}})
        WHERE NOT e.id IN row.entities
        DELETE r
        """;

    public static readonly string MergeMentions = $$"""
        UNWIND $rows AS row
        MATCH (a:{{Article}} {id: row.article})
        MATCH (e:{{Entity}} {id: row.entity})
        MERGE (a)-[r:{{GraphVocabulary.Mentions}}]->(e)
        SET {{FromRow("r", CypherMapping.MentionProperties)}}
        """;

    public static readonly string MergeCoMentions = $$"""
        {{MatchPair}}
        MERGE (s)-[r:{{GraphVocabulary.CoMentioned}}]->(t)
        SET {{FromRow("r", CypherMapping.CoMentionProperties)}}
        """;

    public static readonly string DeleteCoMentions = $$"""
        UNWIND $rows AS row
        MATCH (:{{Entity}} {id: row.source})-[r:{{GraphVocabulary.CoMentioned}}]->(:{{Entity}} {id: row.target})
        DELETE r
        """;

    public static readonly string DeleteEntities = $$"""
        UNWIND $rows AS row
        MATCH (e:{{Entity}} {id: row.id})
        DETACH DELETE e
        """;

    // The other type labels go: resolution may retype an entity (its mentions' vote changed), and a node keeps one type.
    public static string MergeEntities(EntityKind kind) => $$"""
        UNWIND $rows AS row
        MERGE (e:{{Entity}} {id: row.id})
        REMOVE e:{{string.Join(':', GraphVocabulary.EntityLabels.Where(l => l != GraphVocabulary.Label(kind)))}}
        SET e:{{GraphVocabulary.Label(kind)}}, {{FromRow("e", CypherMapping.EntityProperties)}}
        """;

    public static string MergeRelations(RelationKind kind) => $$"""
        {{MatchPair}}
        MERGE (s)-[r:{{GraphVocabulary.RelationType(kind)}}]->(t)
        SET {{FromRow("r", CypherMapping.RelationProperties)}}
        """;

    public static string DeleteRelations(RelationKind kind) => $$"""
        UNWIND $rows AS row
        MATCH (:{{Entity}} {id: row.source})-[r:{{GraphVocabulary.RelationType(kind)}}]->(:{{Entity}} {id: row.target})
        DELETE r
        """;

    private static string FromRow<T>(string variable, IReadOnlyList<CypherProperty<T>> properties) =>
        CypherMapping.Assignments(variable, properties, p => "row." + p.Name);
}
