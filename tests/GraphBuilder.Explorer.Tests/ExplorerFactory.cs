using GraphBuilder.Storage.Sqlite;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GraphBuilder.Explorer.Tests;

/// <summary>
/// The explorer in-process over a store file, composed as <c>graphbuilder serve</c> composes it (the store's roles,
/// <see cref="ExplorerServiceCollectionExtensions.AddGraphExplorer"/> and
/// <see cref="ExplorerApplicationBuilderExtensions.UseGraphExplorer"/>), with settings of the test's choosing. The
/// factory's entry-point type is its own: the explorer is a library, and the host comes from <see cref="CreateHostBuilder"/>.
/// </summary>
public sealed class ExplorerFactory(string storePath, IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<ExplorerFactory>
{
    protected override IHostBuilder CreateHostBuilder() =>
        Host.CreateDefaultBuilder()
            .ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
            {
                ["GraphBuilder:Store:Path"] = storePath,
                ["Logging:LogLevel:Default"] = "Warning",
            }))
            .ConfigureWebHost(web => web
                .ConfigureServices(services => services.AddSqliteStore().AddGraphExplorer())
                .Configure(app => app.UseGraphExplorer()));

    // The factory looks for the content root of a web project beside the solution; the explorer needs none.
    protected override IHost CreateHost(IHostBuilder builder)
    {
        builder.UseContentRoot(AppContext.BaseDirectory);
        return base.CreateHost(builder);
    }
}
