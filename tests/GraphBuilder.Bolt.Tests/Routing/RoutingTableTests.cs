using GraphBuilder.Bolt.Connections;
using GraphBuilder.Bolt.Routing;

namespace GraphBuilder.Bolt.Tests.Routing;

public sealed class RoutingTableTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Parse_RouteReply_SplitsRolesAndSetsExpiry()
    {
        var table = RoutingTable.Parse("neo4j", Rt(300), Now);

        table.Routers.ShouldBe([ServerAddress.Parse("r1:7687")]);
        table.Readers.ShouldBe([ServerAddress.Parse("r1:7687"), ServerAddress.Parse("r2:7687")]);
        table.Writers.ShouldBe([ServerAddress.Parse("w1:7687")]);
        table.ExpiresAt.ShouldBe(Now.AddSeconds(300));
    }

    [Fact]
    public void IsStaleFor_AfterTtl_IsStale()
    {
        var table = RoutingTable.Parse("neo4j", Rt(10), Now);

        table.IsStaleFor(BoltAccessMode.Write, Now.AddSeconds(9)).ShouldBeFalse();
        table.IsStaleFor(BoltAccessMode.Write, Now.AddSeconds(10)).ShouldBeTrue();
    }

    [Fact]
    public void ForgetWriter_LastWriter_MakesTableStaleForWritesOnly()
    {
        var table = RoutingTable.Parse("neo4j", Rt(300), Now).ForgetWriter(ServerAddress.Parse("w1:7687"));

        table.IsStaleFor(BoltAccessMode.Write, Now).ShouldBeTrue();
        table.IsStaleFor(BoltAccessMode.Read, Now).ShouldBeFalse();
    }

    [Fact]
    public void Forget_Server_RemovesReaderAndWriterButKeepsRouter()
    {
        var table = RoutingTable.Parse("neo4j", Rt(300), Now).Forget(ServerAddress.Parse("r1:7687"));

        table.Readers.ShouldBe([ServerAddress.Parse("r2:7687")]);
        table.Routers.ShouldBe([ServerAddress.Parse("r1:7687")]);
    }

    [Fact]
    public void Parse_HugeTtl_ClampsToMaximum()
    {
        RoutingTable.Parse("neo4j", Rt(long.MaxValue), Now).ExpiresAt.ShouldBe(DateTimeOffset.MaxValue);
    }

    [Fact]
    public void Parse_MissingServers_ThrowsProtocolException()
    {
        Should.Throw<BoltProtocolException>(() => RoutingTable.Parse("neo4j", new Dictionary<string, object?> { ["ttl"] = 1L }, Now));
    }

    private static Dictionary<string, object?> Rt(long ttl) => new()
    {
        ["ttl"] = ttl,
        ["db"] = "neo4j",
        ["servers"] = new object?[]
        {
            new Dictionary<string, object?> { ["addresses"] = new object?[] { "r1:7687" }, ["role"] = "ROUTE" },
            new Dictionary<string, object?> { ["addresses"] = new object?[] { "r1:7687", "r2:7687" }, ["role"] = "READ" },
            new Dictionary<string, object?> { ["addresses"] = new object?[] { "w1:7687" }, ["role"] = "WRITE" },
        },
    };
}
