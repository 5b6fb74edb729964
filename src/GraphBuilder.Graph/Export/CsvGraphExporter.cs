using System.Globalization;
using System.Text;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Export;

/// <summary>
/// Writes a folder of CSV files with the headers <c>neo4j-admin database import full</c> reads, and an
/// <c>import.sh</c> that runs it. Arrays use <c>|</c> as their delimiter (the script passes
/// <c>--array-delimiter="|"</c>); a <c>|</c> inside a value is written as <c>¦</c>.
/// </summary>
public sealed class CsvGraphExporter : IGraphExporter
{
    private const char ArrayDelimiter = '|';

    /// <inheritdoc/>
    public ExportFormat Format => ExportFormat.Csv;

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> ExportAsync(GraphSnapshot snapshot, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentException.ThrowIfNullOrEmpty(path);
        Directory.CreateDirectory(path);
        var files = new List<string>();

        async Task WriteAsync(string name, string header, IEnumerable<string[]> rows)
        {
            var file = Path.Combine(path, name);
            var writer = new StreamWriter(file, append: false, new UTF8Encoding(false));
            await using (writer.ConfigureAwait(false))
            {
                await writer.WriteLineAsync(header.AsMemory(), cancellationToken).ConfigureAwait(false);
                foreach (var row in rows)
                {
                    await writer.WriteLineAsync(string.Join(',', row.Select(Quote)).AsMemory(), cancellationToken).ConfigureAwait(false);
                }
            }

            files.Add(file);
        }

        await WriteAsync(
            "articles.csv",
            "id:ID(Article),url,title,source,publishedAt:datetime,contentHash,ingestedAt:datetime,:LABEL",
            snapshot.Articles.Select(ArticleRow)).ConfigureAwait(false);
        await WriteAsync(
            "entities.csv",
            "id:ID(Entity),name,type,aliases:string[],mentionCount:int,firstSeen:datetime,lastSeen:datetime,:LABEL",
            snapshot.Entities.Select(EntityRow)).ConfigureAwait(false);
        await WriteAsync(
            "mentions.csv",
            ":START_ID(Article),:END_ID(Entity),count:int,spans:string[],:TYPE",
            snapshot.Mentions.Select(MentionRow)).ConfigureAwait(false);
        await WriteAsync(
            "relations.csv",
            ":START_ID(Entity),:END_ID(Entity),:TYPE,confidence:double,count:int,articles:string[],evidence:string[],firstSeen:datetime,lastSeen:datetime",
            snapshot.Relations.Select(RelationRow)).ConfigureAwait(false);
        await WriteAsync(
            "co-mentions.csv",
            ":START_ID(Entity),:END_ID(Entity),:TYPE,count:int,articles:string[]",
            snapshot.CoMentions.Select(CoMentionRow)).ConfigureAwait(false);

        var script = Path.Combine(path, "import.sh");
        var command = new StringBuilder()
            .Append("#!/usr/bin/env sh\n")
            .Append("# Loads this folder into an empty database; run with Neo4j stopped, from this folder.\n")
            .Append("# Afterwards apply cypher/schema.cypher (constraints and indexes) with cypher-shell.\n")
            .Append("neo4j-admin database import full --overwrite-destination --array-delimiter=\"|\" \\\n")
            .Append("  --nodes=articles.csv --nodes=entities.csv \\\n")
            .Append("  --relationships=mentions.csv --relationships=relations.csv --relationships=co-mentions.csv \\\n")
            .Append("  \"${1:-neo4j}\"\n");
        await File.WriteAllTextAsync(script, command.ToString(), cancellationToken).ConfigureAwait(false);
        files.Add(script);
        return files;
    }

    private static string[] ArticleRow(Article a) =>
    [
        a.Id,
        a.Url ?? string.Empty,
        a.Title ?? string.Empty,
        a.Source ?? string.Empty,
        Date(a.PublishedAt),
        a.ContentHash,
        Date(a.IngestedAt),
        GraphVocabulary.ArticleLabel,
    ];

    private static string[] EntityRow(EntityNode e) =>
    [
        e.Id.Value,
        e.Name,
        GraphVocabulary.Label(e.Type),
        Array(e.Aliases),
        Int(e.MentionCount),
        Date(e.FirstSeen),
        Date(e.LastSeen),
        GraphVocabulary.EntityLabel + ";" + GraphVocabulary.Label(e.Type),
    ];

    private static string[] MentionRow(MentionEdge m) =>
    [
        m.Article,
        m.Entity.Value,
        Int(m.Count),
        Array(m.Spans),
        GraphVocabulary.Mentions,
    ];

    private static string[] RelationRow(RelationEdge r) =>
    [
        r.Source.Value,
        r.Target.Value,
        GraphVocabulary.RelationType(r.Type),
        r.Confidence.ToString("0.####", CultureInfo.InvariantCulture),
        Int(r.Count),
        Array(r.Articles),
        Array(r.Evidence.Select(EvidenceJson.Encode)),
        Date(r.FirstSeen),
        Date(r.LastSeen),
    ];

    private static string[] CoMentionRow(CoMentionEdge c) =>
    [
        c.Source.Value,
        c.Target.Value,
        GraphVocabulary.CoMentioned,
        Int(c.Count),
        Array(c.Articles),
    ];

    private static string Array(IEnumerable<string> values) =>
        string.Join(ArrayDelimiter, values.Select(v => v.Replace(ArrayDelimiter, '\u00A6')));

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Date(DateTimeOffset? value) => value?.ToString("O", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Quote(string value) =>
        "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
