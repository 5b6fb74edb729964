using GraphBuilder.Bolt.Protocol;

namespace GraphBuilder.Bolt.Tests.Protocol;

public sealed class VarIntTests
{
    [Theory]
    [InlineData(1UL, "01")]
    [InlineData(127UL, "7F")]
    [InlineData(128UL, "8001")]
    [InlineData(1851775UL, "FF8271")]
    public void Encode_SpecExamples_MatchBytes(ulong value, string hex)
    {
        Hex.Format(VarInt.Encode(value)).ShouldBe(hex);
        VarInt.Decode(Hex.Parse(hex), out var consumed).ShouldBe(value);
        consumed.ShouldBe(hex.Length / 2);
    }

    [Fact]
    public void Decode_Truncated_ThrowsProtocolException()
    {
        Should.Throw<BoltProtocolException>(() => VarInt.Decode(Hex.Parse("FF82"), out _));
    }
}
