namespace GraphBuilder.Bolt.Tests.PackStream;

/// <summary>A seeded generator of arbitrary PackStream values for property-based round trips.</summary>
internal sealed class RandomValueGenerator(int seed)
{
    private static readonly string[] Alphabet = ["a", "Z", "0", " ", "é", "ß", "日", "😀", "\n", "\"", "\\"];
    private readonly Random _random = new(seed);

    public object? Next(int depth = 0)
    {
        var kind = _random.Next(depth >= 3 ? 10 : 16);
        return kind switch
        {
            0 => null,
            1 => _random.Next(2) == 0,
            2 => NextInteger(),
            3 => NextInteger(),
            4 => NextDouble(),
            5 => NextString(),
            6 => NextBytes(),
            7 => NextTemporal(),
            8 => new BoltPoint(_random.Next(), NextDouble(), NextDouble(), _random.Next(2) == 0 ? null : NextDouble()),
            9 => new BoltDuration(NextInteger(), NextInteger(), NextInteger(), _random.Next(1_000_000_000)),
            10 or 11 => Enumerable.Range(0, NextSize()).Select(_ => Next(depth + 1)).ToArray(),
            12 or 13 => NextMap(depth + 1),
            14 => NextNode(depth + 1),
            _ => new BoltRelationship(NextInteger(), NextInteger(), NextInteger(), NextString(), NextMap(depth + 1), NextString(), NextString(), NextString()),
        };
    }

    public long NextInteger()
    {
        // Bias towards the encoding boundaries (tiny, 8, 16, 32, 64 bits).
        var bits = _random.Next(5) switch
        {
            0 => 5,
            1 => 8,
            2 => 16,
            3 => 32,
            _ => 64,
        };
        var value = _random.NextInt64();
        return bits == 64 ? value : (value >> (64 - bits)) * (_random.Next(2) == 0 ? 1 : -1);
    }

    private double NextDouble() => _random.Next(8) switch
    {
        0 => double.NaN,
        1 => double.PositiveInfinity,
        2 => -0.0,
        3 => double.MaxValue,
        _ => (_random.NextDouble() - 0.5) * Math.Pow(10, _random.Next(-300, 300)),
    };

    private int NextSize() => _random.Next(10) switch
    {
        0 => _random.Next(16, 300),
        1 => 15,
        2 => 16,
        _ => _random.Next(0, 6),
    };

    private string NextString()
    {
        var length = NextSize();
        return string.Concat(Enumerable.Range(0, length).Select(_ => Alphabet[_random.Next(Alphabet.Length)]));
    }

    private byte[] NextBytes()
    {
        var bytes = new byte[_random.Next(10) == 0 ? _random.Next(256, 70_000) : _random.Next(0, 20)];
        _random.NextBytes(bytes);
        return bytes;
    }

    private Dictionary<string, object?> NextMap(int depth)
    {
        var map = new Dictionary<string, object?>();
        var count = NextSize();
        for (var i = 0; i < count; i++)
        {
            map[NextString() + i] = Next(depth);
        }

        return map;
    }

    private BoltNode NextNode(int depth) =>
        new(NextInteger(), Enumerable.Range(0, _random.Next(4)).Select(_ => NextString()).ToArray(), NextMap(depth), NextString());

    private object NextTemporal() => _random.Next(7) switch
    {
        0 => DateOnly.FromDayNumber(_random.Next(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber)),
        1 => new BoltTime(_random.NextInt64(86_400_000_000_000), _random.Next(-64_800, 64_800)),
        2 => new BoltLocalTime(_random.NextInt64(86_400_000_000_000)),
        3 => new BoltDateTime(NextInteger(), _random.Next(1_000_000_000), _random.Next(-64_800, 64_800)),
        4 => new BoltZonedDateTime(NextInteger(), _random.Next(1_000_000_000), "Europe/Berlin"),
        5 => new BoltLocalDateTime(NextInteger(), _random.Next(1_000_000_000)),
        _ => new BoltDuration(NextInteger(), NextInteger(), NextInteger(), _random.Next(1_000_000_000)),
    };
}
