using System.Text;
using System.Text.RegularExpressions;
using GraphBuilder.Graph.Export;
using GraphBuilder.Testing.Bolt;

namespace GraphBuilder.Worker.Tests;

/// <summary>
/// What a Neo4j would hold after the sink's committed transactions: rebuilt from the fake server's log by reading each
/// statement's shape (MERGE of a labelled node, MERGE of a typed relationship, the deletions) and applying its
/// <c>$rows</c> in commit order. As in Neo4j, a relationship row whose end nodes do not exist yet matches nothing.
/// A statement of another shape fails the test, so a new statement kind cannot slip past these checks.
/// </summary>
internal sealed partial class CommittedGraph
{
    private readonly SortedSet<string> _articles = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> _entities = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, SortedSet<(string Source, string Target)>> _relationships = new(StringComparer.Ordinal);

    public IReadOnlySet<string> Articles => _articles;

    /// <summary>Gets each entity id with its type label (the label beside <c>:Entity</c>).</summary>
    public IReadOnlyDictionary<string, string> Entities => _entities;

    /// <summary>Gets the relationship keys per type, MENTIONS and CO_MENTIONED included.</summary>
    public IReadOnlyDictionary<string, SortedSet<(string Source, string Target)>> Relationships => _relationships;

    public static CommittedGraph Build(IEnumerable<FakeBoltTransaction> transactions)
    {
        var graph = new CommittedGraph();
        foreach (var transaction in transactions.Where(t => !t.AutoCommit && !IsSchema(t)))
        {
            foreach (var statement in transaction.Statements)
            {
                graph.Apply(statement);
            }
        }

        return graph;
    }

    /// <summary>Gets a value indicating whether a transaction applies the constraints and indexes of <c>cypher/schema.cypher</c>.</summary>
    public static bool IsSchema(FakeBoltTransaction transaction) => transaction.Statements.All(s => GraphSchema.Statements.Contains(s.Query));

    /// <summary>Gets the article ids a transaction merges: its identity, as the sink writes one article's change per transaction.</summary>
    public static string ArticlesOf(FakeBoltTransaction transaction) =>
        string.Join(",", transaction.Statements.Where(s => MergeArticle().IsMatch(s.Query)).SelectMany(s => s.Rows).Select(r => (string)r["id"]!).Order(StringComparer.Ordinal));

    /// <summary>Gets a text of the whole graph, for comparing two rebuilt graphs.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        foreach (var article in _articles)
        {
            text.Append("article ").AppendLine(article);
        }

        foreach (var (id, label) in _entities)
        {
            text.Append("entity ").Append(label).Append(' ').AppendLine(id);
        }

        foreach (var (type, keys) in _relationships)
        {
            foreach (var (source, target) in keys)
            {
                text.Append(type).Append(' ').Append(source).Append(" -> ").AppendLine(target);
            }
        }

        return text.ToString();
    }

    private static string Text(IReadOnlyDictionary<string, object?> row, string key) => (string)row[key]!;

    private void Apply(FakeBoltStatement statement)
    {
        var query = statement.Query;
        if (MergeArticle().IsMatch(query))
        {
            foreach (var row in statement.Rows)
            {
                _articles.Add(Text(row, "id"));
            }
        }
        else if (MergeEntity().Match(query) is { Success: true } entity)
        {
            foreach (var row in statement.Rows)
            {
                _entities[Text(row, "id")] = entity.Groups["label"].Value;
            }
        }
        else if (MergeMention().IsMatch(query))
        {
            foreach (var row in statement.Rows.Where(r => _articles.Contains(Text(r, "article")) && _entities.ContainsKey(Text(r, "entity"))))
            {
                Keys("MENTIONS").Add((Text(row, "article"), Text(row, "entity")));
            }
        }
        else if (ReplaceMentions().IsMatch(query))
        {
            foreach (var row in statement.Rows)
            {
                var keep = ((IReadOnlyList<object?>)row["entities"]!).Cast<string>().ToHashSet(StringComparer.Ordinal);
                Keys("MENTIONS").RemoveWhere(k => k.Source == Text(row, "article") && !keep.Contains(k.Target));
            }
        }
        else if (MergeRelationship().Match(query) is { Success: true } merge)
        {
            foreach (var row in statement.Rows.Where(r => _entities.ContainsKey(Text(r, "source")) && _entities.ContainsKey(Text(r, "target"))))
            {
                Keys(merge.Groups["type"].Value).Add((Text(row, "source"), Text(row, "target")));
            }
        }
        else if (DeleteRelationship().Match(query) is { Success: true } delete)
        {
            foreach (var row in statement.Rows)
            {
                Keys(delete.Groups["type"].Value).Remove((Text(row, "source"), Text(row, "target")));
            }
        }
        else if (DeleteEntity().IsMatch(query))
        {
            foreach (var row in statement.Rows)
            {
                var id = Text(row, "id");
                _entities.Remove(id);
                foreach (var keys in _relationships.Values)
                {
                    keys.RemoveWhere(k => k.Source == id || k.Target == id);
                }
            }
        }
        else
        {
            throw new ShouldAssertException($"The sink committed a statement of an unknown shape:\n{query}");
        }
    }

    private SortedSet<(string Source, string Target)> Keys(string type)
    {
        if (!_relationships.TryGetValue(type, out var keys))
        {
            keys = [];
            _relationships[type] = keys;
        }

        return keys;
    }

    [GeneratedRegex(@"^UNWIND \$rows AS row\s+MERGE \(a:Article \{id: row\.id\}\)")]
    private static partial Regex MergeArticle();

    [GeneratedRegex(@"^UNWIND \$rows AS row\s+MERGE \(e:Entity \{id: row\.id\}\)\s+REMOVE e(?::[A-Za-z]+)+\s+SET e:(?<label>[A-Za-z]+),")]
    private static partial Regex MergeEntity();

    [GeneratedRegex(@"^UNWIND \$rows AS row\s+MATCH \(a:Article \{id: row\.article\}\)\s+MATCH \(e:Entity \{id: row\.entity\}\)\s+MERGE \(a\)-\[r:MENTIONS\]->\(e\)")]
    private static partial Regex MergeMention();

    [GeneratedRegex(@"^UNWIND \$rows AS row\s+MATCH \(a:Article \{id: row\.article\}\)-\[r:MENTIONS\]->\(e:Entity\)\s+WHERE NOT e\.id IN row\.entities\s+DELETE r")]
    private static partial Regex ReplaceMentions();

    [GeneratedRegex(@"^UNWIND \$rows AS row\s+MATCH \(s:Entity \{id: row\.source\}\)\s+MATCH \(t:Entity \{id: row\.target\}\)\s+MERGE \(s\)-\[r:(?<type>[A-Z_]+)\]->\(t\)")]
    private static partial Regex MergeRelationship();

    [GeneratedRegex(@"^UNWIND \$rows AS row\s+MATCH \(:Entity \{id: row\.source\}\)-\[r:(?<type>[A-Z_]+)\]->\(:Entity \{id: row\.target\}\)\s+DELETE r")]
    private static partial Regex DeleteRelationship();

    [GeneratedRegex(@"^UNWIND \$rows AS row\s+MATCH \(e:Entity \{id: row\.id\}\)\s+DETACH DELETE e")]
    private static partial Regex DeleteEntity();
}
