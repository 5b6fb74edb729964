using System.Text.Json;
using GraphBuilder.Graph.Storage.Relational;

namespace GraphBuilder.Storage.Sqlite;

/// <summary>
/// Writes rows for SQLite's set-based statements, which read them with <c>json_each</c>.
/// </summary>
internal static class JsonRows
{
    /// <summary>Writes rows for a set-based statement (<c>json_each</c>) as a JSON array of <c>[anchor, value, count]</c>.</summary>
    public static string Of(IEnumerable<GroupCountRow> rows) =>
        Of(rows, static (writer, row) =>
        {
            writer.WriteStringValue(row.Anchor);
            writer.WriteStringValue(row.Value);
            writer.WriteNumberValue(row.Count);
        });

    /// <summary>Writes values for <c>IN (SELECT value FROM json_each($values))</c>: one statement text for any number.</summary>
    public static string Values(IEnumerable<string> values) =>
        JsonArray(writer =>
        {
            foreach (var value in values)
            {
                writer.WriteStringValue(value);
            }
        });

    /// <summary>
    /// Writes rows for a set-based insert as a JSON array with one array per row, whose values
    /// <paramref name="writeValues"/> writes in the order the statement reads them (<c>value -&gt;&gt; 0</c>, …).
    /// </summary>
    public static string Of<T>(IEnumerable<T> rows, Action<Utf8JsonWriter, T> writeValues) =>
        JsonArray(writer =>
        {
            foreach (var row in rows)
            {
                writer.WriteStartArray();
                writeValues(writer, row);
                writer.WriteEndArray();
            }
        });

    /// <summary>Writes one JSON array whose elements <paramref name="writeElements"/> writes.</summary>
    private static string JsonArray(Action<Utf8JsonWriter> writeElements)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            writeElements(writer);
            writer.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
