using GraphBuilder.Bolt;
using GraphBuilder.Graph.Export;
using GraphBuilder.Graph.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Neo4j;

/// <summary>
/// Mirrors the graph into Neo4j: creates the schema of <c>cypher/schema.cypher</c>, then writes each change in one
/// managed, retried write transaction of parameterised <c>UNWIND $rows … MERGE</c> batches, nodes before
/// relationships, deletions last. A change carries current state, so writing it twice leaves the same graph.
/// </summary>
public sealed class Neo4jGraphSink : IGraphSink
{
    private readonly BoltDriver _driver;
    private readonly Neo4jSinkOptions _options;
    private readonly ILogger<Neo4jGraphSink> _logger;
    private readonly string _server;

    /// <summary>Initializes a new instance of the <see cref="Neo4jGraphSink"/> class.</summary>
    /// <param name="driver">The Bolt driver, which the container owns and disposes.</param>
    /// <param name="options">The sink's options.</param>
    /// <param name="logger">The logger.</param>
    public Neo4jGraphSink(BoltDriver driver, IOptions<Neo4jSinkOptions> options, ILogger<Neo4jGraphSink> logger)
    {
        ArgumentNullException.ThrowIfNull(driver);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _driver = driver;
        _options = options.Value;
        _logger = logger;
        _server = SafeUri(driver.Options.Uri);
    }

    /// <inheritdoc/>
    public string Name => "neo4j";

    /// <inheritdoc/>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        // Schema statements cannot share a transaction with data writes, so each runs alone, in a managed transaction:
        // a connection lost at start-up is retried like a write instead of leaving every article pending.
        var session = _driver.AsyncSession();
        await using (session.ConfigureAwait(false))
        {
            foreach (var statement in GraphSchema.Statements)
            {
                await WithCodeAsync(session.ExecuteWriteAsync(
                    async transaction =>
                    {
                        var result = await transaction.RunAsync(statement, cancellationToken: cancellationToken).ConfigureAwait(false);
                        await result.ConsumeAsync(cancellationToken).ConfigureAwait(false);
                    },
                    cancellationToken)).ConfigureAwait(false);
            }
        }

        Log.SchemaApplied(_logger, _server, GraphSchema.Statements.Count);
    }

    /// <inheritdoc/>
    public async Task WriteAsync(GraphChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        var batches = Neo4jBatches.For(change, _options.BatchSize);
        if (batches.Count == 0)
        {
            return;
        }

        var session = _driver.AsyncSession();
        await using (session.ConfigureAwait(false))
        {
            await WithCodeAsync(session.ExecuteWriteAsync(
                async transaction =>
                {
                    foreach (var (statement, rows) in batches)
                    {
                        var parameters = new Dictionary<string, object?> { ["rows"] = rows };
                        var result = await transaction.RunAsync(statement, parameters, cancellationToken).ConfigureAwait(false);
                        await result.ConsumeAsync(cancellationToken).ConfigureAwait(false);
                    }
                },
                cancellationToken)).ConfigureAwait(false);
        }

        Log.ChangeWritten(_logger, change.Upserts.Articles.Count, change.Upserts.Entities.Count, change.Upserts.Relations.Count, batches.Count);
    }

    private static async Task WithCodeAsync(Task write)
    {
        try
        {
            await write.ConfigureAwait(false);
        }
        catch (BoltServerException exception)
        {
            // The status code is what an operator searches for (Neo.ClientError.Security.Unauthorized …): keep it in the message.
            throw new Neo4jWriteException(exception.Code, exception.Message, exception);
        }
    }

    private static string SafeUri(string? uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) ? parsed.GetComponents(UriComponents.SchemeAndServer, UriFormat.Unescaped) : "(invalid)";
}
