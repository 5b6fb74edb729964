using GraphBuilder.Bolt.PackStream;

namespace GraphBuilder.Bolt.Messaging.Requests;

/// <summary>
/// DISCARD (0x2F) {n, qid}: drops up to n records (-1 = all) of statement qid (-1 = the last one).
/// </summary>
/// <param name="N">The number of records, -1 for all.</param>
/// <param name="Qid">The statement id inside an explicit transaction; -1 (the default, omitted on the wire) means the last statement.</param>
internal sealed record DiscardMessage(long N, long Qid = DiscardMessage.LastStatement) : IRequestMessage
{
    /// <summary>The value of n that means "all records".</summary>
    public const long All = -1;

    /// <summary>The qid that means "the last statement".</summary>
    public const long LastStatement = -1;

    /// <inheritdoc/>
    public byte Signature => MessageSignature.Discard;

    /// <inheritdoc/>
    public void Encode(PackStreamWriter writer)
    {
        writer.WriteStructureHeader(1, Signature);
        writer.WriteMapHeader(Qid == LastStatement ? 1 : 2);
        writer.WriteString("n");
        writer.WriteInteger(N);
        if (Qid != LastStatement)
        {
            writer.WriteString("qid");
            writer.WriteInteger(Qid);
        }
    }
}
