using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Storage;
using GraphBuilder.Ingestion.Reading;
using GraphBuilder.Ingestion.Sources;
using GraphBuilder.Storage.Sqlite;
using GraphBuilder.Testing.Fakes;
using GraphBuilder.Testing.Files;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Polly.CircuitBreaker;

namespace GraphBuilder.Ingestion.Tests;

public sealed class SinkSynchronizerTests : IDisposable
{
    private static readonly SinkResilienceOptions Breaker = new()
    {
        CircuitBreaker = new CircuitBreakerStrategyOptions
        {
            FailureRatio = 0.5,
            MinimumThroughput = 2,
            SamplingDuration = TimeSpan.FromMinutes(1),
            BreakDuration = TimeSpan.FromSeconds(30),
        },
    };

    private readonly TempDirectory _directory = new();
    private readonly SqliteStore _store;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly FailingGraphSink _sink = new();
    private readonly SinkSynchronizer _synchronizer;

    public SinkSynchronizerTests()
    {
        _store = new SqliteStore(Options.Create(new SqliteStoreOptions { Path = _directory.File("graph.db") }), NullLogger<SqliteStore>.Instance);
        _synchronizer = new SinkSynchronizer(_store.Outbox, _store.Reader, _store.Ledger, [_sink], _time, Options.Create(Breaker), new IngestionMetrics(new TestMeterFactory()), NullLogger<SinkSynchronizer>.Instance);
    }

    public void Dispose()
    {
        _synchronizer.Dispose();
        _store.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public async Task FlushAsync_RepeatedFailures_OpenTheBreakerAndStopAttempts()
    {
        await IngestTwoArticlesAsync();

        // The run's own flush failed once; one more failure reaches the minimum throughput at a ratio of 1.
        await _synchronizer.FlushAsync(TestContext.Current.CancellationToken);
        var attempts = _sink.Attempts;

        var (written, pending) = await _synchronizer.FlushAsync(TestContext.Current.CancellationToken);

        attempts.ShouldBe(2);
        _sink.Attempts.ShouldBe(attempts);
        _synchronizer.BreakerState.ShouldBe(CircuitState.Open);
        written.ShouldBe(0);
        pending.ShouldBe(2);
        (await _store.Ledger.ListLedgerAsync(ArticleStatus.Pending, cancellationToken: TestContext.Current.CancellationToken)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task FlushAsync_SinkBackAfterTheBreak_ProbeClosesTheBreakerAndEverythingFlows()
    {
        await IngestTwoArticlesAsync();
        await _synchronizer.FlushAsync(TestContext.Current.CancellationToken);
        _sink.Down = false;

        // Still inside the break: the sink is not asked even though it is back.
        _time.Advance(TimeSpan.FromSeconds(10));
        (await _synchronizer.FlushAsync(TestContext.Current.CancellationToken)).Written.ShouldBe(0);
        _sink.Attempts.ShouldBe(2);

        _time.Advance(TimeSpan.FromSeconds(21));
        var (written, pending) = await _synchronizer.FlushAsync(TestContext.Current.CancellationToken);

        written.ShouldBe(2);
        pending.ShouldBe(0);
        _synchronizer.BreakerState.ShouldBe(CircuitState.Closed);
        (await _store.Ledger.ListLedgerAsync(ArticleStatus.Ingested, cancellationToken: TestContext.Current.CancellationToken)).Count.ShouldBe(2);
        _sink.Written.Count.ShouldBe(2);
    }

    [Fact]
    public async Task FlushAsync_ProbeFailsAfterTheBreak_OpensAgainWithOneAttempt()
    {
        await IngestTwoArticlesAsync();
        await _synchronizer.FlushAsync(TestContext.Current.CancellationToken);
        _time.Advance(TimeSpan.FromSeconds(31));

        await _synchronizer.FlushAsync(TestContext.Current.CancellationToken);
        await _synchronizer.FlushAsync(TestContext.Current.CancellationToken);

        _sink.Attempts.ShouldBe(3);
        _synchronizer.BreakerState.ShouldBe(CircuitState.Open);
        (await _store.Ledger.ListLedgerAsync(ArticleStatus.Pending, cancellationToken: TestContext.Current.CancellationToken)).Count.ShouldBe(2);
    }

    [Theory]
    [InlineData(1.5, 2, 30)]
    [InlineData(0.5, 1, 30)]
    [InlineData(0.5, 2, 0)]
    public void Validate_OutOfRangeBreakerOptions_Fails(double ratio, int throughput, int breakSeconds)
    {
        var options = new SinkResilienceOptions { CircuitBreaker = new CircuitBreakerStrategyOptions { FailureRatio = ratio, MinimumThroughput = throughput, BreakDuration = TimeSpan.FromSeconds(breakSeconds) } };

        new SinkResilienceOptionsValidator().Validate(null, options).Failed.ShouldBeTrue();
    }

    [Fact]
    public void Validate_Defaults_Succeed()
    {
        new SinkResilienceOptionsValidator().Validate(null, new SinkResilienceOptions()).Succeeded.ShouldBeTrue();
    }

    private async Task IngestTwoArticlesAsync()
    {
        _directory.Write("news/a.txt", "Senator Maria Alvarez criticized Northwind Energy over its plan for Harbor City.");
        _directory.Write("news/b.txt", "Tomas Reyes of Northwind Energy met Maria Alvarez in Harbor City on Friday.");
        var runner = new IngestionRunner(
            new GazetteerStage(new Dictionary<string, EntityKind> { ["Maria Alvarez"] = EntityKind.Person, ["Harbor City"] = EntityKind.Location }).Extractor(),
            _store.Ledger,
            _store.Writer,
            _store.NearDuplicates,
            _synchronizer,
            _time,
            Options.Create(new IngestionOptions()),
            new IngestionMetrics(new TestMeterFactory()),
            NullLogger<IngestionRunner>.Instance);
        var summary = await runner.RunAsync(new FolderNewsSource("test", [_directory.File("news")], new ArticleFileReader(Options.Create(new IngestionOptions()))), cancellationToken: TestContext.Current.CancellationToken);
        summary.Pending.ShouldBe(2);
        _sink.Attempts.ShouldBe(1);
    }
}
