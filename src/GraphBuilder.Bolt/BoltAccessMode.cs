namespace GraphBuilder.Bolt;

/// <summary>
/// Specifies whether work reads or writes, which decides the routed server and the "mode" sent to the server.
/// </summary>
public enum BoltAccessMode
{
    /// <summary>The work writes; it is routed to a writer.</summary>
    Write = 0,

    /// <summary>The work only reads; it is routed to a reader and sent with mode "r".</summary>
    Read = 1,
}
