using System.Globalization;
using System.Security.Cryptography;

namespace GraphBuilder.Queue.Nats;

/// <summary>Identifies this worker process among the workers sharing a queue: in leases, heartbeats and the server's client list.</summary>
/// <param name="Id">The identifier: host, process id and a random part (process ids repeat across restarts).</param>
/// <param name="Host">The machine's name.</param>
/// <param name="StartedAt">When the process started working.</param>
internal sealed record WorkerIdentity(string Id, string Host, DateTimeOffset StartedAt)
{
    public static WorkerIdentity Create(TimeProvider timeProvider)
    {
        var host = Environment.MachineName;
        var id = string.Create(
            CultureInfo.InvariantCulture,
            $"{host}-{Environment.ProcessId}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}");
        return new WorkerIdentity(id, host, timeProvider.GetUtcNow());
    }
}
