using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Storage;
using GraphBuilder.Ingestion;
using GraphBuilder.Ingestion.Queue;
using GraphBuilder.Ingestion.Reading;
using GraphBuilder.Ingestion.Sources;
using GraphBuilder.Storage.Sqlite;
using GraphBuilder.Testing.Fakes;
using GraphBuilder.Testing.Files;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Queue.Nats.Tests;

[Collection(NatsCollection.Name)]
public sealed class NatsWorkQueueTests : IAsyncDisposable
{
    private static readonly Dictionary<string, EntityKind> Names = new()
    {
        ["Maria Alvarez"] = EntityKind.Person,
        ["Northwind Energy"] = EntityKind.Organization,
        ["Harbor City"] = EntityKind.Location,
    };

    private static readonly DateTimeOffset Occurrence = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly NatsServerFixture _server;
    private readonly TempDirectory _directory = new();
    private readonly SqliteStore _store;
    private readonly ServiceProvider _metrics = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..10];
    private readonly List<NatsWorkQueue> _queues = [];

    public NatsWorkQueueTests(NatsServerFixture server)
    {
        _server = server;
        _store = new SqliteStore(Options.Create(new SqliteStoreOptions { Path = _directory.File("graph.db") }), NullLogger<SqliteStore>.Instance);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var queue in _queues)
        {
            await queue.DisposeAsync();
        }

        _store.Dispose();
        await _metrics.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task RunOccurrenceAsync_TwoWorkersSameOccurrence_ExactlyOneClaimsIt()
    {
        var (first, second) = (Queue(), Queue());
        var source = Source(Articles());

        var runs = await Task.WhenAll(first.RunOccurrenceAsync(source, Occurrence), second.RunOccurrenceAsync(source, Occurrence));
        var again = await second.RunOccurrenceAsync(source, Occurrence);
        var next = await second.RunOccurrenceAsync(source, Occurrence.AddSeconds(5));

        runs.Count(r => r is not null).ShouldBe(1);
        runs.Single(r => r is not null)!.Queued.ShouldBe(2);
        again.ShouldBeNull();
        next.ShouldNotBeNull();
    }

    [Fact]
    public async Task ConsumeAsync_StoppedBeforeCommit_MessageRedeliveredAndIngestedOnce()
    {
        var stopped = new BlockingGraphWriter(_store.Writer, block: true);
        var survivor = new BlockingGraphWriter(_store.Writer, block: false);
        var first = Queue(writer: stopped);
        await first.RunOccurrenceAsync(Source(Articles(count: 1)), Occurrence);
        using var stop = new CancellationTokenSource();
        var consuming = first.ConsumeAsync(stop.Token);
        await stopped.Entered.WaitAsync(TimeSpan.FromSeconds(30));

        await stop.CancelAsync();
        await consuming;
        (await _store.Ledger.ListLedgerAsync()).ShouldBeEmpty();
        await ConsumeUntilAsync(Queue(writer: survivor), async () => (await _store.Ledger.ListLedgerAsync()).Count == 1 && await DrainedAsync());

        stopped.Commits.ShouldBe(0);
        survivor.Commits.ShouldBe(1);
        (await _store.Ledger.ListLedgerAsync()).Single().Status.ShouldBe(ArticleStatus.Ingested);
        (await _store.Reader.ReadGraphAsync()).Articles.Count.ShouldBe(1);
    }

    [Fact]
    public async Task ConsumeAsync_MessageFailsEveryDelivery_FailedRowWithReasonAfterMaxDeliver()
    {
        var folder = Articles(count: 1);
        _directory.Write("news/binary.txt", [0x00, 0x01, 0x02]);
        var poison = Path.Combine(folder, "binary.txt");
        var queue = Queue(ledger: new RefusingLedger(_store.Ledger, poison), maxDeliver: 3);
        await queue.RunOccurrenceAsync(Source(folder), Occurrence);

        await ConsumeUntilAsync(queue, async () => (await _store.Ledger.ListLedgerAsync()).Count == 2 && await DrainedAsync());

        var row = (await _store.Ledger.FindLedgerEntryAsync(poison))!;
        row.Status.ShouldBe(ArticleStatus.Failed);
        row.Reason.ShouldBe("gave up after 2 deliveries: InvalidOperationException: the store refused the row");
    }

    [Fact]
    public async Task PublishAsync_SameItemFromTwoListings_StreamHoldsItOnce()
    {
        var item = SourceItem.Of(new ArticleInput("/news/a.txt", "local", "Maria Alvarez of Northwind Energy spoke in Harbor City."));
        var (first, second) = (Queue(), Queue());
        await first.StartAsync();
        await second.StartAsync();

        var stored = await first.PublishAsync(item, CancellationToken.None);
        var again = await second.PublishAsync(item, CancellationToken.None);

        stored.ShouldBeTrue();
        again.ShouldBeFalse();
        (await first.ReadStatusAsync())!.Waiting.ShouldBe(1);
    }

    [Fact]
    public async Task ConsumeAsync_FolderWithBadFiles_LedgerAsIngestRecordsIt()
    {
        var folder = Articles(count: 2);
        _directory.Write("news/binary.txt", [0x00, 0x01, 0x02]);
        _directory.Write("news/empty.txt", string.Empty);
        _directory.Write("news/latin1.txt", [0x48, 0xE9, 0x6C, 0x6C, 0x6F, 0x20, 0x48, 0x61, 0x72, 0x62, 0x6F, 0x72, 0x20, 0x43, 0x69, 0x74, 0x79]);
        var queue = Queue();
        await queue.RunOccurrenceAsync(Source(folder), Occurrence);

        await ConsumeUntilAsync(queue, async () => (await _store.Ledger.ListLedgerAsync()).Count == 5 && await DrainedAsync());

        var ledger = await _store.Ledger.ListLedgerAsync();
        ledger.Count(e => e.Status == ArticleStatus.Ingested).ShouldBe(2);
        ledger.Where(e => e.Status == ArticleStatus.Failed).Select(e => Path.GetFileName(e.Location)).Order().ShouldBe(["binary.txt", "empty.txt", "latin1.txt"]);
        ledger.Where(e => e.Status == ArticleStatus.Failed).ShouldAllBe(e => !string.IsNullOrEmpty(e.Reason));
    }

    [Fact]
    public async Task StartAsync_UnreachableServer_NamesTheUrlWithoutCredentials()
    {
        var queue = Queue(url: "nats://reader:hunter2@127.0.0.1:1");

        var exception = await Should.ThrowAsync<WorkQueueUnavailableException>(() => queue.StartAsync());

        exception.Message.ShouldContain("nats://127.0.0.1:1");
        exception.Message.ShouldNotContain("hunter2");
        exception.Message.ShouldNotContain("reader");
    }

    private static FolderNewsSource Source(string folder) => new("local", [folder], new ArticleFileReader(Options.Create(new IngestionOptions())));

    private string Articles(int count = 2)
    {
        for (var i = 0; i < count; i++)
        {
            _directory.Write($"news/a{i}.txt", $"Maria Alvarez of Northwind Energy spoke in Harbor City on day {i}. Alvarez said the plan number {i * 7919} was new.");
        }

        return _directory.File("news");
    }

    private static async Task ConsumeUntilAsync(NatsWorkQueue queue, Func<Task<bool>> done)
    {
        using var stop = new CancellationTokenSource();
        var consuming = queue.ConsumeAsync(stop.Token);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await done())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the queue did not get there in time");
            await Task.Delay(100);
        }

        await stop.CancelAsync();
        await consuming;
    }

    private async Task<bool> DrainedAsync()
    {
        var status = (await _queues[0].ReadStatusAsync())!;
        return status.Waiting == 0 && status.InProgress == 0;
    }

    private NatsWorkQueue Queue(IGraphWriter? writer = null, IArticleLedger? ledger = null, int maxDeliver = 5, string? url = null)
    {
        var time = TimeProvider.System;
        var metrics = new IngestionMetrics(_metrics.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
        var runner = new IngestionRunner(
            new GazetteerStage(Names).Extractor(),
            ledger ?? _store.Ledger,
            writer ?? _store.Writer,
            _store.NearDuplicates,
            new SinkSynchronizer(_store.Outbox, _store.Reader, _store.Ledger, [], time, Options.Create(new SinkResilienceOptions()), metrics, NullLogger<SinkSynchronizer>.Instance),
            time,
            Options.Create(new IngestionOptions()),
            metrics,
            NullLogger<IngestionRunner>.Instance);
        var queue = new NatsWorkQueue(
            Options.Create(new QueueOptions { Provider = QueueOptions.Nats, Url = url ?? _server.RequireUrl(), HeartbeatInterval = TimeSpan.FromSeconds(1) }),
            Options.Create(new NatsQueueOptions
            {
                Stream = "TEST_" + _suffix,
                Subject = "test." + _suffix,
                Consumer = "workers-" + _suffix,
                LeaseBucket = "leases-" + _suffix,
                AckWait = TimeSpan.FromSeconds(3),
                MaxDeliver = maxDeliver,
                LeaseDuration = TimeSpan.FromMinutes(1),
            }),
            runner,
            new ArticleFileReader(Options.Create(new IngestionOptions())),
            metrics,
            time,
            NullLogger<NatsWorkQueue>.Instance,
            _store.Workers);
        _queues.Add(queue);
        return queue;
    }
}
