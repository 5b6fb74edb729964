using GraphBuilder.Bolt.PackStream;

namespace GraphBuilder.Bolt.Messaging;

/// <summary>
/// A message the client sends; it owns its PackStream encoding.
/// </summary>
internal interface IRequestMessage
{
    /// <summary>Gets the message signature.</summary>
    byte Signature { get; }

    /// <summary>Writes the message as one PackStream structure.</summary>
    /// <param name="writer">The writer.</param>
    void Encode(PackStreamWriter writer);
}
