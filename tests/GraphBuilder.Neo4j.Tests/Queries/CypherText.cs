using System.Text;
using System.Text.RegularExpressions;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Neo4j.Tests.Queries;

/// <summary>
/// Reads what a Cypher statement names: node labels, relationship types, property keys and parameters. Good enough
/// for the project's own queries, which write patterns as <c>(v:Label)</c> and <c>[r:TYPE|TYPE]</c>; not a parser.
/// </summary>
internal static partial class CypherText
{
    /// <summary>Gets the node labels of the graph model.</summary>
    public static IReadOnlySet<string> Labels { get; } =
        new HashSet<string>([GraphVocabulary.ArticleLabel, GraphVocabulary.EntityLabel, .. GraphVocabulary.EntityLabels], StringComparer.Ordinal);

    /// <summary>Gets the relationship types of the graph model: the typed relations, MENTIONS and CO_MENTIONED.</summary>
    public static IReadOnlySet<string> RelationshipTypes { get; } =
        new HashSet<string>([.. GraphVocabulary.RelationshipTypes, GraphVocabulary.Mentions, GraphVocabulary.CoMentioned], StringComparer.Ordinal);

    /// <summary>Gets the property keys of the graph model (README.md), with the fields of an evidence JSON string.</summary>
    public static IReadOnlySet<string> PropertyKeys { get; } = new HashSet<string>(
        [
            "id", "url", "title", "source", "publishedAt", "contentHash", "ingestedAt",
            "name", "type", "aliases", "mentionCount", "firstSeen", "lastSeen",
            "count", "spans", "confidence", "articles", "evidence",
            "article", "sentence", "start", "end", "extractor", "date",
        ],
        StringComparer.Ordinal);

    /// <summary>Removes comments and the contents of string literals, keeping the quotes, so only Cypher structure remains.</summary>
    /// <param name="cypher">The Cypher text.</param>
    /// <returns>The text without comments and with every string literal empty.</returns>
    public static string Structure(string cypher)
    {
        var builder = new StringBuilder(cypher.Length);
        for (var i = 0; i < cypher.Length; i++)
        {
            var c = cypher[i];
            if (c is '\'' or '"')
            {
                builder.Append(c).Append(c);
                for (i++; i < cypher.Length && cypher[i] != c; i++)
                {
                    if (cypher[i] == '\\')
                    {
                        i++;
                    }
                }
            }
            else if (c == '`')
            {
                var end = cypher.IndexOf('`', i + 1);
                end = end < 0 ? cypher.Length - 1 : end;
                builder.Append(cypher, i, end - i + 1);
                i = end;
            }
            else if (c == '/' && i + 1 < cypher.Length && cypher[i + 1] == '/')
            {
                var end = cypher.IndexOf('\n', i);
                i = (end < 0 ? cypher.Length : end) - 1;
            }
            else if (c == '/' && i + 1 < cypher.Length && cypher[i + 1] == '*')
            {
                var end = cypher.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? cypher.Length : end + 1;
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Lists the labels in node patterns and label predicates (<c>v:Label</c>).</summary>
    /// <param name="cypher">The Cypher text.</param>
    /// <returns>The labels, distinct, in order of appearance.</returns>
    public static IEnumerable<string> NodeLabels(string cypher) =>
        Patterns(cypher, '(').Concat(Predicates().Matches(Structure(cypher)).Select(m => m.Groups["name"].Value)
            .Where(name => !RelationshipTypes.Contains(name))).Distinct(StringComparer.Ordinal);

    /// <summary>Lists the types in relationship patterns.</summary>
    /// <param name="cypher">The Cypher text.</param>
    /// <returns>The types, distinct, in order of appearance.</returns>
    public static IEnumerable<string> Types(string cypher) => Patterns(cypher, '[').Distinct(StringComparer.Ordinal);

    /// <summary>Tells whether a label or relationship type is taken from a parameter: <c>(n:$x)</c>, <c>[r:$x]</c> or Neo4j 5.26's <c>$(expr)</c>.</summary>
    /// <param name="cypher">The Cypher text.</param>
    /// <returns><see langword="true"/> when a label or type is dynamic.</returns>
    public static bool HasDynamicLabelOrType(string cypher) => DynamicName().IsMatch(Structure(cypher));

    /// <summary>Lists the property keys read as <c>variable.key</c> or in map projections (<c>v {.key}</c>).</summary>
    /// <param name="cypher">The Cypher text.</param>
    /// <returns>The keys, in order of appearance, repeated.</returns>
    public static IEnumerable<string> Properties(string cypher)
    {
        var structure = Structure(cypher);
        return PropertyAccess().Matches(structure).Select(m => m.Groups["key"].Value.Trim('`'))
            .Concat(ProjectedProperty().Matches(structure).Select(m => m.Groups["key"].Value));
    }

    /// <summary>Lists the parameters a statement uses.</summary>
    /// <param name="cypher">The Cypher text.</param>
    /// <returns>The names without <c>$</c>, distinct.</returns>
    public static IReadOnlySet<string> Parameters(string cypher) =>
        Parameter().Matches(Structure(cypher)).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> Patterns(string cypher, char open) =>
        PatternNames().Matches(Structure(cypher))
            .Where(m => m.Groups["open"].Value[0] == open)
            .SelectMany(m => NameSeparator().Split(m.Groups["names"].Value))
            .Select(name => name.Trim().TrimStart('!'))
            .Where(name => name.Length > 0);

    [GeneratedRegex(@"(?<open>[(\[])\s*(?:[A-Za-z_]\w*)?\s*:\s*(?<names>!?[A-Za-z_]\w*(?:\s*[|&:]\s*!?[A-Za-z_]\w*)*)")]
    private static partial Regex PatternNames();

    [GeneratedRegex(@"[|&:]")]
    private static partial Regex NameSeparator();

    [GeneratedRegex(@"(?<![\w.$`])[A-Za-z_]\w*:(?<name>[A-Za-z_]\w*)")]
    private static partial Regex Predicates();

    [GeneratedRegex(@"(?<![\w.$`])[A-Za-z_]\w*\.(?<key>`[^`]+`|[A-Za-z_]\w*)(?![\w.(`])")]
    private static partial Regex PropertyAccess();

    [GeneratedRegex(@"(?<=[{,]\s*)\.(?<key>[A-Za-z_]\w*)")]
    private static partial Regex ProjectedProperty();

    [GeneratedRegex(@"[(\[]\s*(?:[A-Za-z_]\w*)?\s*:\s*!?\$|[:|&]\s*\$\(")]
    private static partial Regex DynamicName();

    [GeneratedRegex(@"\$(?<name>[A-Za-z_]\w*)")]
    private static partial Regex Parameter();
}
