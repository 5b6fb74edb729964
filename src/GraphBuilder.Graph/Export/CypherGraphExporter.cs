using System.Text;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Export;

/// <summary>
/// Writes a Cypher script that <c>cypher-shell</c> loads into Neo4j: the schema's constraints and indexes first,
/// then parameter-free MERGE statements with escaped literals, in transactions of a thousand statements.
/// Running it twice gives the same graph.
/// </summary>
public sealed class CypherGraphExporter : IGraphExporter
{
    private const int StatementsPerTransaction = 1000;

    /// <inheritdoc/>
    public ExportFormat Format => ExportFormat.Cypher;

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> ExportAsync(GraphSnapshot snapshot, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        await using (writer.ConfigureAwait(false))
        {
            await writer.WriteLineAsync(
                "// GraphBuilder export: load with  cypher-shell -u neo4j -p <password> -f <this file>".AsMemory(),
                cancellationToken).ConfigureAwait(false);
            await writer.WriteLineAsync(GraphSchema.Cypher.AsMemory(), cancellationToken).ConfigureAwait(false);
            var count = 0;
            foreach (var statement in Statements(snapshot))
            {
                if (count % StatementsPerTransaction == 0)
                {
                    if (count > 0)
                    {
                        await writer.WriteLineAsync(":commit".AsMemory(), cancellationToken).ConfigureAwait(false);
                    }

                    await writer.WriteLineAsync(":begin".AsMemory(), cancellationToken).ConfigureAwait(false);
                }

                await writer.WriteLineAsync(statement.AsMemory(), cancellationToken).ConfigureAwait(false);
                count++;
            }

            if (count > 0)
            {
                await writer.WriteLineAsync(":commit".AsMemory(), cancellationToken).ConfigureAwait(false);
            }
        }

        return [path];
    }

    /// <summary>Returns the MERGE statements that create the snapshot, nodes before relationships.</summary>
    /// <param name="snapshot">The graph.</param>
    /// <returns>One statement per node or relationship, each ending with a semicolon.</returns>
    public static IEnumerable<string> Statements(GraphSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        foreach (var a in snapshot.Articles)
        {
            yield return $"MERGE (a:{GraphVocabulary.ArticleLabel} {{id: {CypherLiteral.String(a.Id)}}}) "
                + $"SET {Literals("a", a, CypherMapping.ArticleProperties)};";
        }

        foreach (var e in snapshot.Entities)
        {
            yield return $"MERGE (e:{GraphVocabulary.EntityLabel} {{id: {CypherLiteral.String(e.Id.Value)}}}) "
                + $"SET e:{GraphVocabulary.Label(e.Type)}, {Literals("e", e, CypherMapping.EntityProperties)};";
        }

        foreach (var m in snapshot.Mentions)
        {
            yield return $"MATCH (a:{GraphVocabulary.ArticleLabel} {{id: {CypherLiteral.String(m.Article)}}}), "
                + $"(e:{GraphVocabulary.EntityLabel} {{id: {CypherLiteral.String(m.Entity.Value)}}}) "
                + $"MERGE (a)-[r:{GraphVocabulary.Mentions}]->(e) SET {Literals("r", m, CypherMapping.MentionProperties)};";
        }

        foreach (var r in snapshot.Relations)
        {
            yield return $"{MatchPair(r.Source, r.Target)} MERGE (s)-[r:{GraphVocabulary.RelationType(r.Type)}]->(t) "
                + $"SET {Literals("r", r, CypherMapping.RelationProperties)};";
        }

        foreach (var c in snapshot.CoMentions)
        {
            yield return $"{MatchPair(c.Source, c.Target)} MERGE (s)-[r:{GraphVocabulary.CoMentioned}]->(t) "
                + $"SET {Literals("r", c, CypherMapping.CoMentionProperties)};";
        }
    }

    private static string Literals<T>(string variable, T element, IReadOnlyList<CypherProperty<T>> properties) =>
        CypherMapping.Assignments(variable, properties, p => CypherLiteral.Of(p.Value(element)));

    private static string MatchPair(EntityId source, EntityId target) =>
        $"MATCH (s:{GraphVocabulary.EntityLabel} {{id: {CypherLiteral.String(source.Value)}}}), "
        + $"(t:{GraphVocabulary.EntityLabel} {{id: {CypherLiteral.String(target.Value)}}})";
}
