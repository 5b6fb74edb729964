namespace GraphBuilder.Testing.Bolt;

/// <summary>The kind of a flow block.</summary>
internal enum StubBlockKind
{
    /// <summary>{? ... ?}: played when the client's next message starts it.</summary>
    Optional,

    /// <summary>{* ... *}: played while the client's next message starts it.</summary>
    ZeroOrMore,

    /// <summary>{+ ... +}: played once, then while the client's next message starts it.</summary>
    OneOrMore,

    /// <summary>{{ ... ---- ... }}: the first branch the client's next message starts.</summary>
    Alternatives,
}
