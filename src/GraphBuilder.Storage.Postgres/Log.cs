using Microsoft.Extensions.Logging;

namespace GraphBuilder.Storage.Postgres;

/// <summary>
/// The PostgreSQL store's log messages.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Migrated the PostgreSQL store {Server} to schema version {Version}")]
    public static partial void Migrated(ILogger logger, string server, int version);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "Committed article {ArticleId}: {Entities} entities, {Relations} relations")]
    public static partial void ArticleCommitted(ILogger logger, string articleId, int entities, int relations);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "Commit of article {ArticleId} met another worker ({Reason}); attempt {Attempt} starts with {Locks} locks")]
    public static partial void CommitRetried(ILogger logger, string articleId, string reason, int attempt, int locks);
}
