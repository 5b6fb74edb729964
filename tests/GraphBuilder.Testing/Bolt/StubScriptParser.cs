using System.Globalization;
using System.Text.RegularExpressions;
using GraphBuilder.Bolt.Protocol;

namespace GraphBuilder.Testing.Bolt;

/// <summary>Parses testkit stub scripts (boltstub README): "!:" header lines, then C:/S:/A:/?:/*:/+: lines and flow blocks.</summary>
internal static partial class StubScriptParser
{
    public static StubScript Parse(string text, string name)
    {
        BoltVersion? version = null;
        var header = new StubScriptHeader();
        var autos = new HashSet<string>(StringComparer.Ordinal);

        // Each open block holds its branches; the root is a single-branch pseudo block.
        var stack = new Stack<(StubBlockKind? Kind, int Line, List<List<StubItem>> Branches)>();
        stack.Push((null, 0, [[]]));
        StubLineKind? previous = null;
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var lineNumber = index + 1;
            var line = lines[index].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var current = stack.Peek().Branches[^1];
            switch (line)
            {
                case "{?":
                    stack.Push((StubBlockKind.Optional, lineNumber, [[]]));
                    previous = null;
                    continue;
                case "{*":
                    stack.Push((StubBlockKind.ZeroOrMore, lineNumber, [[]]));
                    previous = null;
                    continue;
                case "{+":
                    stack.Push((StubBlockKind.OneOrMore, lineNumber, [[]]));
                    previous = null;
                    continue;
                case "{{":
                    stack.Push((StubBlockKind.Alternatives, lineNumber, [[]]));
                    previous = null;
                    continue;
                case "----":
                    if (stack.Peek().Kind != StubBlockKind.Alternatives)
                    {
                        throw Error(name, lineNumber, "'----' outside '{{ }}'");
                    }

                    stack.Peek().Branches.Add([]);
                    previous = null;
                    continue;
                case "?}" or "*}" or "+}" or "}}":
                    var closed = stack.Pop();
                    var expected = line switch
                    {
                        "?}" => StubBlockKind.Optional,
                        "*}" => StubBlockKind.ZeroOrMore,
                        "+}" => StubBlockKind.OneOrMore,
                        _ => StubBlockKind.Alternatives,
                    };
                    if (closed.Kind != expected)
                    {
                        throw Error(name, lineNumber, $"'{line}' does not close the block opened on line {closed.Line}");
                    }

                    stack.Peek().Branches[^1].Add(new StubBlock(closed.Line, expected, closed.Branches));
                    previous = null;
                    continue;
                default:
                    break;
            }

            var match = PrefixPattern().Match(line);
            if (match.Success && match.Groups[1].Value == "!")
            {
                ParseBang(match.Groups[2].Value.Trim(), name, lineNumber, ref version, ref header, autos);
                continue;
            }

            StubLineKind kind;
            string body;
            if (match.Success)
            {
                kind = match.Groups[1].Value switch
                {
                    "C" => StubLineKind.Client,
                    "S" => StubLineKind.Server,
                    "A" => StubLineKind.AutoOnce,
                    "?" => StubLineKind.AutoOptional,
                    "*" => StubLineKind.AutoZeroOrMore,
                    "+" => StubLineKind.AutoOneOrMore,
                    var other => throw Error(name, lineNumber, $"unsupported line prefix '{other}:'"),
                };
                body = match.Groups[2].Value.Trim();
            }
            else if (previous is StubLineKind.Client or StubLineKind.Server)
            {
                kind = previous.Value;
                body = line;
            }
            else
            {
                throw Error(name, lineNumber, $"cannot parse '{line}'");
            }

            current.Add(ParseMessage(body, kind, name, lineNumber));
            previous = kind;
        }

        if (stack.Count != 1)
        {
            throw Error(name, stack.Peek().Line, "block is never closed");
        }

        if (version is null)
        {
            throw Error(name, 1, "the script has no '!: BOLT x.y' line");
        }

        return new StubScript(name, version.Value, header with { AutoMessages = autos }, stack.Pop().Branches[0]);
    }

    private static StubMessageLine ParseMessage(string body, StubLineKind kind, string name, int lineNumber)
    {
        var space = body.IndexOf(' ', StringComparison.Ordinal);
        var messageName = space < 0 ? body : body[..space];
        var rest = space < 0 ? string.Empty : body[(space + 1)..];
        if (messageName.StartsWith('<'))
        {
            if (kind != StubLineKind.Server)
            {
                throw Error(name, lineNumber, $"{messageName} is only valid on S: lines");
            }

            return new StubMessageLine(lineNumber, kind, messageName, [rest.Trim()], body);
        }

        if (!StubMessages.IsKnown(messageName))
        {
            throw Error(name, lineNumber, $"unknown message '{messageName}'");
        }

        try
        {
            var fields = StubValueParser.ParseFields(rest, allowWildcards: kind != StubLineKind.Server);
            return new StubMessageLine(lineNumber, kind, messageName, fields, body);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or FormatException or InvalidCastException)
        {
            throw Error(name, lineNumber, $"invalid fields '{rest}': {ex.Message}");
        }
    }

    private static void ParseBang(string bang, string name, int lineNumber, ref BoltVersion? version, ref StubScriptHeader header, HashSet<string> autos)
    {
        var parts = bang.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        var argument = parts.Length > 1 ? parts[1].Trim() : string.Empty;
        switch (parts[0])
        {
            case "BOLT":
                var numbers = argument.Split(' ')[0].Split('.');
                version = new BoltVersion(
                    int.Parse(numbers[0], CultureInfo.InvariantCulture),
                    numbers.Length > 1 ? int.Parse(numbers[1], CultureInfo.InvariantCulture) : 0);
                break;
            case "ALLOW" when argument == "RESTART":
                header = header with { AllowRestart = true };
                break;
            case "ALLOW" when argument == "CONCURRENT":
                break;
            case "AUTO":
                autos.Add(argument);
                break;
            case "HANDSHAKE":
                header = header with { HandshakeOverride = Convert.FromHexString(argument.Replace(" ", string.Empty, StringComparison.Ordinal)) };
                break;
            case "HANDSHAKE_RESPONSE":
                header = header with { HandshakeResponse = Convert.FromHexString(argument.Replace(" ", string.Empty, StringComparison.Ordinal)) };
                break;
            case "HANDSHAKE_MANIFEST":
                header = header with { HandshakeManifest = int.Parse(argument, CultureInfo.InvariantCulture) };
                break;
            default:
                throw Error(name, lineNumber, $"unsupported bang line '!: {bang}'");
        }
    }

    private static FormatException Error(string name, int lineNumber, string message) =>
        new($"Stub script {name}, line {lineNumber}: {message}.");

    [GeneratedRegex(@"^(C|S|A|\?|\*|\+|!|PY|IF|ELIF|ELSE):\s*(.*)$")]
    private static partial Regex PrefixPattern();
}
