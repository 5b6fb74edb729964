namespace GraphBuilder.Bolt.Tests.PackStream;

public sealed class PackStreamRoundTripTests
{
    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 25));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void WriteThenRead_RandomValues_RoundTrip(int seed)
    {
        var generator = new RandomValueGenerator(seed);

        for (var i = 0; i < 40; i++)
        {
            var value = generator.Next();

            var decoded = Hex.Unpack(Hex.Pack(value));

            ValueComparer.AreEqual(value, decoded).ShouldBeTrue($"seed {seed}, value {i}: {ValueComparer.Describe(value)} became {ValueComparer.Describe(decoded)}");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void WriteThenRead_RandomIntegers_UseSmallestEncoding(int seed)
    {
        var generator = new RandomValueGenerator(seed);

        for (var i = 0; i < 200; i++)
        {
            var value = generator.NextInteger();

            var bytes = Hex.Pack(value);

            Hex.Unpack(bytes).ShouldBe(value);
            bytes.Length.ShouldBe(value switch
            {
                >= -16 and <= 127 => 1,
                >= sbyte.MinValue and <= sbyte.MaxValue => 2,
                >= short.MinValue and <= short.MaxValue => 3,
                >= int.MinValue and <= int.MaxValue => 5,
                _ => 9,
            });
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void WriteThenRead_LegacyDateTime_RoundTrips(int seed)
    {
        var random = new Random(seed);
        var value = new BoltDateTime(random.NextInt64(-10_000_000_000, 10_000_000_000), random.Next(1_000_000_000), random.Next(-64_800, 64_800));

        var decoded = Hex.Unpack(Hex.Pack(value, utcDateTime: false), utcDateTime: false);

        decoded.ShouldBe(value);
    }

    [Fact]
    public void WriteThenRead_DateTimeOffset_KeepsInstantAndOffset()
    {
        var value = new DateTimeOffset(2024, 2, 29, 23, 59, 59, 123, TimeSpan.FromHours(-5)).AddTicks(4567);

        var decoded = Hex.Unpack(Hex.Pack(value)).ShouldBeOfType<BoltDateTime>();

        decoded.ToDateTimeOffset().ShouldBe(value);
        decoded.ToDateTimeOffset().Offset.ShouldBe(TimeSpan.FromHours(-5));
    }

    [Fact]
    public void WriteThenRead_LocalDateTime_KeepsTicks()
    {
        var value = new DateTime(1969, 7, 20, 20, 17, 40, DateTimeKind.Unspecified).AddTicks(1);

        var decoded = Hex.Unpack(Hex.Pack(value)).ShouldBeOfType<BoltLocalDateTime>();

        decoded.ToDateTime().ShouldBe(value);
    }
}
