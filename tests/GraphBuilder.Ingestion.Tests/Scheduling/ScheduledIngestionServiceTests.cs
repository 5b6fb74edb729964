using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Storage;
using GraphBuilder.Ingestion.Scheduling;
using GraphBuilder.Storage.Sqlite;
using GraphBuilder.Testing.Fakes;
using GraphBuilder.Testing.Files;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GraphBuilder.Ingestion.Tests.Scheduling;

public sealed class ScheduledIngestionServiceTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task ExecuteAsync_TenSecondSchedule_RunsWhenTheClockReachesIt()
    {
        _directory.Write("news/a.txt", "Maria Alvarez spoke in Harbor City on Monday about the plan.");
        await using var provider = Services(("local", "Folder", "*/10 * * * * *", _directory.File("news")));
        var service = provider.GetRequiredService<ScheduledIngestionService>();
        var store = provider.GetRequiredService<IArticleLedger>();
        var probe = new ScheduleProbe(service);

        await service.StartAsync(CancellationToken.None);
        var due = await probe.ScheduledAsync("local");
        (await store.ListLedgerAsync()).ShouldBeEmpty();
        _time.Advance(due - _time.GetUtcNow());
        await probe.FinishedAsync("local");
        await service.StopAsync(CancellationToken.None);

        (await store.ListLedgerAsync(ArticleStatus.Ingested)).ShouldHaveSingleItem();
        service.Status["local"].Summary.ShouldNotBeNull().Ingested.ShouldBe(1);
    }

    [Fact]
    public async Task ExecuteAsync_OneSourceFails_TheOtherStillRuns()
    {
        _directory.Write("news/a.txt", "Maria Alvarez spoke in Harbor City on Monday about the plan.");
        await using var provider = Services(
            ("broken", "Folder", "*/10 * * * * *", _directory.File("does-not-exist")),
            ("local", "Folder", "*/10 * * * * *", _directory.File("news")));
        var service = provider.GetRequiredService<ScheduledIngestionService>();
        var probe = new ScheduleProbe(service);

        await service.StartAsync(CancellationToken.None);
        var due = new[] { await probe.ScheduledAsync("broken"), await probe.ScheduledAsync("local") }.Max();
        _time.Advance(due - _time.GetUtcNow());
        await probe.FinishedAsync("broken");
        await probe.FinishedAsync("local");
        await service.StopAsync(CancellationToken.None);

        service.Status["local"].Summary.ShouldNotBeNull().Ingested.ShouldBe(1);
        service.Status["broken"].Summary.ShouldNotBeNull().Failures.ShouldHaveSingleItem().Reason.ShouldBe("file not found");
    }

    [Fact]
    public void Validate_BadSources_NamesEveryProblem()
    {
        using var provider = Services(("", "Folder", "* * *", null), ("x", "Gopher", "*/5 * * * *", null));

        var exception = Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SourcesOptions>>().Value);

        exception.Failures.ShouldContain(f => f.Contains("GraphBuilder:Sources:0: Name is required"));
        exception.Failures.ShouldContain(f => f.Contains("has 3 fields"));
        exception.Failures.ShouldContain(f => f.Contains("needs a Path"));
        exception.Failures.ShouldContain(f => f.Contains("unknown Type 'Gopher'"));
    }

    private ServiceProvider Services(params (string Name, string Type, string Schedule, string? Path)[] sources)
    {
        var settings = new Dictionary<string, string?>();
        for (var i = 0; i < sources.Length; i++)
        {
            settings[$"GraphBuilder:Sources:{i}:Name"] = sources[i].Name;
            settings[$"GraphBuilder:Sources:{i}:Type"] = sources[i].Type;
            settings[$"GraphBuilder:Sources:{i}:Schedule"] = sources[i].Schedule;
            settings[$"GraphBuilder:Sources:{i}:Path"] = sources[i].Path;
            settings[$"GraphBuilder:Sources:{i}:RunOnStart"] = "false";
        }

        settings["GraphBuilder:Store:Path"] = _directory.File("graph.db");
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(_time);
        services.AddSingleton(new GazetteerStage(new Dictionary<string, EntityKind> { ["Maria Alvarez"] = EntityKind.Person }).Extractor());
        services.AddSqliteStore();
        services.AddScheduledIngestion();
        return services.BuildServiceProvider();
    }
}
