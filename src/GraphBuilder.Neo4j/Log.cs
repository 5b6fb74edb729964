using Microsoft.Extensions.Logging;

namespace GraphBuilder.Neo4j;

/// <summary>
/// The Neo4j sink's log messages. None carries credentials: URIs are logged as scheme and server only.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Applied {Statements} schema statements to Neo4j at {Server}")]
    public static partial void SchemaApplied(ILogger logger, string server, int statements);

    [LoggerMessage(
        EventId = 2,
        Level = LogLevel.Debug,
        Message = "Wrote {Articles} articles, {Entities} entities and {Relations} relations to Neo4j in {Batches} batches")]
    public static partial void ChangeWritten(ILogger logger, int articles, int entities, int relations, int batches);
}
