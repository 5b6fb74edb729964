using System.Collections;
using System.Globalization;
using System.Text;

namespace GraphBuilder.Testing.Bolt;

/// <summary>A transaction a <see cref="FakeBoltServer"/> committed, with its statements in the order they ran.</summary>
/// <param name="Sequence">The commit's position in the server's log, from 1.</param>
/// <param name="AutoCommit">Whether it was an auto-commit RUN (one statement) rather than BEGIN … COMMIT.</param>
/// <param name="Statements">The statements.</param>
public sealed record FakeBoltTransaction(int Sequence, bool AutoCommit, IReadOnlyList<FakeBoltStatement> Statements)
{
    /// <summary>
    /// Gets a canonical text of the statements and every parameter value (map keys sorted), so two commits of the same
    /// content have the same key whatever connection or attempt carried them.
    /// </summary>
    public string ContentKey
    {
        get
        {
            var text = new StringBuilder();
            foreach (var statement in Statements)
            {
                text.Append(statement.Query).Append('\u0001');
                Describe(statement.Parameters, text);
                text.Append('\u0002');
            }

            return text.ToString();
        }
    }

    private static void Describe(object? value, StringBuilder text)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case string s:
                text.Append('"').Append(s).Append('"');
                break;
            case IReadOnlyDictionary<string, object?> map:
                text.Append('{');
                foreach (var (key, item) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    text.Append(key).Append(':');
                    Describe(item, text);
                    text.Append(',');
                }

                text.Append('}');
                break;
            case IEnumerable list:
                text.Append('[');
                foreach (var item in list)
                {
                    Describe(item, text);
                    text.Append(',');
                }

                text.Append(']');
                break;
            case IFormattable formattable:
                text.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                text.Append(value);
                break;
        }
    }
}
