using GraphBuilder.Bolt.Protocol;

namespace GraphBuilder.Testing.Bolt;

/// <summary>A parsed testkit-style stub script: the bang-line header and the body.</summary>
public sealed class StubScript
{
    internal StubScript(string name, BoltVersion version, StubScriptHeader header, IReadOnlyList<StubItem> body)
    {
        Name = name;
        Version = version;
        Header = header;
        Body = body;
    }

    /// <summary>Gets the script's name (file name or "inline").</summary>
    public string Name { get; }

    internal BoltVersion Version { get; }

    internal StubScriptHeader Header { get; }

    internal IReadOnlyList<StubItem> Body { get; }

    /// <summary>Parses a script text.</summary>
    /// <param name="text">The script.</param>
    /// <param name="name">A name for error messages.</param>
    /// <returns>The script.</returns>
    public static StubScript Parse(string text, string name = "inline") => StubScriptParser.Parse(text, name);
}
