using GraphBuilder.Bolt.Messaging.Responses;

namespace GraphBuilder.Bolt.Tests.Messaging;

public sealed class ResponseDecoderTests
{
    [Fact]
    public void Decode_SuccessWithFields_ReadsMetadata()
    {
        var message = ResponseDecoder.Decode(Hex.Parse("B170A28666 69656C6473 91816E 8774 5F6669727374 00"), utcDateTime: true);

        var success = message.ShouldBeOfType<SuccessMessage>();
        success.Metadata["fields"].ShouldBe(new object?[] { "n" });
        success.GetInteger("t_first").ShouldBe(0);
    }

    [Fact]
    public void Decode_Record_ReadsValues()
    {
        var message = ResponseDecoder.Decode(Hex.Parse("B1719101"), utcDateTime: true);

        message.ShouldBeOfType<RecordMessage>().Values.ShouldBe([1L]);
        message.IsSummary.ShouldBeFalse();
    }

    [Fact]
    public void Decode_Ignored_ReturnsSingleton()
    {
        ResponseDecoder.Decode(Hex.Parse("B07E"), utcDateTime: true).ShouldBeSameAs(IgnoredMessage.Instance);
    }

    [Fact]
    public void Decode_UnknownSignature_ThrowsProtocolException()
    {
        Should.Throw<BoltProtocolException>(() => ResponseDecoder.Decode(Hex.Parse("B001"), utcDateTime: true));
    }
}
