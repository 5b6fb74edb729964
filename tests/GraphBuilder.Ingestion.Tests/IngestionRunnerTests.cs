using System.Text.Json;
using GraphBuilder.Graph.Drafts;
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

namespace GraphBuilder.Ingestion.Tests;

public sealed class IngestionRunnerTests : IDisposable
{
    private static readonly Dictionary<string, EntityKind> Names = new()
    {
        ["Maria Alvarez"] = EntityKind.Person,
        ["Alvarez"] = EntityKind.Person,
        ["Northwind Energy"] = EntityKind.Organization,
        ["Harbor City"] = EntityKind.Location,
        ["Tomas Reyes"] = EntityKind.Person,
    };

    private static readonly JsonSerializerOptions Json = new() { IncludeFields = true };

    private readonly TempDirectory _directory = new();
    private readonly SqliteStore _store;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly ArticleFileReader _reader = new(Options.Create(new IngestionOptions()));

    public IngestionRunnerTests()
    {
        _store = new SqliteStore(Options.Create(new SqliteStoreOptions { Path = _directory.File("graph.db") }), NullLogger<SqliteStore>.Instance);
    }

    public void Dispose()
    {
        _store.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public async Task RunAsync_FolderWithBadFiles_IngestsTheGoodAndRecordsEachBadOne()
    {
        var folder = Articles();
        _directory.Write("news/binary.txt", [0x00, 0x01, 0x02]);
        _directory.Write("news/empty.txt", string.Empty);
        _directory.Write("news/latin1.txt", [0x48, 0xE9, 0x6C, 0x6C, 0x6F, 0x20, 0x48, 0x61, 0x72, 0x62, 0x6F, 0x72, 0x20, 0x43, 0x69, 0x74, 0x79, 0x20, 0x6E, 0x65, 0x77, 0x73]);

        var summary = await Runner().RunAsync(Source(folder));

        summary.Ingested.ShouldBe(2);
        summary.Failures.Select(f => Path.GetFileName(f.Location)).ShouldBe(["binary.txt", "empty.txt", "latin1.txt"]);
        (await _store.Ledger.ListLedgerAsync(ArticleStatus.Failed)).Count.ShouldBe(3);
        (await _store.Ledger.ListLedgerAsync(ArticleStatus.Ingested)).Count.ShouldBe(2);
        var graph = await _store.Reader.ReadGraphAsync();
        graph.Entities.Single(e => e.Name == "Maria Alvarez").MentionCount.ShouldBe(3);
        graph.Entities.ShouldNotContain(e => e.Name == "Alvarez");
    }

    [Fact]
    public async Task RunAsync_SameFolderTwice_SkipsEverythingAndChangesNothing()
    {
        var folder = Articles();
        var stage = new GazetteerStage(Names);
        await Runner(stage).RunAsync(Source(folder));
        var before = await _store.Reader.ReadGraphAsync();
        var calls = stage.Calls;
        _time.Advance(TimeSpan.FromHours(1));

        var summary = await Runner(stage).RunAsync(Source(folder));

        summary.Unchanged.ShouldBe(2);
        summary.Ingested.ShouldBe(0);
        stage.Calls.ShouldBe(calls);
        var after = await _store.Reader.ReadGraphAsync();
        after.Articles.ShouldBe(before.Articles);
        after.Entities.Select(e => (e.Id, e.MentionCount)).ShouldBe(before.Entities.Select(e => (e.Id, e.MentionCount)));
    }

    [Fact]
    public async Task RunAsync_EditedFile_ReplacesItsFacts()
    {
        var folder = Articles();
        await Runner().RunAsync(Source(folder));
        _directory.Write("news/b.txt", "Tomas Reyes spoke in Harbor City on Tuesday about the weather.");

        var summary = await Runner().RunAsync(Source(folder));

        summary.Ingested.ShouldBe(1);
        summary.Unchanged.ShouldBe(1);
        var graph = await _store.Reader.ReadGraphAsync();
        graph.Articles.Count.ShouldBe(2);
        graph.Entities.Single(e => e.Name == "Maria Alvarez").MentionCount.ShouldBe(2);
        graph.Entities.Single(e => e.Name == "Northwind Energy").MentionCount.ShouldBe(1);
    }

    [Fact]
    public async Task RunAsync_StageThrowsOnOneArticle_RecordsItAndGoesOn()
    {
        var folder = Articles();
        _directory.Write("news/c.txt", "A POISON text about Harbor City that the stage cannot handle.");

        var summary = await Runner().RunAsync(Source(folder));

        summary.Ingested.ShouldBe(2);
        var failure = summary.Failures.ShouldHaveSingleItem();
        failure.Reason.ShouldContain("extraction failed");
        failure.Reason.ShouldContain("the stage choked on this text");
    }

    [Fact]
    public async Task RunAsync_SinkDown_KeepsArticlesPendingUntilItReturns()
    {
        var folder = Articles();
        var sink = new RecordingGraphSink { FailNextWrites = 1 };
        var synchronizer = new SinkSynchronizer(_store.Outbox, _store.Reader, _store.Ledger, [sink], _time, Options.Create(new SinkResilienceOptions()), new IngestionMetrics(new TestMeterFactory()), NullLogger<SinkSynchronizer>.Instance);

        var summary = await Runner(synchronizer: synchronizer).RunAsync(Source(folder));

        summary.Pending.ShouldBe(2);
        (await _store.Ledger.ListLedgerAsync(ArticleStatus.Pending)).Count.ShouldBe(2);
        sink.Written.ShouldBeEmpty();

        var (written, pending) = await synchronizer.FlushAsync();

        written.ShouldBe(2);
        pending.ShouldBe(0);
        (await _store.Ledger.ListLedgerAsync(ArticleStatus.Ingested)).Count.ShouldBe(2);
        sink.Written.SelectMany(c => c.Upserts.Entities).Select(e => e.Name).ShouldContain("Maria Alvarez");
    }

    [Fact]
    public async Task RunAsync_NewPipelineVersion_ExtractsAgain()
    {
        var folder = Articles();
        await Runner(new GazetteerStage(Names, "1")).RunAsync(Source(folder));

        var summary = await Runner(new GazetteerStage(Names, "2")).RunAsync(Source(folder));

        summary.Ingested.ShouldBe(2);
    }

    [Fact]
    public async Task RunAsync_SyndicatedCopyWithNewHeadline_IsRecordedAsDuplicateAndNotCountedTwice()
    {
        const string Story = "Senator Maria Alvarez criticized Northwind Energy on Monday over its plan to build a gas terminal on the northern shore of Harbor City. Alvarez said the company had not consulted the people who live near the site, and asked the agency to hold public hearings before it rules on the permit in April. Northwind Energy said the terminal would create two thousand jobs.";
        _directory.Write("wire/a.txt", "HARBOR CITY, March 2 (GBN) - " + Story);
        _directory.Write("wire/b.txt", "Senator attacks terminal plan\n\nHARBOR CITY, March 2 (Coastal Wire) - " + Story.Replace("two thousand", "2,000", StringComparison.Ordinal));
        var before = await Runner().RunAsync(Source(_directory.File("wire/a.txt")));

        var summary = await Runner().RunAsync(Source(_directory.File("wire/b.txt")));

        before.Ingested.ShouldBe(1);
        summary.Duplicates.ShouldBe(1);
        var entry = (await _store.Ledger.ListLedgerAsync(ArticleStatus.Duplicate)).ShouldHaveSingleItem();
        entry.DuplicateOf.ShouldBe((await _store.Reader.ReadGraphAsync()).Articles.Single().Id);
        (await _store.Reader.ReadGraphAsync()).Entities.Single(e => e.Name == "Maria Alvarez").MentionCount.ShouldBe(2);
    }

    [Fact]
    public async Task RunAsync_DifferentStoryOnTheSameSubject_IsNotADuplicate()
    {
        _directory.Write("wire/a.txt", "Senator Maria Alvarez criticized Northwind Energy on Monday over its plan to build a gas terminal on the northern shore of Harbor City, her office said in a statement issued in the morning.");
        _directory.Write("wire/b.txt", "Northwind Energy chief executive Tomas Reyes met Maria Alvarez in Harbor City on Friday to discuss jobs, hearings and the timetable for the permit decision expected in April.");

        var summary = await Runner().RunAsync(Source(_directory.File("wire")));

        summary.Ingested.ShouldBe(2);
        summary.Duplicates.ShouldBe(0);
    }

    [Fact]
    public async Task RunAsync_CopiesPreparedWhileTheirOriginalsWait_AreRecordedAsDuplicates()
    {
        string[] stories =
        [
            "Senator Maria Alvarez criticized Northwind Energy on Monday over its plan to build a gas terminal on the northern shore of Harbor City. Alvarez said the company had not consulted the people who live near the site.",
            "Tomas Reyes, chief executive of Northwind Energy, told investors in Harbor City that quarterly profit rose by a third as wind farms off the coast came online ahead of schedule and under budget.",
            "Flooding closed the main bridge into Harbor City for a second day as the river rose above its banks, and Maria Alvarez asked the state for emergency funds to repair roads and shelter displaced families.",
        ];
        _directory.Write("wire/0.txt", "Tomas Reyes of Northwind Energy met Maria Alvarez in Harbor City.");
        for (var i = 0; i < stories.Length; i++)
        {
            // Originals first, then their copies: the originals wait together in one batch when the copies come.
            _directory.Write($"wire/a{i + 1}.txt", stories[i]);
            _directory.Write($"wire/b{i + 1}.txt", "Coastal Wire - " + stories[i]);
        }

        // The first article is written alone; while its write waits, every other input is prepared, so originals and
        // their copies reach the writer together, none of them yet in the store.
        var writer = new GatedWriter(_store.Writer);
        var source = new EndSignallingSource(Source(_directory.File("wire")), writer.FirstWriteAsked);
        writer.Gate = source.Ended;

        var summary = await Runner(writer: writer).RunAsync(source);

        summary.Ingested.ShouldBe(4);
        summary.Duplicates.ShouldBe(3);
        (await _store.Ledger.ListLedgerAsync(ArticleStatus.Duplicate)).Select(e => Path.GetFileName(e.Location)).Order().ShouldBe(["b1.txt", "b2.txt", "b3.txt"]);
        writer.LargestBatch.ShouldBeGreaterThan(1);
    }

    [Fact]
    public async Task RunAsync_SeveralArticles_ExtractsTwoAtOnceAndBuildsTheGraphOfOneAtATime()
    {
        string[] stories =
        [
            "Tomas Reyes of Northwind Energy met Maria Alvarez in Harbor City.",
            "Senator Maria Alvarez criticized Northwind Energy over its plan for Harbor City.",
            "Northwind Energy said Tomas Reyes would visit Harbor City on Friday.",
            "Flooding closed the main bridge into Harbor City, and Maria Alvarez asked for funds.",
            "Tomas Reyes told investors that Northwind Energy had doubled its profit.",
            "Residents of Harbor City asked Maria Alvarez to stop the terminal of Northwind Energy.",
        ];
        for (var i = 0; i < stories.Length; i++)
        {
            _directory.Write($"wire/{i}.txt", stories[i]);
        }

        var probe = new OverlapProbeExtractor(new GazetteerStage(Names).Extractor());
        var summary = await Runner(extractor: probe, options: new IngestionOptions { ExtractionConcurrency = 2 }).RunAsync(Source(_directory.File("wire")));

        probe.MostAtOnce.ShouldBe(2);
        probe.Calls.Count(c => c.Overlapped).ShouldBeGreaterThanOrEqualTo(4);
        summary.Ingested.ShouldBe(6);
        using var alone = new SqliteStore(Options.Create(new SqliteStoreOptions { Path = _directory.File("alone.db") }), NullLogger<SqliteStore>.Instance);
        await Runner(store: alone, options: new IngestionOptions { ExtractionConcurrency = 1 }).RunAsync(Source(_directory.File("wire")));
        Describe(await _store.Reader.ReadGraphAsync()).ShouldBe(Describe(await alone.Reader.ReadGraphAsync()));
    }

    [Fact]
    public async Task IngestManyAsync_SeveralArticles_ExtractsTwoAtOnceAndReportsEachInOrder()
    {
        _directory.Write("wire/1.txt", "Tomas Reyes of Northwind Energy met Maria Alvarez in Harbor City.");
        _directory.Write("wire/2.txt", "Senator Maria Alvarez criticized Northwind Energy over its plan for Harbor City.");
        _directory.Write("wire/3.txt", [0x00, 0x01, 0x02]);
        _directory.Write("wire/4.txt", "Northwind Energy said Tomas Reyes would visit Harbor City on Friday.");
        var items = await Source(_directory.File("wire")).ReadAsync().ToListAsync();

        var probe = new OverlapProbeExtractor(new GazetteerStage(Names).Extractor());
        var outcomes = await Runner(extractor: probe, options: new IngestionOptions { ExtractionConcurrency = 2 }).IngestManyAsync(items);

        outcomes.ShouldBe(["ingested", "ingested", "failed", "ingested"]);
        probe.MostAtOnce.ShouldBe(2);
        (await _store.Ledger.ListLedgerAsync(ArticleStatus.Ingested)).Count.ShouldBe(3);
    }

    [Fact]
    public async Task RunAsync_LongText_IsExtractedWithNoOtherBesideIt()
    {
        _directory.Write("wire/1.txt", "Tomas Reyes of Northwind Energy met Maria Alvarez in Harbor City.");
        _directory.Write("wire/2.txt", string.Concat(Enumerable.Repeat("Maria Alvarez spoke in Harbor City about the budget and the bridge. ", 3_100)));
        _directory.Write("wire/3.txt", "Maria Alvarez criticized Northwind Energy over its plan for Harbor City.");
        _directory.Write("wire/4.txt", "Tomas Reyes said Northwind Energy would answer the questions of Maria Alvarez.");

        var probe = new OverlapProbeExtractor(new GazetteerStage(Names).Extractor());
        var summary = await Runner(extractor: probe, options: new IngestionOptions { ExtractionConcurrency = 4 }).RunAsync(Source(_directory.File("wire")));

        summary.Ingested.ShouldBe(4);
        probe.Calls.Single(c => c.Length >= OverlapProbeExtractor.LongText).Overlapped.ShouldBeFalse();
        probe.MostAtOnce.ShouldBeGreaterThan(1);
    }

    // The whole graph; both runs read the same fake clock, so even the articles' times agree.
    private static string Describe(GraphSnapshot graph) => JsonSerializer.Serialize(graph, Json);

    private string Articles()
    {
        _directory.Write("news/a.txt", "Senator Maria Alvarez criticized Northwind Energy over its plan for Harbor City. Alvarez said residents were not asked.");
        _directory.Write("news/b.txt", "Tomas Reyes of Northwind Energy met Maria Alvarez in Harbor City.");
        return _directory.File("news");
    }

    private FolderNewsSource Source(string folder) => new("test", [folder], _reader);

    private IngestionRunner Runner(
        GazetteerStage? stage = null,
        SinkSynchronizer? synchronizer = null,
        IGraphWriter? writer = null,
        IArticleExtractor? extractor = null,
        SqliteStore? store = null,
        IngestionOptions? options = null)
    {
        store ??= _store;
        return new(
            extractor ?? (stage ?? new GazetteerStage(Names)).Extractor(),
            store.Ledger,
            writer ?? store.Writer,
            store.NearDuplicates,
            synchronizer ?? new SinkSynchronizer(store.Outbox, store.Reader, store.Ledger, [], _time, Options.Create(new SinkResilienceOptions()), new IngestionMetrics(new TestMeterFactory()), NullLogger<SinkSynchronizer>.Instance),
            _time,
            Options.Create(options ?? new IngestionOptions()),
            new IngestionMetrics(new TestMeterFactory()),
            NullLogger<IngestionRunner>.Instance);
    }
}
