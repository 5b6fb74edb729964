namespace GraphBuilder.Testing.Bolt;

/// <summary>The bang lines of a script.</summary>
internal sealed record StubScriptHeader
{
    /// <summary>Gets a value indicating whether the script may be replayed on further connections (!: ALLOW RESTART).</summary>
    public bool AllowRestart { get; init; }

    /// <summary>Gets the raw handshake reply that replaces negotiation (!: HANDSHAKE hex).</summary>
    public byte[]? HandshakeOverride { get; init; }

    /// <summary>Gets the bytes the client must send after a forced handshake (!: HANDSHAKE_RESPONSE hex).</summary>
    public byte[]? HandshakeResponse { get; init; }

    /// <summary>Gets the forced manifest version (!: HANDSHAKE_MANIFEST n); 0 forces the legacy handshake.</summary>
    public int? HandshakeManifest { get; init; }

    /// <summary>Gets the messages answered with SUCCESS whenever the script does not expect them (!: AUTO NAME).</summary>
    public IReadOnlySet<string> AutoMessages { get; init; } = new HashSet<string>();
}
