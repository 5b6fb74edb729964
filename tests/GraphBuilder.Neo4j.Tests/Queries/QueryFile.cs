using System.Text;
using System.Text.Json;

namespace GraphBuilder.Neo4j.Tests.Queries;

/// <summary>
/// A file of <c>cypher/queries</c>, read by the header convention of <c>cypher/README.md</c>: a block of <c>//</c>
/// comment lines that says what the query answers, with one <c>// @param name: value -- description</c> line per
/// parameter (the value is one JSON value: an example a user can run) and optionally <c>// @requires: apoc</c>; then
/// exactly one Cypher statement, which may end with <c>;</c> for cypher-shell.
/// </summary>
internal sealed class QueryFile
{
    private const string ParamTag = "@param ";
    private const string RequiresTag = "@requires:";

    private QueryFile(string name, IReadOnlyList<string> description, IReadOnlyList<QueryParameter> parameters, IReadOnlyList<string> requires, string statement, string text)
    {
        Name = name;
        Description = description;
        Parameters = parameters;
        Requires = requires;
        Statement = statement;
        Text = text;
    }

    /// <summary>Gets the folder the query files are copied to with the tests.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "cypher", "queries");

    /// <summary>Gets the file's name, such as <c>02-entity-profile.cypher</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the header's prose lines (neither <c>@param</c> nor <c>@requires</c>), without <c>//</c>.</summary>
    public IReadOnlyList<string> Description { get; }

    /// <summary>Gets the documented parameters, in the header's order.</summary>
    public IReadOnlyList<QueryParameter> Parameters { get; }

    /// <summary>Gets what the query needs besides plain Cypher, such as <c>apoc</c>.</summary>
    public IReadOnlyList<string> Requires { get; }

    /// <summary>Gets the statement as it is sent: the text after the header, trimmed, without its closing <c>;</c>.</summary>
    public string Statement { get; }

    /// <summary>Gets the whole file.</summary>
    public string Text { get; }

    /// <summary>Gets the example parameters as the Bolt client takes them.</summary>
    public Dictionary<string, object?> ExampleParameters => Parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);

    /// <summary>Gets the example parameters as a JSON object, each value as written in the header.</summary>
    public string ExampleParametersJson =>
        "{" + string.Join(", ", Parameters.Select(p => JsonSerializer.Serialize(p.Name) + ": " + p.Json)) + "}";

    /// <summary>Lists the names of the query files.</summary>
    /// <returns>The names, sorted.</returns>
    public static IReadOnlyList<string> Names() =>
        [.. Directory.EnumerateFiles(Folder, "*.cypher").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    /// <summary>Reads a query file of <see cref="Folder"/>.</summary>
    /// <param name="name">The file's name.</param>
    /// <returns>The file.</returns>
    public static QueryFile Load(string name) => Parse(name, File.ReadAllText(Path.Combine(Folder, name)));

    /// <summary>Reads a query file's text.</summary>
    /// <param name="name">The file's name, for messages.</param>
    /// <param name="text">The text.</param>
    /// <returns>The file.</returns>
    /// <exception cref="FormatException">A <c>@param</c> line is malformed.</exception>
    public static QueryFile Parse(string name, string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var description = new List<string>();
        var parameters = new List<QueryParameter>();
        var requires = new List<string>();
        var index = 0;
        for (; index < lines.Length && lines[index].TrimStart().StartsWith("//", StringComparison.Ordinal); index++)
        {
            var comment = lines[index].TrimStart()[2..].Trim();
            if (comment.StartsWith(ParamTag, StringComparison.Ordinal))
            {
                parameters.Add(ParseParameter(name, comment[ParamTag.Length..]));
            }
            else if (comment.StartsWith(RequiresTag, StringComparison.Ordinal))
            {
                requires.AddRange(comment[RequiresTag.Length..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
            else if (comment.Length > 0)
            {
                description.Add(comment);
            }
        }

        var statement = string.Join('\n', lines[index..]).Trim();
        if (statement.EndsWith(';'))
        {
            statement = statement[..^1].TrimEnd();
        }

        return new QueryFile(name, description, parameters, requires, statement, text);
    }

    private static QueryParameter ParseParameter(string file, string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            throw new FormatException($"{file}: '@param {line}' has no 'name:'");
        }

        var name = line[..colon].Trim();
        var rest = line[(colon + 1)..].TrimStart();
        var bytes = Encoding.UTF8.GetBytes(rest);
        var reader = new Utf8JsonReader(bytes);
        try
        {
            using var value = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException exception)
        {
            throw new FormatException($"{file}: the example of ${name} is not one JSON value: {exception.Message}", exception);
        }

        var json = Encoding.UTF8.GetString(bytes, 0, (int)reader.BytesConsumed).Trim();
        var after = Encoding.UTF8.GetString(bytes, (int)reader.BytesConsumed, bytes.Length - (int)reader.BytesConsumed).Trim();
        if (after.Length > 0 && !after.StartsWith("--", StringComparison.Ordinal))
        {
            throw new FormatException($"{file}: after the example of ${name} comes '{after}', not '-- description'");
        }

        return new QueryParameter(name, json, after.Length > 0 ? after[2..].Trim() : string.Empty);
    }
}
