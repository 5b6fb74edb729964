using GraphBuilder.Bolt.Protocol;

namespace GraphBuilder.Bolt.Connections;

/// <summary>
/// Everything needed to open and authenticate a connection.
/// </summary>
/// <param name="Hello">What the client says in HELLO and LOGON.</param>
/// <param name="Tls">The encryption mode.</param>
/// <param name="ConnectionTimeout">The limit for TCP connect, TLS, handshake and authentication together.</param>
/// <param name="ReadTimeout">The limit for waiting on one response, or <see langword="null"/> to use the server's hint or none.</param>
internal sealed record ConnectionSettings(
    HelloSettings Hello,
    TlsMode Tls,
    TimeSpan ConnectionTimeout,
    TimeSpan? ReadTimeout);
