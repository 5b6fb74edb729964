using GraphBuilder.Hosting.CommandLine;
using GraphBuilder.Storage.Sqlite;
using GraphBuilder.Testing.Files;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Hosting.Tests.CommandLine;

public sealed class CliHostTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Build_StoreOverride_IsTheStoreTheCommandUses()
    {
        var path = _directory.File("chosen.db");

        using var host = CliHost.Build(CliHost.StoreOverride(path));

        host.Services.GetRequiredService<SqliteStore>().Path.ShouldBe(path);
    }

    [Fact]
    public void Build_SettingsFiles_AreReadOnceWithoutWatchingTheWorkingFolder()
    {
        // A watcher on the working folder wakes on every page the store writes there.
        using var host = CliHost.Build(CliHost.StoreOverride(_directory.File("watched.db")));

        var configuration = (IConfigurationRoot)host.Services.GetRequiredService<IConfiguration>();
        var files = configuration.Providers.OfType<FileConfigurationProvider>().ToList();
        files.ShouldNotBeEmpty();
        files.ShouldAllBe(provider => !provider.Source.ReloadOnChange);
    }

    [Fact]
    public void StorePath_NoOption_FallsBackToTheConfiguredOrDefaultFile()
    {
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build();

        CliErrors.StorePath(null, configuration).ShouldBe(Path.GetFullPath("graphbuilder.db"));
        CliErrors.StorePath("x.db", configuration).ShouldBe(Path.GetFullPath("x.db"));
    }
}
