using GraphBuilder.Bolt.Protocol;

namespace GraphBuilder.Bolt.Tests.Protocol;

public sealed class VersionNegotiationTests
{
    [Fact]
    public void CreateRequest_Always_SendsMagicManifestRangeAnd44()
    {
        var request = VersionNegotiation.CreateRequest();

        Hex.Format(request).ShouldBe("6060B017" + "000001FF" + "00080805" + "00000404" + "00000000");
    }

    [Theory]
    [InlineData("00070705 00040404 00000003", "5.7")]
    [InlineData("00000003 00070705 00040404", "5.7")]
    [InlineData("000707F2 00070705", "5.7")]
    [InlineData("00020805 00040404", "5.8")]
    [InlineData("00040404", "4.4")]
    [InlineData("00000106", "none")]
    public void SelectFromManifest_Entries_PicksNewestSupported(string entries, string expected)
    {
        var values = entries.Split(' ').Select(e => Convert.ToUInt32(e, 16));

        var chosen = VersionNegotiation.SelectFromManifest(values);

        (chosen?.ToString() ?? "none").ShouldBe(expected);
    }

    [Fact]
    public void CreateManifestAnswer_Version57_WritesVersionAndZeroCapabilities()
    {
        Hex.Format(VersionNegotiation.CreateManifestAnswer(new BoltVersion(5, 7))).ShouldBe("0000070500");
    }

    [Theory]
    [InlineData("4.4", true)]
    [InlineData("4.3", false)]
    [InlineData("5.0", true)]
    [InlineData("5.8", true)]
    [InlineData("5.9", false)]
    [InlineData("6.0", false)]
    public void IsSupported_Version_MatchesProposal(string version, bool supported)
    {
        var parts = version.Split('.');

        VersionNegotiation.IsSupported(new BoltVersion(int.Parse(parts[0]), int.Parse(parts[1]))).ShouldBe(supported);
    }
}
