namespace GraphBuilder.Bolt.Messaging;

/// <summary>
/// A message the server sends: SUCCESS, RECORD, FAILURE or IGNORED.
/// </summary>
internal interface IResponseMessage
{
    /// <summary>Gets a value indicating whether this message ends the reply to one request (all but RECORD do).</summary>
    bool IsSummary { get; }
}
