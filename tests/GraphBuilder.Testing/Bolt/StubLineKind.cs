namespace GraphBuilder.Testing.Bolt;

/// <summary>The prefix of a stub script line.</summary>
internal enum StubLineKind
{
    /// <summary>C: a message the client must send.</summary>
    Client,

    /// <summary>S: a message the stub sends.</summary>
    Server,

    /// <summary>A: a client message answered automatically, exactly once.</summary>
    AutoOnce,

    /// <summary>?: a client message answered automatically, zero or one time.</summary>
    AutoOptional,

    /// <summary>*: a client message answered automatically, zero or more times.</summary>
    AutoZeroOrMore,

    /// <summary>+: a client message answered automatically, one or more times.</summary>
    AutoOneOrMore,
}
