using GraphBuilder.Bolt.PackStream;

namespace GraphBuilder.Bolt.Tests.PackStream;

public sealed class PackStreamReaderTests
{
    public static TheoryData<string, string> Vectors => PackStreamVectors.Named();

    [Theory]
    [MemberData(nameof(Vectors))]
    public void ReadValue_SpecVector_DecodesValue(string name, string hex)
    {
        var expected = PackStreamVectors.Value(name);

        var value = Hex.Unpack(Hex.Parse(hex));

        ValueComparer.AreEqual(expected, value).ShouldBeTrue($"{name}: {ValueComparer.Describe(value)}");
    }

    [Theory]
    [InlineData("2A")]
    [InlineData("C82A")]
    [InlineData("C9002A")]
    [InlineData("CA0000002A")]
    [InlineData("CB000000000000002A")]
    public void ReadValue_AnyIntegerWidth_Decodes42(string hex)
    {
        Hex.Unpack(Hex.Parse(hex)).ShouldBe(42L);
    }

    [Theory]
    [InlineData("C4")]
    [InlineData("C7")]
    [InlineData("CF")]
    [InlineData("D3")]
    [InlineData("DB")]
    [InlineData("DF")]
    [InlineData("E0")]
    [InlineData("EF")]
    public void ReadValue_ReservedMarker_ThrowsProtocolException(string hex)
    {
        Should.Throw<BoltProtocolException>(() => Hex.Unpack(Hex.Parse(hex)));
    }

    [Theory]
    [InlineData("D0")]
    [InlineData("83 61 62")]
    [InlineData("C9 00")]
    [InlineData("92 01")]
    public void ReadValue_Truncated_ThrowsProtocolException(string hex)
    {
        Should.Throw<BoltProtocolException>(() => Hex.Unpack(Hex.Parse(hex)));
    }

    [Fact]
    public void ReadValue_DuplicateMapKey_LastOneWins()
    {
        var value = Hex.Unpack(Hex.Parse("A2 81 61 01 81 61 02"));

        value.ShouldBeAssignableTo<IReadOnlyDictionary<string, object?>>()!["a"].ShouldBe(2L);
    }

    [Fact]
    public void ReadValue_LegacyDateTime_ConvertsToUtcSeconds()
    {
        var value = Hex.Unpack(Hex.Parse("B346C91FA42AC90E10"), utcDateTime: false);

        value.ShouldBe(new BoltDateTime(4500, 42, 3600));
    }

    [Fact]
    public void ReadValue_Bolt4Node_UsesIdAsElementId()
    {
        var value = Hex.Unpack(Hex.Parse("B3 4E 07 91 81 4C A0"));

        var node = value.ShouldBeOfType<BoltNode>();
        node.ElementId.ShouldBe("7");
        node.Labels.ShouldBe(["L"]);
    }

    [Fact]
    public void ReadValue_UnknownStructure_KeepsRawFields()
    {
        var value = Hex.Unpack(Hex.Parse("B2 7A 01 02"));

        var structure = value.ShouldBeOfType<PackStreamStructure>();
        structure.Tag.ShouldBe((byte)0x7A);
        structure.Fields.ShouldBe([1L, 2L]);
    }
}
