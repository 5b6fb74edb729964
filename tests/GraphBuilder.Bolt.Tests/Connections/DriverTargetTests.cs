using GraphBuilder.Bolt.Connections;

namespace GraphBuilder.Bolt.Tests.Connections;

public sealed class DriverTargetTests
{
    [Theory]
    [InlineData("bolt://localhost", false, 0, "localhost:7687")]
    [InlineData("bolt+s://db.example:7000", false, 1, "db.example:7000")]
    [InlineData("bolt+ssc://127.0.0.1:7687/", false, 2, "127.0.0.1:7687")]
    [InlineData("neo4j://localhost:7687", true, 0, "localhost:7687")]
    [InlineData("neo4j+s://localhost", true, 1, "localhost:7687")]
    [InlineData("neo4j+ssc://[::1]:9000", true, 2, "[::1]:9000")]
    public void Parse_Scheme_SetsRoutingAndTls(string uri, bool routing, int tls, string address)
    {
        var target = DriverTarget.Parse(uri);

        target.Routing.ShouldBe(routing);
        target.Tls.ShouldBe((TlsMode)tls);
        target.Address.ToString().ShouldBe(address);
    }

    [Fact]
    public void Parse_QueryString_BecomesRoutingContext()
    {
        var target = DriverTarget.Parse("neo4j://host:9000?region=china&policy=my_policy");

        target.RoutingContext.ShouldBe(new Dictionary<string, object?>
        {
            ["address"] = "host:9000",
            ["region"] = "china",
            ["policy"] = "my_policy",
        });
    }

    [Theory]
    [InlineData("http://localhost:7474")]
    [InlineData("bolt://localhost/path")]
    [InlineData("localhost:7687")]
    [InlineData("neo4j://host?address=x")]
    public void Parse_InvalidUri_ThrowsArgumentException(string uri)
    {
        Should.Throw<ArgumentException>(() => DriverTarget.Parse(uri));
    }
}
