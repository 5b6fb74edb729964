using System.Globalization;
using System.Text;
using System.Text.Json;

namespace GraphBuilder.Testing.Bolt;

/// <summary>
/// Reads the JSON fields of a message line (testkit's JOLT subset): plain JSON, the type sigils Z (integer),
/// R (float), U (string), ? (bool), # (hex bytes), [] (list), {} (dict), () (node), T (temporal), @ (point), and "*" wildcards.
/// </summary>
internal static class StubValueParser
{
    public static IReadOnlyList<object?> ParseFields(string text, bool allowWildcards)
    {
        var values = new List<object?>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return values;
        }

        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text), new JsonReaderOptions { AllowMultipleValues = true });
        while (reader.Read())
        {
            using var document = JsonDocument.ParseValue(ref reader);
            values.Add(Convert(document.RootElement, allowWildcards));
        }

        return values;
    }

    private static object? Convert(JsonElement element, bool wildcards)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.String:
                var s = element.GetString()!;
                return wildcards && s == "*" ? StubWildcard.Any : s;
            case JsonValueKind.Number:
                var raw = element.GetRawText();
                // Integers stay long: a conditional of double and long would widen both to double.
                if (raw.IndexOfAny(['.', 'e', 'E']) >= 0)
                {
                    return double.Parse(raw, CultureInfo.InvariantCulture);
                }

                return long.Parse(raw, CultureInfo.InvariantCulture);
            case JsonValueKind.Array:
                return element.EnumerateArray().Select(e => Convert(e, wildcards)).ToArray();
            default:
                return ConvertObject(element, wildcards);
        }
    }

    private static object? ConvertObject(JsonElement element, bool wildcards)
    {
        var properties = element.EnumerateObject().ToList();
        if (properties.Count == 1)
        {
            var (sigil, value) = (properties[0].Name, properties[0].Value);
            var isWildcard = wildcards && value.ValueKind == JsonValueKind.String && value.GetString() == "*";
            switch (sigil)
            {
                case "Z":
                    return isWildcard ? new StubWildcard(typeof(long)) : long.Parse(value.GetString()!, CultureInfo.InvariantCulture);
                case "R":
                    return isWildcard ? new StubWildcard(typeof(double)) : double.Parse(value.GetString()!, CultureInfo.InvariantCulture);
                case "U":
                    return isWildcard ? new StubWildcard(typeof(string)) : value.GetString();
                case "?":
                    return isWildcard ? new StubWildcard(typeof(bool)) : value.GetBoolean();
                case "#":
                    return isWildcard ? new StubWildcard(typeof(byte[])) : System.Convert.FromHexString(value.GetString()!.Replace(" ", string.Empty, StringComparison.Ordinal));
                case "[]":
                    return isWildcard ? new StubWildcard(typeof(IReadOnlyList<object?>)) : Convert(value, wildcards);
                case "{}":
                    return isWildcard ? new StubWildcard(typeof(IReadOnlyDictionary<string, object?>)) : ConvertMap(value, wildcards);
                case "T":
                    return isWildcard ? StubWildcard.Any : StubJoltTemporal.ParseTemporal(value.GetString()!);
                case "@":
                    return isWildcard ? new StubWildcard(typeof(GraphBuilder.Bolt.BoltPoint)) : StubJoltTemporal.ParsePoint(value.GetString()!);
                case "()":
                    var fields = value.EnumerateArray().Select(e => Convert(e, wildcards)).ToArray();
                    return new GraphBuilder.Bolt.BoltNode(
                        (long)fields[0]!,
                        ((object?[])fields[1]!).Cast<string>().ToArray(),
                        (IReadOnlyDictionary<string, object?>)fields[2]!,
                        fields.Length > 3 ? (string)fields[3]! : ((long)fields[0]!).ToString(CultureInfo.InvariantCulture));
                default:
                    break;
            }
        }

        return ConvertMap(element, wildcards);
    }

    private static Dictionary<string, object?> ConvertMap(JsonElement element, bool wildcards)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            map[property.Name] = Convert(property.Value, wildcards);
        }

        return map;
    }
}
