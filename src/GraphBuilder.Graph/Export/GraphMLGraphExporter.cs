using System.Globalization;
using System.Text;
using System.Xml;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Export;

/// <summary>
/// Writes GraphML that Gephi and yEd open: one node per article and entity, one edge per relationship, with a
/// <c>label</c> attribute for display and typed attributes for the rest.
/// </summary>
public sealed class GraphMLGraphExporter : IGraphExporter
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly (string Id, string For, string Name, string Type)[] Keys =
    [
        ("label", "node", "label", "string"),
        ("kind", "node", "kind", "string"),
        ("type", "node", "type", "string"),
        ("aliases", "node", "aliases", "string"),
        ("mentionCount", "node", "mentionCount", "int"),
        ("url", "node", "url", "string"),
        ("publishedAt", "node", "publishedAt", "string"),
        ("relation", "edge", "relation", "string"),
        ("confidence", "edge", "confidence", "double"),
        ("count", "edge", "count", "int"),
        ("weight", "edge", "Weight", "double"),
    ];

    /// <inheritdoc/>
    public ExportFormat Format => ExportFormat.GraphML;

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> ExportAsync(GraphSnapshot snapshot, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var settings = new XmlWriterSettings { Async = true, Indent = true, Encoding = new UTF8Encoding(false) };
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 65536, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            var xml = XmlWriter.Create(stream, settings);
            await using (xml.ConfigureAwait(false))
            {
                await xml.WriteStartDocumentAsync().ConfigureAwait(false);
                await xml.WriteStartElementAsync(null, "graphml", Namespace).ConfigureAwait(false);
                await WriteKeysAsync(xml).ConfigureAwait(false);

                await xml.WriteStartElementAsync(null, "graph", Namespace).ConfigureAwait(false);
                await xml.WriteAttributeStringAsync(null, "id", null, "graphbuilder").ConfigureAwait(false);
                await xml.WriteAttributeStringAsync(null, "edgedefault", null, "directed").ConfigureAwait(false);
                await WriteNodesAsync(xml, snapshot, cancellationToken).ConfigureAwait(false);
                await WriteEdgesAsync(xml, snapshot).ConfigureAwait(false);

                await xml.WriteEndElementAsync().ConfigureAwait(false);
                await xml.WriteEndElementAsync().ConfigureAwait(false);
                await xml.WriteEndDocumentAsync().ConfigureAwait(false);
            }
        }

        return [path];
    }

    private static async Task WriteKeysAsync(XmlWriter xml)
    {
        foreach (var (id, target, name, type) in Keys)
        {
            await xml.WriteStartElementAsync(null, "key", Namespace).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "id", null, id).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "for", null, target).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "attr.name", null, name).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "attr.type", null, type).ConfigureAwait(false);
            await xml.WriteEndElementAsync().ConfigureAwait(false);
        }
    }

    private static async Task WriteNodesAsync(XmlWriter xml, GraphSnapshot snapshot, CancellationToken cancellationToken)
    {
        foreach (var article in snapshot.Articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await NodeAsync(xml, article.Id, [
                ("label", article.Title ?? article.Id),
                ("kind", GraphVocabulary.ArticleLabel),
                ("url", article.Url),
                ("publishedAt", article.PublishedAt?.ToString("O", CultureInfo.InvariantCulture))]).ConfigureAwait(false);
        }

        foreach (var entity in snapshot.Entities)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await NodeAsync(xml, entity.Id.Value, [
                ("label", entity.Name),
                ("kind", GraphVocabulary.EntityLabel),
                ("type", GraphVocabulary.Label(entity.Type)),
                ("aliases", string.Join("; ", entity.Aliases)),
                ("mentionCount", entity.MentionCount.ToString(CultureInfo.InvariantCulture))]).ConfigureAwait(false);
        }
    }

    private static async Task WriteEdgesAsync(XmlWriter xml, GraphSnapshot snapshot)
    {
        var edge = 0;
        foreach (var mention in snapshot.Mentions)
        {
            await EdgeAsync(xml, edge++, mention.Article, mention.Entity.Value, GraphVocabulary.Mentions, null, mention.Count).ConfigureAwait(false);
        }

        foreach (var relation in snapshot.Relations)
        {
            await EdgeAsync(
                xml,
                edge++,
                relation.Source.Value,
                relation.Target.Value,
                GraphVocabulary.RelationType(relation.Type),
                relation.Confidence,
                relation.Count).ConfigureAwait(false);
        }

        foreach (var coMention in snapshot.CoMentions)
        {
            await EdgeAsync(
                xml,
                edge++,
                coMention.Source.Value,
                coMention.Target.Value,
                GraphVocabulary.CoMentioned,
                null,
                coMention.Count).ConfigureAwait(false);
        }
    }

    private static async Task NodeAsync(XmlWriter xml, string id, (string Key, string? Value)[] data)
    {
        await xml.WriteStartElementAsync(null, "node", Namespace).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "id", null, id).ConfigureAwait(false);
        foreach (var (key, value) in data)
        {
            if (value is not null)
            {
                await DataAsync(xml, key, value).ConfigureAwait(false);
            }
        }

        await xml.WriteEndElementAsync().ConfigureAwait(false);
    }

    private static async Task EdgeAsync(XmlWriter xml, int index, string source, string target, string relation, double? confidence, int count)
    {
        await xml.WriteStartElementAsync(null, "edge", Namespace).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "id", null, "e" + index.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "source", null, source).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "target", null, target).ConfigureAwait(false);
        await DataAsync(xml, "relation", relation).ConfigureAwait(false);
        if (confidence is { } c)
        {
            await DataAsync(xml, "confidence", c.ToString("0.####", CultureInfo.InvariantCulture)).ConfigureAwait(false);
        }

        await DataAsync(xml, "count", count.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
        await DataAsync(xml, "weight", count.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
        await xml.WriteEndElementAsync().ConfigureAwait(false);
    }

    private static async Task DataAsync(XmlWriter xml, string key, string value)
    {
        await xml.WriteStartElementAsync(null, "data", Namespace).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "key", null, key).ConfigureAwait(false);
        await xml.WriteStringAsync(Sanitize(value)).ConfigureAwait(false);
        await xml.WriteEndElementAsync().ConfigureAwait(false);
    }

    // XML 1.0 cannot carry most control characters, even escaped.
    private static string Sanitize(string value) =>
        value.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
            ? new string([.. value.Select(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t') ? ' ' : c)])
            : value;
}
