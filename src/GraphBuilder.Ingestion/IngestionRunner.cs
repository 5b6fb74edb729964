using System.Globalization;
using System.Threading.Channels;
using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Similarity;
using GraphBuilder.Graph.Storage;
using GraphBuilder.Ingestion.Sources;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Ingestion;

/// <summary>
/// Runs one ingestion over a source: each input is read, annotated, mapped, resolved and written with its ledger
/// row in one transaction; an input that fails is recorded as failed with its reason and the run goes on. Used by
/// both the <c>ingest</c> command and the scheduled worker.
/// </summary>
public sealed class IngestionRunner
{
    private readonly IArticleExtractor _extractor;
    private readonly IArticleLedger _ledger;
    private readonly IGraphWriter _writer;
    private readonly INearDuplicateIndex _duplicates;
    private readonly SinkSynchronizer _synchronizer;
    private readonly TimeProvider _timeProvider;
    private readonly IngestionOptions _options;
    private readonly IngestionMetrics _metrics;
    private readonly ILogger<IngestionRunner> _logger;

    // How many inputs the read side may prepare ahead of the writes: enough to fill a batch, few enough to bound memory
    // (a prepared article holds its facts, not the NLP's working state).
    private const int PipelineDepth = 64;

    // How many prepared articles one transaction may write: a block that every article touches is resolved once per
    // batch instead of once per article, and the pages they share are written once. 64 instead of 16: benchmark ingest
    // 375-388 articles/s against 285-300 (interleaved), at 30-40 MB more peak working set; 128 gave 4% more for 15 MB more.
    private const int WriteBatch = 64;

