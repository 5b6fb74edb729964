using System.Buffers;
using GraphBuilder.Bolt.PackStream;

namespace GraphBuilder.Bolt.Tests;

internal static class Hex
{
    public static byte[] Parse(string hex) => Convert.FromHexString(hex.Replace(" ", string.Empty, StringComparison.Ordinal));

    public static string Format(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes);

    public static byte[] Pack(object? value, bool utcDateTime = true)
    {
        var buffer = new ArrayBufferWriter<byte>();
        new PackStreamWriter(buffer, utcDateTime).WriteValue(value);
        return buffer.WrittenSpan.ToArray();
    }

    public static object? Unpack(byte[] bytes, bool utcDateTime = true)
    {
        var reader = new PackStreamReader(bytes, utcDateTime);
        var value = reader.ReadValue();
        reader.HasMore.ShouldBeFalse();
        return value;
    }
}
