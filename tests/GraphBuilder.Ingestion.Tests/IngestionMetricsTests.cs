using System.Diagnostics.Metrics;
using GraphBuilder.Graph.Model;
using GraphBuilder.Ingestion.Reading;
using GraphBuilder.Ingestion.Sources;
using GraphBuilder.Storage.Sqlite;
using GraphBuilder.Testing.Fakes;
using GraphBuilder.Testing.Files;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GraphBuilder.Ingestion.Tests;

public sealed class IngestionMetricsTests : IDisposable
{
    private const string Story = "Senator Maria Alvarez criticized Northwind Energy on Monday over its plan to build a gas terminal in Harbor City, and asked for public hearings before the permit decision in April.";

    private readonly TempDirectory _directory = new();
    private readonly SqliteStore _store;
    private readonly TestMeterFactory _meterFactory = new();
    private readonly MeterListener _listener = new();
    private readonly List<(string Name, double Value, string? Tag)> _measurements = [];

    public IngestionMetricsTests()
    {
        _store = new SqliteStore(Options.Create(new SqliteStoreOptions { Path = _directory.File("graph.db") }), NullLogger<SqliteStore>.Instance);
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Scope == _meterFactory && instrument.Meter.Name == IngestionMetrics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    public void Dispose()
    {
        _listener.Dispose();
        _meterFactory.Dispose();
        _store.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public async Task RunAsync_ArticlesDuplicateAndBadFileWithSinkDown_RecordsEveryMetric()
    {
        _directory.Write("news/a.txt", Story);
        _directory.Write("news/b.txt", "Tomas Reyes of Northwind Energy met Maria Alvarez in Harbor City on Friday to talk about jobs.");
        _directory.Write("news/c.txt", "HARBOR CITY (Coastal Wire) - " + Story);
        _directory.Write("news/d.txt", string.Empty);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        var metrics = new IngestionMetrics(_meterFactory);
        var synchronizer = new SinkSynchronizer(_store.Outbox, _store.Reader, _store.Ledger, [new RecordingGraphSink { FailNextWrites = 1 }], time, Options.Create(new SinkResilienceOptions()), metrics, NullLogger<SinkSynchronizer>.Instance);
        var runner = new IngestionRunner(
            new GazetteerStage(new Dictionary<string, EntityKind>
            {
                ["Maria Alvarez"] = EntityKind.Person,
                ["Tomas Reyes"] = EntityKind.Person,
                ["Northwind Energy"] = EntityKind.Organization,
                ["Harbor City"] = EntityKind.Location,
            }).Extractor(),
            _store.Ledger,
            _store.Writer,
            _store.NearDuplicates,
            synchronizer,
            time,
            Options.Create(new IngestionOptions()),
            metrics,
            NullLogger<IngestionRunner>.Instance);

        var summary = await runner.RunAsync(new FolderNewsSource("wire", [_directory.File("news")], new ArticleFileReader(Options.Create(new IngestionOptions()))), cancellationToken: TestContext.Current.CancellationToken);
        _listener.RecordObservableInstruments();

        Sum("graphbuilder.articles.ingested").ShouldBe(2);
        Sum("graphbuilder.articles.duplicate").ShouldBe(1);
        Sum("graphbuilder.articles.failed").ShouldBe(1);
        Sum("graphbuilder.entities.written").ShouldBe(summary.Entities);
        Sum("graphbuilder.entities.written").ShouldBeGreaterThan(0);
        Sum("graphbuilder.relations.written").ShouldBe(summary.Relations);
        Values("graphbuilder.extraction.duration").Count.ShouldBe(2);
        Values("graphbuilder.write.duration").Count.ShouldBe(2);
        Values("graphbuilder.articles.pending").ShouldBe([2]);
        _measurements.Where(m => m.Name == "graphbuilder.articles.ingested").ShouldAllBe(m => m.Tag == "wire");
    }

    private void Record<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        where T : struct
    {
        string? tag = null;
        foreach (var pair in tags)
        {
            tag = pair.Value?.ToString();
        }

        lock (_measurements)
        {
            _measurements.Add((instrument.Name, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture), tag));
        }
    }

    private double Sum(string name) => Values(name).Sum();

    private List<double> Values(string name) => [.. _measurements.Where(m => m.Name == name).Select(m => m.Value)];
}
