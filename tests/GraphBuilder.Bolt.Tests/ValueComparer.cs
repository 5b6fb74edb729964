using System.Collections;
using System.Globalization;

namespace GraphBuilder.Bolt.Tests;

/// <summary>Structural equality for decoded PackStream values (lists and maps compare by content).</summary>
internal static class ValueComparer
{
    public static bool AreEqual(object? expected, object? actual)
    {
        switch (expected)
        {
            case null:
                return actual is null;
            case double d:
                return actual is double a && (a.Equals(d) || (double.IsNaN(a) && double.IsNaN(d)));
            case int i:
                return actual is long l && l == i;
            case string or bool or long:
                return expected.Equals(actual);
            case byte[] bytes:
                return actual is byte[] other && bytes.AsSpan().SequenceEqual(other);
            case IReadOnlyDictionary<string, object?> map:
                return actual is IReadOnlyDictionary<string, object?> otherMap
                    && map.Count == otherMap.Count
                    && map.All(e => otherMap.TryGetValue(e.Key, out var v) && AreEqual(e.Value, v));
            case BoltNode node:
                return actual is BoltNode n && n.Id == node.Id && n.ElementId == node.ElementId
                    && AreEqual(node.Labels.ToArray(), n.Labels.ToArray()) && AreEqual(node.Properties, n.Properties);
            case BoltRelationship r:
                return actual is BoltRelationship o && o with { Properties = r.Properties } == r && AreEqual(r.Properties, o.Properties);
            case BoltUnboundRelationship u:
                return actual is BoltUnboundRelationship o2 && o2 with { Properties = u.Properties } == u && AreEqual(u.Properties, o2.Properties);
            case BoltPath path:
                return actual is BoltPath p
                    && AreEqual(path.Nodes.Cast<object?>().ToArray(), p.Nodes.Cast<object?>().ToArray())
                    && AreEqual(path.Relationships.Cast<object?>().ToArray(), p.Relationships.Cast<object?>().ToArray())
                    && path.Indices.SequenceEqual(p.Indices);
            case IEnumerable list when expected is not string:
                return actual is IEnumerable otherList && actual is not string
                    && list.Cast<object?>().Count() == otherList.Cast<object?>().Count()
                    && list.Cast<object?>().Zip(otherList.Cast<object?>()).All(pair => AreEqual(pair.First, pair.Second));
            default:
                return expected.Equals(actual);
        }
    }

    public static string Describe(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.Select(e => $"{e.Key}: {Describe(e.Value)}")) + "}",
        IEnumerable list and not byte[] => "[" + string.Join(", ", list.Cast<object?>().Select(Describe)) + "]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
