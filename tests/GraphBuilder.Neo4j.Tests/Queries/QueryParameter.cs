using System.Globalization;
using System.Text.Json;

namespace GraphBuilder.Neo4j.Tests.Queries;

/// <summary>
/// One <c>// @param name: value -- description</c> line of a query file's header.
/// </summary>
/// <param name="Name">The parameter's name, without the <c>$</c>.</param>
/// <param name="Json">The example value exactly as written: one JSON value.</param>
/// <param name="Description">What the parameter is, after <c>--</c>; empty when the line has none.</param>
internal sealed record QueryParameter(string Name, string Json, string Description)
{
    /// <summary>Gets the example value as the Bolt client takes it: integers as <see cref="long"/>, other numbers as <see cref="double"/>.</summary>
    public object? Value
    {
        get
        {
            using var document = JsonDocument.Parse(Json);
            return Convert(document.RootElement);
        }
    }

    private static object? Convert(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),

        // The same rule as the stub's reader: a number written with a point or an exponent is a float.
        JsonValueKind.Number when element.GetRawText().IndexOfAny(['.', 'e', 'E']) >= 0 => double.Parse(element.GetRawText(), CultureInfo.InvariantCulture),
        JsonValueKind.Number => element.GetInt64(),
        JsonValueKind.Array => element.EnumerateArray().Select(Convert).ToList(),
        _ => element.EnumerateObject().ToDictionary(p => p.Name, p => Convert(p.Value), StringComparer.Ordinal),
    };
}
