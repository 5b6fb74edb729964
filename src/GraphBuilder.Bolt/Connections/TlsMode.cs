namespace GraphBuilder.Bolt.Connections;

/// <summary>
/// Specifies how a connection is encrypted, from the URI scheme.
/// </summary>
internal enum TlsMode
{
    /// <summary>Plain TCP (bolt://, neo4j://).</summary>
    None = 0,

    /// <summary>TLS with a CA-signed certificate (bolt+s://, neo4j+s://).</summary>
    Verified = 1,

    /// <summary>TLS accepting any certificate, including self-signed (bolt+ssc://, neo4j+ssc://).</summary>
    TrustAll = 2,
}
