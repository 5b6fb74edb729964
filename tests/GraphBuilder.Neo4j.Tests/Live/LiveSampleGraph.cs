using GraphBuilder.Bolt;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Storage;
using GraphBuilder.Hosting;
using GraphBuilder.Ingestion;
using GraphBuilder.Ingestion.Reading;
using GraphBuilder.Ingestion.Sources;
using GraphBuilder.Testing.Files;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GraphBuilder.Neo4j.Tests.Live;

/// <summary>
/// The project's sample articles ingested with the real pipeline, composed as the worker composes it, into a
/// temporary SQLite store that mirrors into the live Neo4j through <see cref="Neo4jGraphSink"/> and
/// <see cref="SinkSynchronizer"/>; plus a driver to check that Neo4j with Cypher.
/// </summary>
internal sealed class LiveSampleGraph : IAsyncDisposable
{
    private readonly TempDirectory _directory;
    private readonly IHost _host;

    private LiveSampleGraph(TempDirectory directory, IHost host, BoltDriver driver, IngestionSummary summary, GraphSnapshot snapshot)
    {
        _directory = directory;
        _host = host;
        Driver = driver;
        Summary = summary;
        Snapshot = snapshot;
    }

    /// <summary>Gets a driver for the live Neo4j.</summary>
    public BoltDriver Driver { get; }

    /// <summary>Gets what the ingestion did.</summary>
    public IngestionSummary Summary { get; }

    /// <summary>Gets the embedded store's graph after the ingestion.</summary>
    public GraphSnapshot Snapshot { get; }

    /// <summary>Gets the embedded store's outbox.</summary>
    public IChangeOutbox Outbox => _host.Services.GetRequiredService<IChangeOutbox>();

    /// <summary>Gets what pushes the store's changes to Neo4j.</summary>
    public SinkSynchronizer Synchronizer => _host.Services.GetRequiredService<SinkSynchronizer>();

    public static async Task<LiveSampleGraph> IngestAsync(LiveNeo4jSettings settings, CancellationToken cancellationToken)
    {
        var directory = new TempDirectory();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], DisableDefaults = true, ContentRootPath = directory.Path });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["GraphBuilder:Store:Path"] = directory.File("graph.db"),
            ["GraphBuilder:Neo4j:Uri"] = settings.Uri,
            ["GraphBuilder:Neo4j:User"] = settings.User,
            ["GraphBuilder:Neo4j:Password"] = settings.Password,
            ["GraphBuilder:Neo4j:Database"] = settings.Database,
        });
        builder.AddGraphBuilder();
        var host = builder.Build();

        var source = new FolderNewsSource("live-tests", [RepositoryPaths.SampleArticles], host.Services.GetRequiredService<ArticleFileReader>());
        var summary = await host.Services.GetRequiredService<IngestionRunner>().RunAsync(source, cancellationToken: cancellationToken);
        var snapshot = await host.Services.GetRequiredService<IGraphReader>().ReadGraphAsync(cancellationToken);
        var driver = BoltDriver.Create(settings.Uri, BoltAuthToken.Basic(settings.User, settings.Password), options => options.Database = settings.Database);
        return new LiveSampleGraph(directory, host, driver, summary, snapshot);
    }

    /// <summary>Runs a read query on the live Neo4j.</summary>
    /// <param name="cypher">The query.</param>
    /// <param name="parameters">Its parameters.</param>
    /// <param name="cancellationToken">A token that cancels the query.</param>
    /// <returns>The records.</returns>
    public async Task<IReadOnlyList<BoltRecord>> ReadAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        var result = await Driver.ExecuteQueryAsync(cypher, parameters, new BoltQueryOptions { AccessMode = BoltAccessMode.Read }, cancellationToken);
        return result.Records;
    }

    public async ValueTask DisposeAsync()
    {
        await Driver.DisposeAsync();

        // The Neo4j sink is only asynchronously disposable, so the host must be disposed asynchronously too.
        if (_host is IAsyncDisposable asyncHost)
        {
            await asyncHost.DisposeAsync();
        }
        else
        {
            _host.Dispose();
        }

        _directory.Dispose();
    }
}
