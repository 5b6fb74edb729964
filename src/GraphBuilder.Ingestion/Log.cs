using GraphBuilder.Graph.Storage;
using Microsoft.Extensions.Logging;

namespace GraphBuilder.Ingestion;

/// <summary>
/// Ingestion's log messages.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Ingestion of source {Source} started")]
    public static partial void RunStarted(ILogger logger, string source);

    [LoggerMessage(
        EventId = 2,
        Level = LogLevel.Information,
        Message = "Ingestion of source {Source} finished: {Seen} seen, {Ingested} ingested, {Unchanged} unchanged, {Failed} failed")]
    public static partial void RunFinished(ILogger logger, string source, int seen, int ingested, int unchanged, int failed);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "Ingested {Location} as {ArticleId} ({Outcome}): {Entities} entities, {Relations} relations")]
    public static partial void ArticleIngested(ILogger logger, string location, string articleId, CommitOutcome outcome, int entities, int relations);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Input {Location} failed: {Reason}")]
    public static partial void InputFailed(ILogger logger, string location, string reason);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "External sink unavailable ({Error}); {Pending} articles stay pending")]
    public static partial void SinkUnavailable(ILogger logger, string error, int pending);

    [LoggerMessage(EventId = 6, Level = LogLevel.Error, Message = "Scheduled run of source {Source} failed; it runs again on its schedule")]
    public static partial void ScheduledRunFailed(ILogger logger, Exception exception, string source);

    [LoggerMessage(EventId = 7, Level = LogLevel.Information, Message = "Source {Source} next runs at {NextRun}")]
    public static partial void NextRun(ILogger logger, string source, DateTimeOffset nextRun);

    [LoggerMessage(
        EventId = 8,
        Level = LogLevel.Information,
        Message = "Input {Location} is a near-duplicate of {ArticleId} (similarity {Similarity:0.00}); recorded, not extracted")]
    public static partial void DuplicateSkipped(ILogger logger, string location, string articleId, double similarity);

    [LoggerMessage(
        EventId = 9,
        Level = LogLevel.Warning,
        Message = "Sink circuit breaker opened for {BreakDuration} after repeated failures ({Error}); no writes until then")]
    public static partial void SinkCircuitOpened(ILogger logger, TimeSpan breakDuration, string error);

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Sink circuit breaker half-open: the next write probes the sink")]
    public static partial void SinkCircuitHalfOpened(ILogger logger);

    [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "Sink circuit breaker closed: the sink is back")]
    public static partial void SinkCircuitClosed(ILogger logger);

    [LoggerMessage(
        EventId = 12,
        Level = LogLevel.Information,
        Message = "Sink circuit breaker is open (retry after {RetryAfter}); {Pending} articles stay pending")]
    public static partial void SinkCircuitOpen(ILogger logger, TimeSpan? retryAfter, int pending);

    [LoggerMessage(
        EventId = 13,
        Level = LogLevel.Warning,
        Message = "Folder {Folder} leads to {RealPath}, already read in this run (a link loop or a second link); not read again")]
    public static partial void FolderLinkSkipped(ILogger logger, string folder, string realPath);

    [LoggerMessage(EventId = 14, Level = LogLevel.Debug, Message = "Extracting {Location} ({Characters} characters)")]
    public static partial void Extracting(ILogger logger, string location, int characters);

    [LoggerMessage(
        EventId = 15,
        Level = LogLevel.Information,
        Message = "Stopped while extracting {Location}: nothing of it was written, the next run reads it again")]
    public static partial void ArticleLeftForNextRun(ILogger logger, string location);

    [LoggerMessage(
        EventId = 16,
        Level = LogLevel.Warning,
        Message = "A batch of {Count} articles failed to commit ({Reason}); writing them one at a time")]
    public static partial void BatchRetried(ILogger logger, int count, string reason);
}
