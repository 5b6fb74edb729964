namespace GraphBuilder.Bolt.Messaging;

/// <summary>
/// Message signatures, the structure tag of each Bolt message (message.adoc, "Bolt Protocol Messages").
/// </summary>
internal static class MessageSignature
{
    /// <summary>HELLO 0x01.</summary>
    public const byte Hello = 0x01;

    /// <summary>GOODBYE 0x02.</summary>
    public const byte Goodbye = 0x02;

    /// <summary>RESET 0x0F.</summary>
    public const byte Reset = 0x0F;

    /// <summary>RUN 0x10.</summary>
    public const byte Run = 0x10;

    /// <summary>BEGIN 0x11.</summary>
    public const byte Begin = 0x11;

    /// <summary>COMMIT 0x12.</summary>
    public const byte Commit = 0x12;

    /// <summary>ROLLBACK 0x13.</summary>
    public const byte Rollback = 0x13;

    /// <summary>DISCARD 0x2F.</summary>
    public const byte Discard = 0x2F;

    /// <summary>PULL 0x3F.</summary>
    public const byte Pull = 0x3F;

    /// <summary>TELEMETRY 0x54 (5.4+).</summary>
    public const byte Telemetry = 0x54;

    /// <summary>ROUTE 0x66 (4.3+).</summary>
    public const byte Route = 0x66;

    /// <summary>LOGON 0x6A (5.1+).</summary>
    public const byte Logon = 0x6A;

    /// <summary>LOGOFF 0x6B (5.1+).</summary>
    public const byte Logoff = 0x6B;

    /// <summary>SUCCESS 0x70.</summary>
    public const byte Success = 0x70;

    /// <summary>RECORD 0x71.</summary>
    public const byte Record = 0x71;

    /// <summary>IGNORED 0x7E.</summary>
    public const byte Ignored = 0x7E;

    /// <summary>FAILURE 0x7F.</summary>
    public const byte Failure = 0x7F;
}
