using System.Diagnostics.Metrics;

namespace GraphBuilder.Ingestion;

/// <summary>
/// Ingestion's OpenTelemetry-compatible metrics, on the <c>GraphBuilder</c> meter: articles by outcome, articles
/// pending for an external sink, entities and relations written, and extraction and write latency.
/// </summary>
public sealed class IngestionMetrics
{
    /// <summary>The name of the meter every GraphBuilder metric is on.</summary>
    public const string MeterName = "GraphBuilder";

    private readonly Counter<long> _ingested;
    private readonly Counter<long> _duplicates;
    private readonly Counter<long> _failed;
    private readonly Counter<long> _entities;
    private readonly Counter<long> _relations;
    private readonly Histogram<double> _extraction;
    private readonly Histogram<double> _write;
    private readonly Counter<long> _redeliveries;
    private int _pending;
    private long _queueDepth;

    /// <summary>Initializes a new instance of the <see cref="IngestionMetrics"/> class.</summary>
    /// <param name="meterFactory">The factory that owns the meter's lifetime.</param>
    public IngestionMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _ingested = meter.CreateCounter<long>("graphbuilder.articles.ingested", "{article}", "Articles extracted and written to the graph.");
        _duplicates = meter.CreateCounter<long>(
            "graphbuilder.articles.duplicate",
            "{article}",
            "Articles recorded as near-duplicates of one already in the graph.");
        _failed = meter.CreateCounter<long>("graphbuilder.articles.failed", "{article}", "Inputs recorded as failed, with their reason in the ledger.");
        meter.CreateObservableGauge(
            "graphbuilder.articles.pending",
            () => Volatile.Read(ref _pending),
            "{article}",
            "Articles in the embedded store that an external sink has not confirmed yet.");
        meter.CreateObservableGauge(
            "graphbuilder.queue.depth",
            () => Interlocked.Read(ref _queueDepth),
            "{message}",
            "Messages of a distributed work queue not yet acknowledged: waiting, and taken but not finished.");
        _redeliveries = meter.CreateCounter<long>(
            "graphbuilder.queue.redeliveries",
            "{message}",
            "Messages of a distributed work queue this worker received again after a worker failed or stopped on them.");
        _entities = meter.CreateCounter<long>("graphbuilder.entities.written", "{entity}", "Entity mentions (after resolution) written with their articles.");
        _relations = meter.CreateCounter<long>("graphbuilder.relations.written", "{relation}", "Typed relations written with their articles.");
        _extraction = meter.CreateHistogram<double>("graphbuilder.extraction.duration", "ms", "Time to annotate, map and resolve one article.");
        _write = meter.CreateHistogram<double>(
            "graphbuilder.write.duration",
            "ms",
            "Time to write one article to a store or one change to a sink, tagged by sink.");
    }

    /// <summary>Records an article written to the graph.</summary>
    /// <param name="source">The source's name.</param>
    /// <param name="entities">Its entity mentions.</param>
    /// <param name="relations">Its relations.</param>
    /// <param name="pending">Whether it waits for an external sink.</param>
    internal void Ingested(string source, int entities, int relations, bool pending)
    {
        var tag = new KeyValuePair<string, object?>("source", source);
        _ingested.Add(1, tag);
        _entities.Add(entities, tag);
        _relations.Add(relations, tag);
        if (pending)
        {
            Interlocked.Increment(ref _pending);
        }
    }

    /// <summary>Records a near-duplicate.</summary>
    /// <param name="source">The source's name.</param>
    internal void Duplicate(string source) => _duplicates.Add(1, new KeyValuePair<string, object?>("source", source));

    /// <summary>Records a failed input.</summary>
    /// <param name="source">The source's name.</param>
    internal void Failed(string source) => _failed.Add(1, new KeyValuePair<string, object?>("source", source));

    /// <summary>Records how long one article's extraction took.</summary>
    /// <param name="elapsed">The time taken.</param>
    internal void Extracted(TimeSpan elapsed) => _extraction.Record(elapsed.TotalMilliseconds);

    /// <summary>Records how long one write took.</summary>
    /// <param name="sink">Where it went: <c>embedded</c> or a sink's name.</param>
    /// <param name="elapsed">The time taken.</param>
    internal void Written(string sink, TimeSpan elapsed) => _write.Record(elapsed.TotalMilliseconds, new KeyValuePair<string, object?>("sink", sink));

    /// <summary>Sets the depth of the distributed work queue, as its server last reported it.</summary>
    /// <param name="depth">The messages not yet acknowledged.</param>
    public void SetQueueDepth(long depth) => Interlocked.Exchange(ref _queueDepth, depth);

    /// <summary>Records a message of the distributed work queue received again.</summary>
    /// <param name="source">The source's name.</param>
    public void Redelivered(string source) => _redeliveries.Add(1, new KeyValuePair<string, object?>("source", source));

    /// <summary>Sets the number of articles pending, as counted in the ledger.</summary>
    /// <param name="pending">The count.</param>
    internal void SetPending(int pending) => Volatile.Write(ref _pending, pending);
}
