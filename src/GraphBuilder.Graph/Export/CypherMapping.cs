using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Export;

/// <summary>
/// The one mapping of the graph model onto Neo4j's properties: which properties each node and relationship carries,
/// in which order. The Cypher export writes them as literals and the Neo4j sink as <c>row.*</c> parameters, so the two
/// can never disagree. Identifiers (<c>id</c>, the endpoints) are the MERGE keys and are not listed here.
/// </summary>
public static class CypherMapping
{
    /// <summary>Gets the properties of an <c>Article</c> node.</summary>
    public static IReadOnlyList<CypherProperty<Article>> ArticleProperties { get; } =
    [
        new("url", a => a.Url),
        new("title", a => a.Title),
        new("source", a => a.Source),
        new("publishedAt", a => a.PublishedAt),
        new("contentHash", a => a.ContentHash),
        new("ingestedAt", a => a.IngestedAt),
    ];

    /// <summary>Gets the properties of an <c>Entity</c> node.</summary>
    public static IReadOnlyList<CypherProperty<EntityNode>> EntityProperties { get; } =
    [
        new("name", e => e.Name),
        new("type", e => GraphVocabulary.Label(e.Type)),
        new("aliases", e => e.Aliases),
        new("mentionCount", e => e.MentionCount),
        new("firstSeen", e => e.FirstSeen),
        new("lastSeen", e => e.LastSeen),
    ];

    /// <summary>Gets the properties of a <c>MENTIONS</c> relationship.</summary>
    public static IReadOnlyList<CypherProperty<MentionEdge>> MentionProperties { get; } =
    [
        new("count", m => m.Count),
        new("spans", m => m.Spans),
    ];

    /// <summary>Gets the properties of a typed relationship.</summary>
    public static IReadOnlyList<CypherProperty<RelationEdge>> RelationProperties { get; } =
    [
        new("confidence", r => r.Confidence),
        new("count", r => r.Count),
        new("articles", r => r.Articles),
        new("evidence", r => r.Evidence.Select(EvidenceJson.Encode).ToList()),
        new("firstSeen", r => r.FirstSeen),
        new("lastSeen", r => r.LastSeen),
    ];

    /// <summary>Gets the properties of a <c>CO_MENTIONED</c> relationship.</summary>
    public static IReadOnlyList<CypherProperty<CoMentionEdge>> CoMentionProperties { get; } =
    [
        new("count", c => c.Count),
        new("articles", c => c.Articles),
    ];

    /// <summary>Writes the assignments of a <c>SET</c> clause: <c>v.name = value, …</c>, in the mapping's order.</summary>
    /// <typeparam name="T">The element.</typeparam>
    /// <param name="variable">The Cypher variable of the element.</param>
    /// <param name="properties">The element's properties.</param>
    /// <param name="value">Writes the value expression of a property (a literal, or <c>row.name</c>).</param>
    /// <returns>The assignments.</returns>
    public static string Assignments<T>(string variable, IReadOnlyList<CypherProperty<T>> properties, Func<CypherProperty<T>, string> value)
    {
        ArgumentNullException.ThrowIfNull(properties);
        ArgumentNullException.ThrowIfNull(value);
        return string.Join(", ", properties.Select(p => $"{variable}.{p.Name} = {value(p)}"));
    }

    /// <summary>Builds the parameter row of an element: its keys, then every mapped property.</summary>
    /// <typeparam name="T">The element.</typeparam>
    /// <param name="element">The element.</param>
    /// <param name="properties">The element's properties.</param>
    /// <param name="keys">The MERGE keys (<c>id</c>, or the endpoints).</param>
    /// <returns>The row.</returns>
    public static Dictionary<string, object?> Row<T>(T element, IReadOnlyList<CypherProperty<T>> properties, params (string Name, object? Value)[] keys)
    {
        ArgumentNullException.ThrowIfNull(properties);
        ArgumentNullException.ThrowIfNull(keys);
        var row = new Dictionary<string, object?>(keys.Length + properties.Count, StringComparer.Ordinal);
        foreach (var (name, value) in keys)
        {
            row[name] = value;
        }

        foreach (var property in properties)
        {
            row[property.Name] = property.Value(element);
        }

        return row;
    }
}
