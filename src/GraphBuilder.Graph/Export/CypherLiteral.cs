using System.Globalization;
using System.Text;

namespace GraphBuilder.Graph.Export;

/// <summary>
/// Writes values as Cypher literals, escaped so that no text can end a string early.
/// </summary>
internal static class CypherLiteral
{
    public static string String(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var builder = new StringBuilder(value.Length + 2).Append('\'');
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': builder.Append(@"\\"); break;
                case '\'': builder.Append(@"\'"); break;
                case '\n': builder.Append(@"\n"); break;
                case '\r': builder.Append(@"\r"); break;
                case '\t': builder.Append(@"\t"); break;
                default:
                    if (char.IsControl(c))
                    {
                        builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('\'').ToString();
    }

    public static string List(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(String)) + "]";

    public static string DateTime(DateTimeOffset? value) =>
        value is { } v ? "datetime(" + String(v.ToString("O", CultureInfo.InvariantCulture)) + ")" : "null";

    public static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes any mapped property value (<see cref="CypherMapping"/>) as a literal.</summary>
    public static string Of(object? value) => value switch
    {
        null => "null",
        string text => String(text),
        DateTimeOffset time => DateTime(time),
        int number => Number(number),
        double number => Number(number),
        IEnumerable<string> texts => List(texts),
        _ => throw new ArgumentException($"No Cypher literal for a value of type {value.GetType().Name}.", nameof(value)),
    };
}
