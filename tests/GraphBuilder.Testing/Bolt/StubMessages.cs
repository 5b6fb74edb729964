using GraphBuilder.Bolt.Messaging;

namespace GraphBuilder.Testing.Bolt;

/// <summary>Message names used in scripts and their signatures (message.adoc).</summary>
internal static class StubMessages
{
    private static readonly Dictionary<string, byte> Signatures = new(StringComparer.Ordinal)
    {
        ["HELLO"] = MessageSignature.Hello,
        ["GOODBYE"] = MessageSignature.Goodbye,
        ["RESET"] = MessageSignature.Reset,
        ["RUN"] = MessageSignature.Run,
        ["BEGIN"] = MessageSignature.Begin,
        ["COMMIT"] = MessageSignature.Commit,
        ["ROLLBACK"] = MessageSignature.Rollback,
        ["DISCARD"] = MessageSignature.Discard,
        ["PULL"] = MessageSignature.Pull,
        ["TELEMETRY"] = MessageSignature.Telemetry,
        ["ROUTE"] = MessageSignature.Route,
        ["LOGON"] = MessageSignature.Logon,
        ["LOGOFF"] = MessageSignature.Logoff,
        ["SUCCESS"] = MessageSignature.Success,
        ["RECORD"] = MessageSignature.Record,
        ["IGNORED"] = MessageSignature.Ignored,
        ["FAILURE"] = MessageSignature.Failure,
    };

    private static readonly Dictionary<byte, string> ClientNames = new()
    {
        [MessageSignature.Hello] = "HELLO",
        [MessageSignature.Goodbye] = "GOODBYE",
        [MessageSignature.Reset] = "RESET",
        [MessageSignature.Run] = "RUN",
        [MessageSignature.Begin] = "BEGIN",
        [MessageSignature.Commit] = "COMMIT",
        [MessageSignature.Rollback] = "ROLLBACK",
        [MessageSignature.Discard] = "DISCARD",
        [MessageSignature.Pull] = "PULL",
        [MessageSignature.Telemetry] = "TELEMETRY",
        [MessageSignature.Route] = "ROUTE",
        [MessageSignature.Logon] = "LOGON",
        [MessageSignature.Logoff] = "LOGOFF",
    };

    public static bool IsKnown(string name) => Signatures.ContainsKey(name);

    public static byte SignatureOf(string name) => Signatures[name];

    public static string ClientNameOf(byte signature) =>
        ClientNames.TryGetValue(signature, out var name) ? name : $"0x{signature:X2}";
}