    /// <summary>Initializes a new instance of the <see cref="IngestionRunner"/> class.</summary>
    /// <param name="extractor">Turns an article's text into its draft facts.</param>
    /// <param name="ledger">The ledger of inputs seen.</param>
    /// <param name="writer">Writes the articles' facts.</param>
    /// <param name="duplicates">Finds near-duplicates of ingested articles.</param>
    /// <param name="synchronizer">What mirrors writes to external sinks.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="options">The ingestion options.</param>
    /// <param name="metrics">The metrics recorded.</param>
    /// <param name="logger">The logger.</param>
    public IngestionRunner(
        IArticleExtractor extractor,
        IArticleLedger ledger,
        IGraphWriter writer,
        INearDuplicateIndex duplicates,
        SinkSynchronizer synchronizer,
        TimeProvider timeProvider,
        IOptions<IngestionOptions> options,
        IngestionMetrics metrics,
        ILogger<IngestionRunner> logger)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(duplicates);
        ArgumentNullException.ThrowIfNull(synchronizer);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(logger);
        _options = options.Value;
        _metrics = metrics;
        _extractor = extractor;
        _ledger = ledger;
        _writer = writer;
        _duplicates = duplicates;
        _synchronizer = synchronizer;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>Ingests everything a source holds now.</summary>
    /// <param name="source">The source.</param>
    /// <param name="progress">Receives a report after each input, if given.</param>
    /// <param name="cancellationToken">A token that stops the run between inputs.</param>
    /// <returns>What the run did.</returns>
    /// <remarks>
    /// Reading runs ahead of the writes on another thread, and extracts up to
    /// <see cref="IngestionOptions.ExtractionConcurrency"/> articles at once, so that the NLP of the next articles and the
    /// transaction of these ones use every core; the writes stay in the source's order and each decision that depends on
    /// what is already written (near-duplicates) is taken again just before the write, so the outcome is the one a
    /// strictly sequential run gives.
    /// </remarks>
    public async Task<IngestionSummary> RunAsync(
        INewsSource source,
        IProgress<IngestionProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var summary = new IngestionSummary();
        Log.RunStarted(_logger, source.Name);
        // In the source's order, each input as a task that completes when its extraction does.
        var prepared = Channel.CreateBounded<Task<PreparedInput>>(new BoundedChannelOptions(PipelineDepth) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() => PrepareAllAsync(source, prepared.Writer, stop.Token), CancellationToken.None);
        var batch = new WriteBatch(summary, progress);
        try
        {
            while (await prepared.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                // Whatever is ready now is written together; the batch never waits for more to come.
                while (batch.Count < WriteBatch
                    && prepared.Reader.TryPeek(out var next)
                    && (next.IsCompleted || batch.Count == 0)
                    && prepared.Reader.TryRead(out _))
                {
                    var input = await next.ConfigureAwait(false);
                    if (await CompleteAsync(input, batch, cancellationToken).ConfigureAwait(false) is { } outcome)
                    {
                        batch.Report(input, outcome);
                    }
                }

                await FlushAsync(batch, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (ChannelClosedException closed) when (closed.InnerException is { } inner)
        {
            // The read side failed (the source could not be listed): its own exception is the run's.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(inner);
        }
        finally
        {
            // Whatever was prepared but not written is left for the next run: nothing of it is in the store.
            await stop.CancelAsync().ConfigureAwait(false);
            await producer.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            while (prepared.Reader.TryRead(out var left))
            {
                await ((Task)left).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }

        await producer.ConfigureAwait(false);
        if (_synchronizer.HasSinks)
        {
            // What still waits is what the sinks have not confirmed after the flush, not what this run marked pending.
            var (_, pending) = await _synchronizer.FlushAsync(cancellationToken).ConfigureAwait(false);
            summary.Pending = pending;
        }

        Log.RunFinished(_logger, source.Name, summary.Seen, summary.Ingested, summary.Unchanged, summary.Failures.Count);
        return summary;
    }

    /// <summary>
    /// Ingests inputs as a run would, in order, writing the articles among them in as few transactions as their order
    /// allows; consumers of a distributed queue call it with the messages they took together.
    /// </summary>
    /// <param name="items">The inputs.</param>
    /// <param name="cancellationToken">A token that stops the work; inputs stopped before their commit leave nothing.</param>
    /// <returns>What became of each, in order: <c>ingested</c>, <c>unchanged</c>, <c>duplicate</c> or <c>failed</c>.</returns>
    public async Task<IReadOnlyList<string>> IngestManyAsync(IReadOnlyList<SourceItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var batch = new WriteBatch(new IngestionSummary(), null);
        var lanes = new ExtractionLanes(_options.ExtractionConcurrency);
        try
        {
            // All are read and their extractions started first, as a run reads ahead; then they complete in order.
            var prepared = new List<Task<PreparedInput>>(items.Count);
            foreach (var item in items)
            {
                prepared.Add(await PrepareAsync(item, lanes, cancellationToken).ConfigureAwait(false));
            }

            foreach (var ready in prepared)
            {
                var input = await ready.ConfigureAwait(false);
                if (await CompleteAsync(input, batch, cancellationToken).ConfigureAwait(false) is { } outcome)
                {
                    batch.Report(input, outcome);
                }
            }

            await FlushAsync(batch, cancellationToken).ConfigureAwait(false);
            return batch.Outcomes;
        }
        finally
        {
            await lanes.DrainAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Tells whether an input would change the store: an article not ingested with this text by this pipeline, or an
    /// unreadable input whose failure is not recorded with the same content and reason.
    /// </summary>
    /// <param name="item">The input.</param>
    /// <param name="cancellationToken">A token that cancels the look-up.</param>
    /// <returns><see langword="true"/> when the input is new or changed.</returns>
    public async Task<bool> IsNewOrChangedAsync(SourceItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (await _ledger.FindLedgerEntryAsync(item.Location, cancellationToken).ConfigureAwait(false) is not { } previous)
        {
            return true;
        }

        if (item.Article is { } article)
        {
            return !(previous.Status is ArticleStatus.Ingested or ArticleStatus.Pending or ArticleStatus.Duplicate
                && previous.ContentHash == ArticleIdentity.ContentHash(article.Text)
                && previous.PipelineVersion == _extractor.Version);
        }

        return !(previous.Status == ArticleStatus.Failed && previous.ContentHash == item.ContentHash && previous.Reason == item.Failure);
    }

    /// <summary>Records an input as failed with its reason, keeping when it was first seen.</summary>
    /// <param name="location">Where the input came from.</param>
    /// <param name="source">The name of the source.</param>
    /// <param name="reason">Why it failed, in one line.</param>
    /// <param name="contentHash">The hash of its content, when known.</param>
    /// <param name="cancellationToken">A token that cancels the write.</param>
    /// <returns>A task that completes when the row is durable.</returns>
    public async Task RecordFailureAsync(string location, string source, string reason, string? contentHash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(location);
        var previous = await _ledger.FindLedgerEntryAsync(location, cancellationToken).ConfigureAwait(false);
        var firstSeen = previous?.FirstSeenAt ?? _timeProvider.GetUtcNow();
        await FailAsync(location, source, reason, contentHash, firstSeen, new IngestionSummary(), cancellationToken).ConfigureAwait(false);
    }

    private async Task PrepareAllAsync(INewsSource source, ChannelWriter<Task<PreparedInput>> writer, CancellationToken cancellationToken)
    {
        // The ledger and the near-duplicate index are read one input at a time, in order; only extraction runs beside it.
        var lanes = new ExtractionLanes(_options.ExtractionConcurrency);
        try
        {
            await foreach (var item in source.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                await writer.WriteAsync(await PrepareAsync(item, lanes, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            }

            writer.Complete();
        }
        catch (Exception exception)
        {
            // An extraction not handed over is awaited here, so that none runs on after the run and none fails unseen.
            await lanes.DrainAsync().ConfigureAwait(false);
            writer.Complete(exception);
            throw;
        }
    }

    /// <summary>
    /// Reads what the ledger knows of an input and starts the extraction of its facts in a free lane, unless it is
    /// unchanged or a known copy.
    /// </summary>
    /// <returns>A task that completes when a lane was free, with the task of the prepared input.</returns>
    private async Task<Task<PreparedInput>> PrepareAsync(SourceItem item, ExtractionLanes lanes, CancellationToken cancellationToken)
    {
        var (input, article) = await ReadAsync(item, cancellationToken).ConfigureAwait(false);
        return article is null
            ? Task.FromResult(input)
            : await lanes.StartAsync(article.Text.Length, () => Extract(input, article, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads what the ledger knows of an input and searches for a copy of it, and tells which article is left to extract:
    /// none when the input is unreadable, unchanged or a known copy.
    /// </summary>
    private async Task<(PreparedInput Input, ArticleInput? ToExtract)> ReadAsync(SourceItem item, CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow();
        var previous = await _ledger.FindLedgerEntryAsync(item.Location, cancellationToken).ConfigureAwait(false);
        var input = new PreparedInput(item, previous?.FirstSeenAt ?? now, now);
        if (item.Article is not { } article)
        {
            return (input, null);
        }

        var contentHash = ArticleIdentity.ContentHash(article.Text);
        if (previous is { Status: ArticleStatus.Ingested or ArticleStatus.Pending or ArticleStatus.Duplicate }
            && previous.ContentHash == contentHash
            && previous.PipelineVersion == _extractor.Version)
        {
            return (input with { Unchanged = true }, null);
        }

        var url = article.Url ?? FileUrl(article.Location);
        input = input with { ContentHash = contentHash, Url = url, Signature = MinHash.Compute(article.Text) };
        if (_options.DetectNearDuplicates)
        {
            // The mark comes first, so that a copy recorded during the search is after it.
            var mark = await _duplicates.MarkAsync(cancellationToken).ConfigureAwait(false);
            if (await _duplicates.FindNearDuplicateAsync(input.Signature, _options.NearDuplicateSimilarity, ArticleIdentity.For(url, contentHash), cancellationToken: cancellationToken).ConfigureAwait(false) is not null)
            {
                // A copy of an article already written needs no NLP; the write side confirms it.
                return (input, null);
            }

            input = input with { SearchedUpTo = mark };
        }

        return (input, article);
    }

    private PreparedInput Extract(PreparedInput input, ArticleInput article, CancellationToken cancellationToken)
    {
        try
        {
            Log.Extracting(_logger, input.Item.Location, article.Text.Length);
            var started = _timeProvider.GetTimestamp();
            var source = new ArticleSource(input.Url, article.Title, article.Publisher ?? article.Source, article.PublishedAt);
            var graph = _extractor.Extract(article.Text, source, input.Now, cancellationToken) with { Signature = input.Signature };
            return input with { Graph = graph, ExtractionTime = _timeProvider.GetElapsedTime(started) };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // A stop inside an article: the extraction stopped (the encoder checks between its runs) before anything was
            // committed, and no ledger row is written, so the article is read again by the next run.
            Log.ArticleLeftForNextRun(_logger, input.Item.Location);
            throw;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return input with { Failure = $"extraction failed: {exception.GetType().Name}: {exception.Message}" };
        }
    }

    /// <summary>
    /// Completes a prepared input in the source's order: records what is not written, or adds the article to the batch
    /// (<see langword="null"/>: its outcome is reported when the batch is written).
    /// </summary>
    private async Task<string?> CompleteAsync(PreparedInput input, WriteBatch batch, CancellationToken cancellationToken)
    {
        var summary = batch.Summary;
        var item = input.Item;
        if (item.Article is not { } article)
        {
            await FlushAsync(batch, cancellationToken).ConfigureAwait(false);
            return await FailAsync(item.Location, item.Source, item.Failure ?? "unreadable", item.ContentHash, input.FirstSeen, summary, cancellationToken).ConfigureAwait(false);
        }

        if (input.Unchanged)
        {
            await FlushAsync(batch, cancellationToken).ConfigureAwait(false);
            summary.Unchanged++;
            return "unchanged";
        }

        var contentHash = input.ContentHash!;
        if (_options.DetectNearDuplicates)
        {
            if (batch.HasNearDuplicateOf(input.Signature, _options.NearDuplicateSimilarity))
            {
                // Its original is in the batch: written first, it is found as it would be one article at a time.
                await FlushAsync(batch, cancellationToken).ConfigureAwait(false);
            }

            if (await TryRecordDuplicateAsync(input, contentHash, summary, cancellationToken).ConfigureAwait(false))
            {
                await FlushAsync(batch, cancellationToken).ConfigureAwait(false);
                return "duplicate";
            }
        }

        if (input.Failure is { } failure)
        {
            await FlushAsync(batch, cancellationToken).ConfigureAwait(false);
            return await FailAsync(item.Location, item.Source, failure, contentHash, input.FirstSeen, summary, cancellationToken).ConfigureAwait(false);
        }

        if (input.Graph is { } graph)
        {
            batch.Add(input, graph);
            return null;
        }

        await FlushAsync(batch, cancellationToken).ConfigureAwait(false);

        // The read side took it for a copy of an article that is no longer there by the time of its write: extract it now.
        var extracted = Extract(input, article, cancellationToken);
        return extracted.Graph is { } late
            ? await WriteAsync(extracted, late, summary, cancellationToken).ConfigureAwait(false)
            : await FailAsync(item.Location, item.Source, extracted.Failure ?? "extraction failed", contentHash, input.FirstSeen, summary, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the batch's articles in one transaction and reports each; after a failure, one at a time.</summary>
    private async Task FlushAsync(WriteBatch batch, CancellationToken cancellationToken)
    {
        var articles = batch.Take();
        if (articles.Count > 1)
        {
            var writes = articles.Select(a => new ArticleWrite(a.Graph, Entry(a.Input, a.Graph))).ToList();
            IReadOnlyList<ArticleCommit>? commits = null;
            var started = _timeProvider.GetTimestamp();
            try
            {
                commits = await _writer.CommitArticlesAsync(writes, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Nothing of the batch was committed and no ledger row written: the next run reads them again.
                foreach (var (input, _) in articles)
                {
                    Log.ArticleLeftForNextRun(_logger, input.Item.Location);
                }

                throw;
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // One article spoiled the transaction: written one by one, only that one fails.
                Log.BatchRetried(_logger, articles.Count, exception.Message);
            }

            if (commits is not null)
            {
                var each = _timeProvider.GetElapsedTime(started) / articles.Count;
                for (var i = 0; i < articles.Count; i++)
                {
                    Record(articles[i].Input, articles[i].Graph, writes[i].Entry, commits[i], each, batch.Summary);
                    batch.Report(articles[i].Input, "ingested");
                }

                return;
            }
        }

        foreach (var (input, graph) in articles)
        {
            batch.Report(input, await WriteAsync(input, graph, batch.Summary, cancellationToken).ConfigureAwait(false));
        }
    }

    private LedgerEntry Entry(PreparedInput input, ArticleDraft graph) =>
        new(input.Item.Location, input.Item.Source, _synchronizer.HasSinks ? ArticleStatus.Pending : ArticleStatus.Ingested, input.FirstSeen, input.Now)
        {
            ArticleId = graph.Article.Id,
            Url = input.Url,
            ContentHash = input.ContentHash,
            PipelineVersion = _extractor.Version,
        };

    private void Record(PreparedInput input, ArticleDraft graph, LedgerEntry entry, ArticleCommit commit, TimeSpan writeTime, IngestionSummary summary)
    {
        // Extraction is counted here, not where it ran, so that a copy extracted while its original was still on its way
        // counts once.
        _metrics.Extracted(input.ExtractionTime);
        _metrics.Written("embedded", writeTime);
        _metrics.Ingested(input.Item.Source, graph.Entities.Count, graph.Relations.Count, entry.Status == ArticleStatus.Pending);
        summary.Ingested++;
        summary.Entities += graph.Entities.Count;
        summary.Relations += graph.Relations.Count;
        if (entry.Status == ArticleStatus.Pending)
        {
            summary.Pending++;
        }

        Log.ArticleIngested(_logger, input.Item.Location, graph.Article.Id, commit.Outcome, graph.Entities.Count, graph.Relations.Count);
    }

    private async Task<string> WriteAsync(PreparedInput input, ArticleDraft graph, IngestionSummary summary, CancellationToken cancellationToken)
    {
        var item = input.Item;
        try
        {
            var entry = Entry(input, graph);
            var started = _timeProvider.GetTimestamp();
            var commit = await _writer.CommitArticleAsync(graph, entry, cancellationToken).ConfigureAwait(false);
            Record(input, graph, entry, commit, _timeProvider.GetElapsedTime(started), summary);
            return "ingested";
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // A stop inside an article: the extraction stopped (the encoder checks between its runs) before anything was
            // committed, and no ledger row is written, so the article is read again by the next run.
            Log.ArticleLeftForNextRun(_logger, item.Location);
            throw;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // One article's failure is recorded and the run goes on; the store's transaction left nothing half-written.
            var reason = $"extraction failed: {exception.GetType().Name}: {exception.Message}";
            return await FailAsync(item.Location, item.Source, reason, input.ContentHash, input.FirstSeen, summary, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Records the input as a near-duplicate when a story already in the graph is that similar: a syndicated copy adds
    /// nothing. The input's own earlier version is not a copy.
    /// </summary>
    /// <remarks>
    /// When the read side searched and found nothing, only what was recorded after its mark can be a copy: the articles
    /// written while this one was on its way. The outcome is the one a whole search gives.
    /// </remarks>
    private async Task<bool> TryRecordDuplicateAsync(PreparedInput input, string contentHash, IngestionSummary summary, CancellationToken cancellationToken)
    {
        var (item, url) = (input.Item, input.Url);
        var articleId = ArticleIdentity.For(url, contentHash);
        if (await _duplicates.FindNearDuplicateAsync(input.Signature, _options.NearDuplicateSimilarity, articleId, input.SearchedUpTo, cancellationToken).ConfigureAwait(false)
            is not { } original)
        {
            return false;
        }

        await _ledger.RecordAsync(
            new LedgerEntry(item.Location, item.Source, ArticleStatus.Duplicate, input.FirstSeen, input.Now)
            {
                ArticleId = articleId,
                Url = url,
                ContentHash = contentHash,
                DuplicateOf = original.ArticleId,
                Reason = string.Create(CultureInfo.InvariantCulture, $"near-duplicate of {original.ArticleId} (similarity {original.Similarity:0.00})"),
                PipelineVersion = _extractor.Version,
            },
            cancellationToken).ConfigureAwait(false);
        summary.Duplicates++;
        _metrics.Duplicate(item.Source);
        Log.DuplicateSkipped(_logger, item.Location, original.ArticleId, original.Similarity);
        return true;
    }

    private async Task<string> FailAsync(
        string location,
        string source,
        string reason,
        string? contentHash,
        DateTimeOffset firstSeen,
        IngestionSummary summary,
        CancellationToken cancellationToken)
    {
        var entry = new LedgerEntry(location, source, ArticleStatus.Failed, firstSeen, _timeProvider.GetUtcNow())
        {
            ContentHash = contentHash,
            Reason = reason,
            PipelineVersion = _extractor.Version,
        };
        await _ledger.RecordAsync(entry, cancellationToken).ConfigureAwait(false);
        summary.AddFailure(location, reason);
        _metrics.Failed(source);
        Log.InputFailed(_logger, location, reason);
        return "failed";
    }

    private static string? FileUrl(string location)
    {
        // A file is identified by where it lives, so an edited file replaces its own facts.
        return Path.IsPathFullyQualified(location) && !location.Contains('#', StringComparison.Ordinal) ? new Uri(location).AbsoluteUri : null;
    }
}
