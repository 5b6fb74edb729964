using GraphBuilder.Graph.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Storage.Postgres;

/// <summary>
/// The PostgreSQL store: the graph, the ingestion ledger, the outbox, resolution state and the sources' runs in one
/// database that any number of workers share. Each role is one class over the shared data source; this type only
/// composes them.
/// </summary>
public sealed class PostgresStore : IDisposable, IAsyncDisposable
{
    private readonly PostgresDatabase _database;

    /// <summary>Initializes a new instance of the <see cref="PostgresStore"/> class.</summary>
    /// <param name="options">The store's options.</param>
    /// <param name="logger">The logger.</param>
    public PostgresStore(IOptions<PostgresStoreOptions> options, ILogger<PostgresStore> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _database = new PostgresDatabase(options, logger);
        var reader = new PostgresGraphReader(_database);
        Ledger = new PostgresLedger(_database);
        Writer = new PostgresGraphWriter(_database, logger);
        Reader = reader;
        Catalog = reader;
        Outbox = new PostgresOutbox(_database);
        SourceRuns = new PostgresSourceRuns(_database);
        Workers = new PostgresWorkers(_database);
        NearDuplicates = new PostgresNearDuplicates(_database);
    }

    /// <summary>Gets the server and database, as <c>host:port/database</c> (never the credentials).</summary>
    public string Server => _database.Server;

    /// <summary>Gets the schema version the store is at once opened.</summary>
    public static int SchemaVersion => PostgresDatabase.SchemaVersion;

    /// <summary>Gets the ledger of every input seen.</summary>
    public IArticleLedger Ledger { get; }

    /// <summary>Gets the writer of articles' facts.</summary>
    public IGraphWriter Writer { get; }

    /// <summary>Gets the graph's reader.</summary>
    public IGraphReader Reader { get; }

    /// <summary>Gets the catalog resolution looks entities up in.</summary>
    public IEntityCatalog Catalog { get; }

    /// <summary>Gets the outbox of changes for the external sinks.</summary>
    public IChangeOutbox Outbox { get; }

    /// <summary>Gets the record of the sources' runs.</summary>
    public ISourceRunLog SourceRuns { get; }

    /// <summary>Gets the heartbeats of the workers sharing the store.</summary>
    public IWorkerRegistry Workers { get; }

    /// <summary>Gets the index of near-duplicate texts.</summary>
    public INearDuplicateIndex NearDuplicates { get; }

    internal PostgresDatabase Database => _database;

    /// <inheritdoc/>
    public void Dispose() => _database.Dispose();

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _database.DisposeAsync();
}
