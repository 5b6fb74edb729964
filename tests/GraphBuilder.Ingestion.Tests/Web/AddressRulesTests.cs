using System.Net;
using GraphBuilder.Ingestion.Web;

namespace GraphBuilder.Ingestion.Tests.Web;

public sealed class AddressRulesTests
{
    [Theory]
    [InlineData("169.254.169.254")]
    [InlineData("169.254.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("fe80::1")]
    [InlineData("fd00:ec2::254")]
    [InlineData("::")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:169.254.169.254")]
    public void Classify_LinkLocalMetadataOrUnspecified_IsForbidden(string address)
    {
        AddressRules.Classify(IPAddress.Parse(address)).ShouldBe(AddressScope.Forbidden);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("100.100.100.200")]
    [InlineData("::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("::ffff:10.0.0.1")]
    public void Classify_LoopbackOrPrivateNetwork_IsPrivate(string address)
    {
        AddressRules.Classify(IPAddress.Parse(address)).ShouldBe(AddressScope.Private);
    }

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("172.32.0.1")]
    [InlineData("8.8.8.8")]
    [InlineData("2606:2800:220:1:248:1893:25c8:1946")]
    public void Classify_PublicAddress_IsPublic(string address)
    {
        AddressRules.Classify(IPAddress.Parse(address)).ShouldBe(AddressScope.Public);
    }
}
