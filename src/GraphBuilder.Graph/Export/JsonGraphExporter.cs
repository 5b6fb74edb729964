using System.Text.Encodings.Web;
using System.Text.Json;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Export;

/// <summary>
/// Writes the JSON contract:
/// <c>{"articles":[{id,title,url,publishedAt}],"entities":[{id,name,type,aliases,mentions}],
/// "relations":[{source,target,type,confidence,count,evidence:[{article,sentence,start,end}]}]}</c>.
/// Co-mentions are not typed relations and are left out, as the contract defines.
/// </summary>
public sealed class JsonGraphExporter : IGraphExporter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <inheritdoc/>
    public ExportFormat Format => ExportFormat.Json;

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> ExportAsync(GraphSnapshot snapshot, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 65536, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            await WriteAsync(snapshot, stream, cancellationToken).ConfigureAwait(false);
        }

        return [path];
    }

    /// <summary>Writes the snapshot as JSON to a stream.</summary>
    /// <param name="snapshot">The graph.</param>
    /// <param name="stream">The stream.</param>
    /// <param name="cancellationToken">A token that cancels the write.</param>
    /// <returns>A task that completes when the JSON is flushed.</returns>
    public static async Task WriteAsync(GraphSnapshot snapshot, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var writer = new Utf8JsonWriter(stream, WriterOptions);
        await using (writer.ConfigureAwait(false))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("articles");
            foreach (var article in snapshot.Articles)
            {
                writer.WriteStartObject();
                writer.WriteString("id", article.Id);
                writer.WriteString("title", article.Title);
                writer.WriteString("url", article.Url);
                if (article.PublishedAt is { } published)
                {
                    writer.WriteString("publishedAt", published);
                }
                else
                {
                    writer.WriteNull("publishedAt");
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("entities");
            foreach (var entity in snapshot.Entities)
            {
                writer.WriteStartObject();
                writer.WriteString("id", entity.Id.Value);
                writer.WriteString("name", entity.Name);
                writer.WriteString("type", GraphVocabulary.Label(entity.Type));
                writer.WriteStartArray("aliases");
                foreach (var alias in entity.Aliases)
                {
                    writer.WriteStringValue(alias);
                }

                writer.WriteEndArray();
                writer.WriteNumber("mentions", entity.MentionCount);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("relations");
            foreach (var relation in snapshot.Relations)
            {
                writer.WriteStartObject();
                writer.WriteString("source", relation.Source.Value);
                writer.WriteString("target", relation.Target.Value);
                writer.WriteString("type", GraphVocabulary.RelationType(relation.Type));
                writer.WriteNumber("confidence", Math.Round(relation.Confidence, 4));
                writer.WriteNumber("count", relation.Count);
                writer.WriteStartArray("evidence");
                foreach (var evidence in relation.Evidence)
                {
                    EvidenceJson.Write(writer, evidence);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
