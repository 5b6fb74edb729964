namespace GraphBuilder.Bolt.Connections;

/// <summary>
/// The client's view of the server state machine (server-state.adoc); only the states the client acts on.
/// </summary>
internal enum ServerState
{
    /// <summary>READY: no open transaction or stream.</summary>
    Ready = 0,

    /// <summary>STREAMING or TX_READY/TX_STREAMING: work is in progress.</summary>
    Busy = 1,

    /// <summary>FAILED: the server answers IGNORED to everything until RESET.</summary>
    Failed = 2,

    /// <summary>DEFUNCT: the connection is closed or unusable and is never reused.</summary>
    Defunct = 3,
}
