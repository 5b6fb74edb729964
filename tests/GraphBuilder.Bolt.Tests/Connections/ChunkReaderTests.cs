using GraphBuilder.Bolt.Connections;

namespace GraphBuilder.Bolt.Tests.Connections;

public sealed class ChunkReaderTests
{
    [Fact]
    public async Task ReadMessageAsync_TwoChunks_JoinsThem()
    {
        // Spec example: 20 data bytes sent as a 16-byte and a 4-byte chunk.
        var bytes = Hex.Parse("0010 000102030405060708090A0B0C0D0E0F 0004 01020304 0000");
        var reader = new ChunkReader(new MemoryStream(bytes));

        var message = await reader.ReadMessageAsync(TestContext.Current.CancellationToken);

        Hex.Format(message.Span).ShouldBe("000102030405060708090A0B0C0D0E0F01020304");
    }

    [Fact]
    public async Task ReadMessageAsync_NoopBetweenMessages_SkipsNoop()
    {
        var bytes = Hex.Parse("0002 0102 0000 0000 0000 0008 0F0E0D0C0B0A0908 0000");
        var reader = new ChunkReader(new MemoryStream(bytes));

        var first = (await reader.ReadMessageAsync(TestContext.Current.CancellationToken)).ToArray();
        var second = (await reader.ReadMessageAsync(TestContext.Current.CancellationToken)).ToArray();

        Hex.Format(first).ShouldBe("0102");
        Hex.Format(second).ShouldBe("0F0E0D0C0B0A0908");
    }

    [Fact]
    public async Task ReadMessageAsync_DribbledBytes_ReassemblesLargeMessage()
    {
        var message = new byte[200_000];
        new Random(3).NextBytes(message);
        var framed = new System.Buffers.ArrayBufferWriter<byte>();
        ChunkWriter.Frame(message, framed);
        var reader = new ChunkReader(new DribbleStream(framed.WrittenSpan.ToArray(), 777));

        var read = await reader.ReadMessageAsync(TestContext.Current.CancellationToken);

        read.Span.SequenceEqual(message).ShouldBeTrue();
    }

    [Fact]
    public async Task ReadMessageAsync_ClosedMidMessage_ThrowsEndOfStream()
    {
        var reader = new ChunkReader(new MemoryStream(Hex.Parse("0004 0102")));

        await Should.ThrowAsync<EndOfStreamException>(async () => await reader.ReadMessageAsync(TestContext.Current.CancellationToken));
    }

    private sealed class DribbleStream(byte[] data, int maxRead) : MemoryStream(data)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, maxRead)], cancellationToken);
    }
}
