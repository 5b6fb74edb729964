using System.Buffers;
using GraphBuilder.Bolt.PackStream;

namespace GraphBuilder.Bolt.Tests.PackStream;

public sealed class PackStreamWriterTests
{
    public static TheoryData<string, string> Vectors => PackStreamVectors.Named();

    [Theory]
    [MemberData(nameof(Vectors))]
    public void WriteValue_SpecVector_WritesExactBytes(string name, string hex)
    {
        var value = PackStreamVectors.Value(name);

        var bytes = Hex.Pack(value);

        Hex.Format(bytes).ShouldBe(Hex.Format(Hex.Parse(hex)), name);
    }

    [Theory]
    [InlineData(42, "2A")]
    [InlineData(-17, "C8EF")]
    [InlineData(32768, "CA00008000")]
    public void WriteValue_Int32_UsesSmallestIntegerForm(int value, string hex)
    {
        Hex.Format(Hex.Pack(value)).ShouldBe(hex);
    }

    [Theory]
    [InlineData(15, "8F")]
    [InlineData(16, "D010")]
    [InlineData(255, "D0FF")]
    [InlineData(256, "D10100")]
    [InlineData(65536, "D200010000")]
    public void WriteString_SizeBoundary_UsesMatchingHeader(int length, string header)
    {
        var bytes = Hex.Pack(new string('x', length));

        Hex.Format(bytes.AsSpan(0, header.Length / 2)).ShouldBe(header);
        bytes.Length.ShouldBe((header.Length / 2) + length);
    }

    [Theory]
    [InlineData(15, "9F")]
    [InlineData(16, "D410")]
    [InlineData(256, "D50100")]
    [InlineData(65536, "D600010000")]
    public void WriteListHeader_SizeBoundary_UsesMatchingHeader(int count, string header)
    {
        var buffer = new ArrayBufferWriter<byte>();

        new PackStreamWriter(buffer).WriteListHeader(count);

        Hex.Format(buffer.WrittenSpan).ShouldBe(header);
    }

    [Theory]
    [InlineData(15, "AF")]
    [InlineData(16, "D810")]
    [InlineData(256, "D90100")]
    [InlineData(65536, "DA00010000")]
    public void WriteMapHeader_SizeBoundary_UsesMatchingHeader(int count, string header)
    {
        var buffer = new ArrayBufferWriter<byte>();

        new PackStreamWriter(buffer).WriteMapHeader(count);

        Hex.Format(buffer.WrittenSpan).ShouldBe(header);
    }

    [Theory]
    [InlineData(255, "CCFF")]
    [InlineData(256, "CD0100")]
    [InlineData(65536, "CE00010000")]
    public void WriteBytes_SizeBoundary_UsesMatchingHeader(int length, string header)
    {
        var bytes = Hex.Pack(new byte[length]);

        Hex.Format(bytes.AsSpan(0, header.Length / 2)).ShouldBe(header);
    }

    [Fact]
    public void WriteValue_LegacyDateTime_WritesLocalWallClockSeconds()
    {
        // Reference §3.4 worked example: 1970-01-01T02:15:00.000000042+01:00 -> legacy 0x46 {8100, 42, 3600}.
        var bytes = Hex.Pack(new BoltDateTime(4500, 42, 3600), utcDateTime: false);

        Hex.Format(bytes).ShouldBe("B346C91FA42AC90E10");
    }

    [Fact]
    public void WriteValue_DateTimeOffset_WritesUtcDateTimeStructure()
    {
        var value = new DateTimeOffset(1970, 1, 1, 2, 15, 0, TimeSpan.FromHours(1));

        var bytes = Hex.Pack(value);

        Hex.Format(bytes).ShouldBe("B349C9119400C90E10");
    }

    [Fact]
    public void WriteValue_UnsupportedType_Throws()
    {
        Should.Throw<ArgumentException>(() => Hex.Pack(new object()));
    }

    [Fact]
    public void WriteStructureHeader_SixteenFields_Throws()
    {
        var buffer = new ArrayBufferWriter<byte>();

        Should.Throw<ArgumentOutOfRangeException>(() => new PackStreamWriter(buffer).WriteStructureHeader(16, 0x01));
    }
}
