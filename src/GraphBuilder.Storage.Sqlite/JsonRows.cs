using System.Text.Json;
using GraphBuilder.Graph.Storage.Relational;

namespace GraphBuilder.Storage.Sqlite;

/// <summary>
/// Writes rows for SQLite's set-based statements, which read them with <c>json_each</c>.
/// </summary>
internal static class JsonRows
{
    /// <summary>Writes rows for a set-based statement (<c>json_each</c>) as a JSON array of <c>[anchor, value, count]</c>.</summary>
    public static string Of(IEnumerable<GroupCountRow> rows)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var row in rows)
            {
                writer.WriteStartArray();
                writer.WriteStringValue(row.Anchor);
                writer.WriteStringValue(row.Value);
                writer.WriteNumberValue(row.Count);
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
