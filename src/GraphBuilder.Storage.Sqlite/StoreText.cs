using System.Globalization;
using System.Text.Json;

namespace GraphBuilder.Storage.Sqlite;

/// <summary>
/// Converts values to and from the store's text columns. Times are stored as UTC ISO 8601 so that they sort as text.
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
}
