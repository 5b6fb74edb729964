using Microsoft.Extensions.Logging;

namespace GraphBuilder.Storage.Sqlite;

/// <summary>
/// The embedded store's log messages.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Migrated the store {Path} to schema version {Version}")]
    public static partial void Migrated(ILogger logger, string path, int version);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "Committed article {ArticleId}: {Entities} entities, {Relations} relations")]
    public static partial void ArticleCommitted(ILogger logger, string articleId, int entities, int relations);
}
