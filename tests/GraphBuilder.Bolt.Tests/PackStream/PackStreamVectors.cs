namespace GraphBuilder.Bolt.Tests.PackStream;

/// <summary>Byte-exact vectors from the PackStream spec and the reference (§3.3, §3.4).</summary>
internal static class PackStreamVectors
{
    private static readonly Dictionary<string, object?> Empty = [];

    public static TheoryData<string, string> Named()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, _, hex) in All())
        {
            data.Add(name, hex);
        }

        return data;
    }

    public static object? Value(string name) => All().Single(v => v.Name == name).Value;

    public static IEnumerable<(string Name, object? Value, string Hex)> All()
    {
        yield return ("null", null, "C0");
        yield return ("true", true, "C3");
        yield return ("false", false, "C2");
        yield return ("int 42", 42L, "2A");
        yield return ("int 1", 1L, "01");
        yield return ("int -1", -1L, "FF");
        yield return ("int -16", -16L, "F0");
        yield return ("int -17", -17L, "C8 EF");
        yield return ("int 127", 127L, "7F");
        yield return ("int 128", 128L, "C9 00 80");
        yield return ("int -128", -128L, "C8 80");
        yield return ("int -129", -129L, "C9 FF 7F");
        yield return ("int 32767", 32767L, "C9 7F FF");
        yield return ("int 32768", 32768L, "CA 00 00 80 00");
        yield return ("int -32769", -32769L, "CA FF FF 7F FF");
        yield return ("int 2147483648", 2147483648L, "CB 00 00 00 00 80 00 00 00");
        yield return ("int64 min", long.MinValue, "CB 80 00 00 00 00 00 00 00");
        yield return ("int64 max", long.MaxValue, "CB 7F FF FF FF FF FF FF FF");
        yield return ("float 1.23", 1.23, "C1 3F F3 AE 14 7A E1 47 AE");
        yield return ("float 1.0", 1.0, "C1 3F F0 00 00 00 00 00 00");
        yield return ("float -1.5", -1.5, "C1 BF F8 00 00 00 00 00 00");
        yield return ("bytes empty", Array.Empty<byte>(), "CC 00");
        yield return ("bytes 1 2 3", new byte[] { 1, 2, 3 }, "CC 03 01 02 03");
        yield return ("string empty", string.Empty, "80");
        yield return ("string A", "A", "81 41");
        yield return ("string a", "a", "81 61");
        yield return ("string e acute", "é", "82 C3 A9");
        yield return ("string 16 chars", "0123456789ABCDEF", "D0 10 30 31 32 33 34 35 36 37 38 39 41 42 43 44 45 46");
        yield return ("string alphabet", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "D0 1A " + string.Join(' ', Enumerable.Range(0x41, 26).Select(b => b.ToString("X2"))));
        yield return ("string Groessenmassstaebe", "Größenmaßstäbe", "D0 12 47 72 C3 B6 C3 9F 65 6E 6D 61 C3 9F 73 74 C3 A4 62 65");
        yield return ("list empty", Array.Empty<object?>(), "90");
        yield return ("list 1 2 3", new object?[] { 1L, 2L, 3L }, "93 01 02 03");
        yield return ("list mixed", new object?[] { 1L, 2.0, "three" }, "93 01 C1 40 00 00 00 00 00 00 00 85 74 68 72 65 65");
        yield return ("list 1..40", Enumerable.Range(1, 40).Select(i => (object?)(long)i).ToArray(), "D4 28 " + string.Join(' ', Enumerable.Range(1, 40).Select(b => b.ToString("X2"))));
        yield return ("map empty", Empty, "A0");
        yield return ("map one eins", new Dictionary<string, object?> { ["one"] = "eins" }, "A1 83 6F 6E 65 84 65 69 6E 73");
        yield return ("map a 1", new Dictionary<string, object?> { ["a"] = 1L }, "A1 81 61 01");
        yield return (
            "map A..Z",
            Enumerable.Range(0, 26).ToDictionary(i => ((char)('A' + i)).ToString(), i => (object?)(long)(i + 1)),
            "D8 1A " + string.Join(' ', Enumerable.Range(0, 26).Select(i => $"81 {0x41 + i:X2} {i + 1:X2}")));
        yield return (
            "node",
            new BoltNode(3, ["Example", "Node"], new Dictionary<string, object?> { ["name"] = "example" }, "abc123"),
            "B4 4E 03 92 87 45 78 61 6D 70 6C 65 84 4E 6F 64 65 A1 84 6E 61 6D 65 87 65 78 61 6D 70 6C 65 86 61 62 63 31 32 33");
        yield return ("date 1", new DateOnly(1970, 1, 2), "B1 44 01");
        yield return ("datetime 4500 42 3600", new BoltDateTime(4500, 42, 3600), "B3 49 C9 11 94 2A C9 0E 10");
        yield return ("point2d", new BoltPoint(7203, 1.0, 2.0), "B3 58 C9 1C 23 C1 3F F0 00 00 00 00 00 00 C1 40 00 00 00 00 00 00 00");
        yield return ("local time", new BoltLocalTime(1), "B1 74 01");
        yield return ("time", new BoltTime(1, -60), "B2 54 01 C8 C4");
        yield return ("local datetime", new BoltLocalDateTime(1, 2), "B2 64 01 02");
        yield return ("zoned datetime", new BoltZonedDateTime(1, 2, "UTC"), "B3 69 01 02 83 55 54 43");
        yield return ("duration", new BoltDuration(1, 2, 3, 4), "B4 45 01 02 03 04");
        yield return ("point3d", new BoltPoint(9157, 0.0, 0.0, 0.0), "B4 59 C9 23 C5 C1 00 00 00 00 00 00 00 00 C1 00 00 00 00 00 00 00 00 C1 00 00 00 00 00 00 00 00");
        yield return ("unbound relationship", new BoltUnboundRelationship(5, "R", Empty, "e5"), "B4 72 05 81 52 A0 82 65 35");
        yield return (
            "relationship",
            new BoltRelationship(1, 2, 3, "R", Empty, "e1", "e2", "e3"),
            "B8 52 01 02 03 81 52 A0 82 65 31 82 65 32 82 65 33");
        yield return (
            "path",
            new BoltPath([new BoltNode(1, [], Empty, "n1")], [new BoltUnboundRelationship(5, "R", Empty, "e5")], [1, 0]),
            "B3 50 91 B4 4E 01 90 A0 82 6E 31 91 B4 72 05 81 52 A0 82 65 35 92 01 00");
    }
}
