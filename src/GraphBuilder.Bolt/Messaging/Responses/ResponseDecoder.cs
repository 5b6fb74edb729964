using GraphBuilder.Bolt.PackStream;

namespace GraphBuilder.Bolt.Messaging.Responses;

/// <summary>
/// Decodes one de-chunked server message.
/// </summary>
internal static class ResponseDecoder
{
    /// <summary>Decodes a response message.</summary>
    /// <param name="message">The message bytes.</param>
    /// <param name="utcDateTime">Whether the connection uses the UTC DateTime structures.</param>
    /// <returns>The message.</returns>
    /// <exception cref="BoltProtocolException">The message is not a known response.</exception>
    public static IResponseMessage Decode(ReadOnlySpan<byte> message, bool utcDateTime)
    {
        var reader = new PackStreamReader(message, utcDateTime);
        var (fieldCount, signature) = reader.ReadStructureHeader();
        return signature switch
        {
            MessageSignature.Record when fieldCount == 1 => new RecordMessage(reader.ReadList()),
            MessageSignature.Success when fieldCount == 1 => new SuccessMessage(reader.ReadMap()),
            MessageSignature.Failure when fieldCount == 1 => new FailureMessage(reader.ReadMap()),
            MessageSignature.Ignored => IgnoredMessage.Instance,
            _ => throw new BoltProtocolException($"Unexpected server message 0x{signature:X2} with {fieldCount} fields."),
        };
    }
}
