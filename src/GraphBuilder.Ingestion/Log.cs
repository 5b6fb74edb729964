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

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Ingestion of source {Source} finished: {Seen} seen, {Ingested} ingested, {Unchanged} unchanged, {Failed} failed")]
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

    [LoggerMessage(EventId = 8, Level = LogLevel.Information, Message = "Input {Location} is a near-duplicate of {ArticleId} (similarity {Similarity:0.00}); recorded, not extracted")]
    public static partial void DuplicateSkipped(ILogger logger, string location, string articleId, double similarity);
}
