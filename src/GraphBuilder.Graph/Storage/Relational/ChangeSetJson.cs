using System.Text.Json;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Storage.Relational;

/// <summary>
/// Serialises change sets for the outbox.
/// </summary>
internal static class ChangeSetJson
{
    public static string Write(GraphChangeSet changes)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("a");
            foreach (var article in changes.Articles)
            {
                writer.WriteStringValue(article);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("e");
            foreach (var entity in changes.Entities)
            {
                writer.WriteStringValue(entity.Value);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("r");
            foreach (var relation in changes.Relations)
            {
                writer.WriteStartArray();
                writer.WriteStringValue(relation.Source.Value);
                writer.WriteStringValue(relation.Target.Value);
                writer.WriteStringValue(GraphVocabulary.RelationType(relation.Type));
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("c");
            foreach (var (source, target) in changes.CoMentions)
            {
                writer.WriteStartArray();
                writer.WriteStringValue(source.Value);
                writer.WriteStringValue(target.Value);
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static GraphChangeSet Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var articles = root.GetProperty("a").EnumerateArray().Select(e => e.GetString()!).ToList();
        var entities = root.GetProperty("e").EnumerateArray().Select(e => new EntityId(e.GetString()!)).ToList();
        var relations = new List<RelationKey>();
        foreach (var item in root.GetProperty("r").EnumerateArray())
        {
            if (GraphVocabulary.TryParseRelationType(item[2].GetString()!, out RelationKind kind))
            {
                relations.Add(new RelationKey(new EntityId(item[0].GetString()!), new EntityId(item[1].GetString()!), kind));
            }
        }

        var coMentions = root.GetProperty("c").EnumerateArray()
            .Select(item => (new EntityId(item[0].GetString()!), new EntityId(item[1].GetString()!)))
            .ToList();
        return new GraphChangeSet(articles, entities, relations, coMentions);
    }
}
