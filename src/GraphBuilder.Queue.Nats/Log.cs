using Microsoft.Extensions.Logging;

namespace GraphBuilder.Queue.Nats;

/// <summary>
/// The NATS work queue's log messages.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Work queue ready: {Server}, stream {Stream}, worker {Worker}")]
    public static partial void Ready(ILogger logger, string server, string stream, string worker);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Source {Source}: occurrence {Occurrence} is held by another worker")]
    public static partial void OccurrenceHeldElsewhere(ILogger logger, string source, DateTimeOffset occurrence);

    [LoggerMessage(
        EventId = 3,
        Level = LogLevel.Information,
        Message = "Source {Source} listed for occurrence {Occurrence}: {Seen} seen, {Unchanged} unchanged, {Queued} queued "
            + "({Deduplicated} already in the stream)")]
    public static partial void Listed(ILogger logger, string source, DateTimeOffset occurrence, int seen, int unchanged, int queued, int deduplicated);

    [LoggerMessage(EventId = 4, Level = LogLevel.Debug, Message = "Work item {Location} ({Outcome}), delivery {Delivery}")]
    public static partial void ItemDone(ILogger logger, string location, string outcome, ulong delivery);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Work item {Location} failed on delivery {Delivery}; it is delivered again: {Reason}")]
    public static partial void ItemRetried(ILogger logger, string location, ulong delivery, string reason);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "Work item {Location} gave up after {Deliveries} deliveries: {Reason}")]
    public static partial void ItemGaveUp(ILogger logger, string location, ulong deliveries, string reason);

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning, Message = "Work stream message {Sequence} is not a work item; terminated")]
    public static partial void Unreadable(ILogger logger, ulong sequence);

    [LoggerMessage(EventId = 8, Level = LogLevel.Warning, Message = "Consuming from the work queue failed; trying again shortly")]
    public static partial void ConsumeFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 9, Level = LogLevel.Warning, Message = "Source {Source}: lost its lease while listing; another worker lists it")]
    public static partial void LeaseLost(ILogger logger, string source);

    [LoggerMessage(EventId = 10, Level = LogLevel.Warning, Message = "Heartbeat or queue depth could not be recorded")]
    public static partial void HeartbeatFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "Work item {Location} stopped before its commit; handed back to the queue")]
    public static partial void HandedBack(ILogger logger, string location);

    [LoggerMessage(EventId = 12, Level = LogLevel.Warning, Message = "Source {Source}: lease not released; it lapses after its duration")]
    public static partial void LeaseNotReleased(ILogger logger, Exception exception, string source);
}
