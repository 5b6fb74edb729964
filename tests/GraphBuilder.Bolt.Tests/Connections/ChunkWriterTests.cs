using System.Buffers;
using GraphBuilder.Bolt.Connections;

namespace GraphBuilder.Bolt.Tests.Connections;

public sealed class ChunkWriterTests
{
    [Fact]
    public void Frame_SixteenBytes_WritesOneChunkAndEndMarker()
    {
        var output = new ArrayBufferWriter<byte>();

        ChunkWriter.Frame(Enumerable.Range(0, 16).Select(i => (byte)i).ToArray(), output);

        Hex.Format(output.WrittenSpan).ShouldBe("0010000102030405060708090A0B0C0D0E0F0000");
    }

    [Fact]
    public void Frame_MessageLargerThanMaxChunk_SplitsIntoFullChunks()
    {
        var message = new byte[(ChunkWriter.MaxChunkSize * 2) + 10];
        new Random(7).NextBytes(message);
        var output = new ArrayBufferWriter<byte>();

        ChunkWriter.Frame(message, output);

        var framed = output.WrittenSpan;
        framed.Length.ShouldBe(message.Length + (3 * 2) + 2);
        Hex.Format(framed[..2]).ShouldBe("FFFF");
        Hex.Format(framed.Slice(2 + 65535, 2)).ShouldBe("FFFF");
        Hex.Format(framed.Slice(4 + (2 * 65535), 2)).ShouldBe("000A");
        Hex.Format(framed[^2..]).ShouldBe("0000");
        framed.Slice(2, 65535).SequenceEqual(message.AsSpan(0, 65535)).ShouldBeTrue();
    }
}
