using GraphBuilder.Bolt.Connections;
using GraphBuilder.Bolt.Messaging;
using GraphBuilder.Bolt.Messaging.Requests;

namespace GraphBuilder.Bolt.Tests.Messaging;

public sealed class RequestMessageTests
{
    private static readonly Dictionary<string, object?> Empty = [];

    public static TheoryData<string, string> Frames => new()
    {
        { "RUN", "0012B3108D52455455524E2031204153206EA0A00000" },
        { "PULL all", "0006B13FA1816EFF0000" },
        { "PULL 1000", "0008B13FA1816EC903E80000" },
        { "DISCARD all", "0006B12FA1816EFF0000" },
        { "BEGIN", "0003B111A00000" },
        { "COMMIT", "0002B0120000" },
        { "ROLLBACK", "0002B0130000" },
        { "RESET", "0002B00F0000" },
        { "GOODBYE", "0002B0020000" },
        { "LOGOFF", "0002B06B0000" },
        { "TELEMETRY", "0003B15400 0000" },
        { "HELLO", "0030B101A28A757365725F6167656E7486 6B672F312E308A626F6C745F6167656E74A187 70726F64756374866B672F312E300000" },
        { "LOGON", "002FB16AA3867363 68656D65856261736963897072696E63697061 6C856E656F346A8B63726564656E7469616C7382 70770000" },
        { "ROUTE", "0025B366A187616464726573738E6C6F63616C686F73743A37363837 90A182646285 6E656F346A0000" },
        { "PULL qid", "000DB13FA2816EC903E88371696401 0000" },
    };

    [Theory]
    [MemberData(nameof(Frames))]
    public void Encode_ReferenceFrame_MatchesBytes(string name, string hex)
    {
        var writer = new ChunkWriter();

        writer.Write(Create(name));

        Hex.Format(writer.Pending.Span).ShouldBe(hex.Replace(" ", string.Empty, StringComparison.Ordinal), name);
    }

    private static IRequestMessage Create(string name) => name switch
    {
        "RUN" => new RunMessage("RETURN 1 AS n", Empty, Empty),
        "PULL all" => new PullMessage(PullMessage.All),
        "PULL 1000" => new PullMessage(1000),
        "PULL qid" => new PullMessage(1000, 1),
        "DISCARD all" => new DiscardMessage(DiscardMessage.All),
        "BEGIN" => new BeginMessage(Empty),
        "COMMIT" => CommitMessage.Instance,
        "ROLLBACK" => RollbackMessage.Instance,
        "RESET" => ResetMessage.Instance,
        "GOODBYE" => GoodbyeMessage.Instance,
        "LOGOFF" => LogoffMessage.Instance,
        "TELEMETRY" => new TelemetryMessage(TelemetryMessage.ManagedTransaction),
        "HELLO" => new HelloMessage(new Dictionary<string, object?>
        {
            ["user_agent"] = "kg/1.0",
            ["bolt_agent"] = new Dictionary<string, object?> { ["product"] = "kg/1.0" },
        }),
        "LOGON" => new LogonMessage(new Dictionary<string, object?> { ["scheme"] = "basic", ["principal"] = "neo4j", ["credentials"] = "pw" }),
        "ROUTE" => new RouteMessage(new Dictionary<string, object?> { ["address"] = "localhost:7687" }, [], new Dictionary<string, object?> { ["db"] = "neo4j" }),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
