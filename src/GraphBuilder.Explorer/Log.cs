using Microsoft.Extensions.Logging;

namespace GraphBuilder.Explorer;

/// <summary>
/// The explorer's log messages.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "{Path} was cancelled after the query timeout of {Timeout}")]
    public static partial void QueryTimedOut(ILogger logger, string path, TimeSpan timeout);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "The explorer page is not built in {WebRoot}; serving the API and a page that says how to build it")]
    public static partial void PageMissing(ILogger logger, string webRoot);
}
