using System.Collections;
using System.Globalization;

namespace GraphBuilder.Testing.Bolt;

/// <summary>
/// Matches a client message against a C: line: "*" and typed wildcards, "[key]" optional dictionary keys,
/// otherwise exact (dictionaries may not have extra keys, as in testkit).
/// </summary>
internal static class StubMatcher
{
    public static bool Matches(StubMessageLine line, StubClientMessage message)
    {
        if (line.Name != message.Name)
        {
            return false;
        }

        // A line without fields matches any fields, so "C: RESET" or "C: HELLO" can be written short.
        if (line.Fields.Count == 0)
        {
            return true;
        }

        return line.Fields.Count == message.Fields.Count && line.Fields.Zip(message.Fields).All(pair => Matches(pair.First, pair.Second));
    }

    public static bool Matches(object? pattern, object? actual)
    {
        switch (pattern)
        {
            case StubWildcard wildcard:
                return wildcard.Matches(actual);
            case null:
                return actual is null;
            case long l:
                return actual is long a && a == l;
            case double d:
                return actual is double b && (b.Equals(d) || (double.IsNaN(b) && double.IsNaN(d)));
            case string s:
                return actual is string t && string.Equals(s, t, StringComparison.Ordinal);
            case bool flag:
                return actual is bool other && other == flag;
            case byte[] bytes:
                return actual is byte[] actualBytes && bytes.AsSpan().SequenceEqual(actualBytes);
            case IReadOnlyDictionary<string, object?> map:
                return actual is IReadOnlyDictionary<string, object?> actualMap && MatchesMap(map, actualMap);
            case IList list:
                return actual is IList actualList && list.Count == actualList.Count
                    && Enumerable.Range(0, list.Count).All(i => Matches(list[i], actualList[i]));
            default:
                return Equals(pattern, actual);
        }
    }

    public static string Describe(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        byte[] bytes => $"{{\"#\": \"{Convert.ToHexString(bytes)}\"}}",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.Select(e => $"\"{e.Key}\": {Describe(e.Value)}")) + "}",
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Describe)) + "]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static bool MatchesMap(IReadOnlyDictionary<string, object?> pattern, IReadOnlyDictionary<string, object?> actual)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (rawKey, expected) in pattern)
        {
            var optional = rawKey.Length > 2 && rawKey[0] == '[' && rawKey[^1] == ']';
            var key = optional ? rawKey[1..^1] : rawKey;
            seen.Add(key);
            if (actual.TryGetValue(key, out var value))
            {
                if (!Matches(expected, value))
                {
                    return false;
                }
            }
            else if (!optional)
            {
                return false;
            }
        }

        return actual.Keys.All(seen.Contains);
    }
}
