namespace GraphBuilder.Graph.Export;

/// <summary>
/// Enumerates the formats the graph can be exported to.
/// </summary>
public enum ExportFormat
{
    /// <summary>The JSON contract other tools rely on: articles, entities and relations with evidence.</summary>
    Json = 0,

    /// <summary>A Cypher script that <c>cypher-shell</c> loads into Neo4j: constraints, then MERGE statements.</summary>
    Cypher,

    /// <summary>GraphML, for Gephi and yEd.</summary>
    GraphML,

    /// <summary>A folder of CSV files for <c>neo4j-admin database import full</c>.</summary>
    Csv,
}
