using GraphBuilder.Bolt.PackStream;

namespace GraphBuilder.Bolt.Messaging.Requests;

/// <summary>
/// TELEMETRY (0x54, 5.4+): which driver API started the work.
/// </summary>
/// <param name="Api">0 managed transaction, 1 explicit transaction, 2 auto-commit, 3 driver-level execute query.</param>
internal sealed record TelemetryMessage(long Api) : IRequestMessage
{
    /// <summary>API 0: a managed transaction (execute read/write).</summary>
    public const long ManagedTransaction = 0;

    /// <summary>API 1: an explicit (unmanaged) transaction.</summary>
    public const long ExplicitTransaction = 1;

    /// <summary>API 2: an auto-commit transaction.</summary>
    public const long AutoCommit = 2;

    /// <summary>API 3: the driver-level execute query.</summary>
    public const long ExecuteQuery = 3;

    /// <inheritdoc/>
    public byte Signature => MessageSignature.Telemetry;

    /// <inheritdoc/>
    public void Encode(PackStreamWriter writer)
    {
        writer.WriteStructureHeader(1, Signature);
        writer.WriteInteger(Api);
    }
}
