using GraphBuilder.Bolt.Connections;

namespace GraphBuilder.Bolt.Tests.Connections;

public sealed class HandshakeTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("000001FF 03 00070705 00040404 00000003 00", "5.7", "0000070500")]
    [InlineData("000001FF 03 00000003 00040404 00070705 00", "5.7", "0000070500")]
    [InlineData("000001FF 02 000707F2 00070705 00", "5.7", "0000070500")]
    [InlineData("000001FF 02 00020805 00040404 09", "5.8", "0000080500")]
    [InlineData("000001FF 01 00000404 FF8271", "4.4", "0000040400")]
    public async Task PerformAsync_ManifestReply_ChoosesNewestAndAnswers(string serverHex, string version, string answerHex)
    {
        var stream = new ScriptedStream(Hex.Parse(serverHex));

        var chosen = await Handshake.PerformAsync(stream, encrypted: false, Token);

        chosen.ToString().ShouldBe(version);
        Hex.Format(stream.Written.AsSpan(20)).ShouldBe(answerHex);
    }

    [Theory]
    [InlineData("00000805", "5.8")]
    [InlineData("00000405", "5.4")]
    [InlineData("00000404", "4.4")]
    public async Task PerformAsync_VersionReply_ReturnsVersion(string serverHex, string version)
    {
        var stream = new ScriptedStream(Hex.Parse(serverHex));

        var chosen = await Handshake.PerformAsync(stream, encrypted: false, Token);

        chosen.ToString().ShouldBe(version);
        Hex.Format(stream.Written).ShouldBe("6060B017000001FF0008080500000404" + "00000000");
    }

    [Theory]
    [InlineData("00000000", "no version was agreed")]
    [InlineData("48545450", "HTTP")]
    [InlineData("00000003", "did not propose")]
    [InlineData("000001FF 01 00000106 00", "no Bolt version this client supports")]
    public async Task PerformAsync_UnusableReply_ThrowsProtocolException(string serverHex, string message)
    {
        var stream = new ScriptedStream(Hex.Parse(serverHex));

        var exception = await Should.ThrowAsync<BoltProtocolException>(() => Handshake.PerformAsync(stream, encrypted: false, Token));

        exception.Message.ShouldContain(message);
    }

    private sealed class ScriptedStream(byte[] reply) : Stream
    {
        private readonly MemoryStream _written = new();
        private int _position;

        public byte[] Written => _written.ToArray();

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(count, reply.Length - _position);
            Array.Copy(reply, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _written.Write(buffer, offset, count);
    }
}
