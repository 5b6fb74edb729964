using GraphBuilder.Bolt.Connections;
using GraphBuilder.Bolt.Protocol;
using Microsoft.Extensions.Logging;

namespace GraphBuilder.Bolt;

/// <summary>
/// Source-generated log messages of the Bolt client.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Connected to {Address} with Bolt {Version} (server {Server}, connection {ConnectionId})")]
    public static partial void ConnectionOpened(ILogger logger, ServerAddress address, BoltVersion version, string? server, string? connectionId);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "Closed the connection to {Address}")]
    public static partial void ConnectionClosed(ILogger logger, ServerAddress address);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "The connection to {Address} failed and is discarded")]
    public static partial void ConnectionBroken(ILogger logger, ServerAddress address, Exception exception);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Transaction failed and will be retried in {Delay} (attempt {Attempt})")]
    public static partial void RetryingTransaction(ILogger logger, TimeSpan delay, int attempt, Exception? exception);

    [LoggerMessage(
        EventId = 5,
        Level = LogLevel.Debug,
        Message = "Routing table for database '{Database}' refreshed from {Router}: {Writers} writers, {Readers} readers, valid until {ExpiresAt}")]
    public static partial void RoutingTableRefreshed(ILogger logger, string database, ServerAddress router, int writers, int readers, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "Server {Address} removed from the routing table of '{Database}' ({Reason})")]
    public static partial void ServerForgotten(ILogger logger, ServerAddress address, string database, string reason);

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning, Message = "Routing through {Router} failed")]
    public static partial void RouterFailed(ILogger logger, ServerAddress router, Exception exception);
}
