using GraphBuilder.Bolt;
using GraphBuilder.Extraction;
using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Storage;
using GraphBuilder.Neo4j;
using GraphBuilder.Nlp;
using GraphBuilder.Nlp.Pipeline;
using GraphBuilder.Storage.Sqlite;
using GraphBuilder.Testing.Files;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Hosting.Tests;

public sealed class GraphBuilderHostApplicationBuilderExtensionsTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void AddGraphBuilder_Defaults_EveryStoreRoleComesFromOneEmbeddedStore()
    {
        using var host = Build();

        var store = host.Services.GetRequiredService<SqliteStore>();

        host.Services.GetRequiredService<IArticleLedger>().ShouldBeSameAs(store.Ledger);
        host.Services.GetRequiredService<IGraphWriter>().ShouldBeSameAs(store.Writer);
        host.Services.GetRequiredService<IGraphReader>().ShouldBeSameAs(store.Reader);
        host.Services.GetRequiredService<IEntityCatalog>().ShouldBeSameAs(store.Catalog);
        host.Services.GetRequiredService<IChangeOutbox>().ShouldBeSameAs(store.Outbox);
        host.Services.GetRequiredService<ISourceRunLog>().ShouldBeSameAs(store.SourceRuns);
        host.Services.GetRequiredService<INearDuplicateIndex>().ShouldBeSameAs(store.NearDuplicates);
        store.Path.ShouldBe(_directory.File("graph.db"));
    }

    [Fact]
    public void AddGraphBuilder_Defaults_TheExtractorIsTheOneAssembledPipeline()
    {
        using var host = Build(("GraphBuilder:Nlp:Profile", "Fast"));

        var extractor = host.Services.GetRequiredService<IArticleExtractor>();

        extractor.ShouldBeSameAs(host.Services.GetRequiredService<KnowledgeExtractor>());
        host.Services.GetRequiredService<KnowledgeExtractor>().Pipeline.ShouldBeSameAs(host.Services.GetRequiredService<NlpPipeline>());
        host.Services.GetRequiredService<IOptions<NlpOptions>>().Value.Profile.ShouldBe(NlpProfile.Fast);
        extractor.Version.ShouldContain("ner-fast/");
        extractor.Version.ShouldEndWith("relation-classifier/1");
    }

    [Fact]
    public void AddGraphBuilder_NoNeo4jUri_RegistersNoSinkAndNoDriver()
    {
        using var host = Build();

        host.Services.GetServices<IGraphSink>().ShouldBeEmpty();
        host.Services.GetService<BoltDriver>().ShouldBeNull();
    }

    [Fact]
    public async Task AddGraphBuilder_Neo4jUri_TheSinkWritesThroughTheContainersDriver()
    {
        using var host = Build(("GraphBuilder:Neo4j:Uri", "bolt://127.0.0.1:7687"), ("GraphBuilder:Neo4j:User", "neo4j"), ("GraphBuilder:Neo4j:Password", "secret"), ("GraphBuilder:Neo4j:BatchSize", "50"));

        var sink = host.Services.GetServices<IGraphSink>().ShouldHaveSingleItem().ShouldBeOfType<Neo4jGraphSink>();
        var driver = host.Services.GetRequiredService<BoltDriver>();

        driver.Options.Uri.ShouldBe("bolt://127.0.0.1:7687");
        driver.Options.User.ShouldBe("neo4j");
        host.Services.GetRequiredService<IOptions<Neo4jSinkOptions>>().Value.BatchSize.ShouldBe(50);
        sink.ShouldBeSameAs(host.Services.GetRequiredService<Neo4jGraphSink>());
        await host.StopAsync();
    }

    [Fact]
    public void AddGraphBuilder_Neo4jPasswordWithoutUser_UsesNeo4jsDefaultUser()
    {
        using var host = Build(("GraphBuilder:Neo4j:Uri", "bolt://127.0.0.1:7687"), ("GraphBuilder:Neo4j:Password", "secret"));

        host.Services.GetRequiredService<BoltDriver>().Options.User.ShouldBe("neo4j");
    }

    private IHost Build(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], DisableDefaults = true, ContentRootPath = _directory.Path });
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)).Append(new("GraphBuilder:Store:Path", _directory.File("graph.db"))));
        builder.AddGraphBuilder();
        return builder.Build();
    }
}
