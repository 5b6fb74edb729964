using System.Globalization;
using System.Text.Json;

namespace GraphBuilder.Graph.Storage.Relational;

/// <summary>
/// Converts values to and from the relational stores' text columns. Times are stored as UTC ISO 8601 text so that they
/// sort as text (PostgreSQL's columns use the "C" collation) and both stores give the same graph byte for byte.
/// </summary>
internal static class StoreText
{
    public static string Time(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static object TimeOrNull(DateTimeOffset? value) => value is { } v ? Time(v) : DBNull.Value;

    public static DateTimeOffset ParseTime(string value) =>
        DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static string List(IEnumerable<string> values) => JsonSerializer.Serialize(values.ToArray(), StoreJsonContext.Default.StringArray);

    public static string[] ParseList(string json) => JsonSerializer.Deserialize(json, StoreJsonContext.Default.StringArray) ?? [];

    public static object OrNull(string? value) => value is null ? DBNull.Value : value;

    /// <summary>Writes counts by name, sorted, so the same counts are always the same text.</summary>
    public static string Counts(IEnumerable<KeyValuePair<string, int>> counts) =>
        JsonSerializer.Serialize(new SortedDictionary<string, int>(counts.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal), StringComparer.Ordinal), StoreJsonContext.Default.SortedDictionaryStringInt32);

    public static IReadOnlyDictionary<string, int> ParseCounts(string json) =>
        JsonSerializer.Deserialize(json, StoreJsonContext.Default.SortedDictionaryStringInt32) is { } counts ? new Dictionary<string, int>(counts, StringComparer.Ordinal) : new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>Writes weights by type, under the types' labels.</summary>
    public static string Weights(IEnumerable<KeyValuePair<GraphBuilder.Graph.Model.EntityKind, long>> weights) =>
        JsonSerializer.Serialize(new SortedDictionary<string, long>(weights.ToDictionary(p => GraphBuilder.Graph.Model.GraphVocabulary.Label(p.Key), p => p.Value, StringComparer.Ordinal), StringComparer.Ordinal), StoreJsonContext.Default.SortedDictionaryStringInt64);

    public static IReadOnlyDictionary<GraphBuilder.Graph.Model.EntityKind, long> ParseWeights(string json)
    {
        var weights = new Dictionary<GraphBuilder.Graph.Model.EntityKind, long>();
        foreach (var (label, weight) in JsonSerializer.Deserialize(json, StoreJsonContext.Default.SortedDictionaryStringInt64) ?? [])
        {
            if (GraphBuilder.Graph.Model.GraphVocabulary.TryParseLabel(label, out var kind))
            {
                weights[kind] = weight;
            }
        }

        return weights;
    }
}
