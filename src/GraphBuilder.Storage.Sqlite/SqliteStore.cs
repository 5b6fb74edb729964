using GraphBuilder.Graph.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Storage.Sqlite;

/// <summary>
/// The embedded store: the graph, the ingestion ledger and the outbox of changes for external sinks, in one SQLite
/// file in WAL mode. Each role is one class over the shared connection factory; this type only composes them.
/// </summary>
public sealed class SqliteStore : IDisposable
{
    private readonly SqliteDatabase _database;

    /// <summary>Initializes a new instance of the <see cref="SqliteStore"/> class.</summary>
    /// <param name="options">The store's options.</param>
    /// <param name="logger">The logger.</param>
    public SqliteStore(IOptions<SqliteStoreOptions> options, ILogger<SqliteStore> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _database = new SqliteDatabase(options, logger);
        var reader = new SqliteGraphReader(_database);
        Ledger = new SqliteLedger(_database);
        Writer = new SqliteGraphWriter(_database, logger);
        Reader = reader;
        Catalog = reader;
        Outbox = new SqliteOutbox(_database);
        SourceRuns = new SqliteSourceRuns(_database);
        NearDuplicates = new SqliteNearDuplicates(_database);
        Workers = new SqliteWorkers(_database);
    }

    /// <summary>Gets the full path of the database file.</summary>
    public string Path => _database.Path;

    /// <summary>Gets the schema version the store is at once opened.</summary>
    public static int SchemaVersion => SqliteDatabase.SchemaVersion;

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

    /// <summary>Gets the index of near-duplicate texts.</summary>
    public INearDuplicateIndex NearDuplicates { get; }

    /// <summary>Gets the heartbeats of the workers sharing the store.</summary>
    public IWorkerRegistry Workers { get; }

    /// <inheritdoc/>
    public void Dispose() => _database.Dispose();
}
