using GraphBuilder.Bolt.Connections;

namespace GraphBuilder.Bolt.Tests.Connections;

public sealed class ServerAddressTests
{
    [Theory]
    [InlineData("localhost", "localhost", 7687)]
    [InlineData("localhost:9000", "localhost", 9000)]
    [InlineData("[::1]:7688", "::1", 7688)]
    [InlineData("[::1]", "::1", 7687)]
    public void Parse_Text_ReadsHostAndPort(string text, string host, int port)
    {
        ServerAddress.Parse(text).ShouldBe(new ServerAddress(host, port));
    }

    [Theory]
    [InlineData("host:0")]
    [InlineData("host:70000")]
    [InlineData("host:abc")]
    [InlineData("[::1")]
    public void Parse_BadPort_ThrowsFormatException(string text)
    {
        Should.Throw<FormatException>(() => ServerAddress.Parse(text));
    }
}
