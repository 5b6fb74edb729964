namespace GraphBuilder.Ingestion;

/// <summary>
/// Runs extractions on the thread pool, at most a given number at once, and a long text with no other beside it. Used
/// by one reader at a time.
/// </summary>
/// <param name="concurrency">How many extractions may run at once.</param>
internal sealed class ExtractionLanes(int concurrency)
{
    // A text longer than this is extracted with no other beside it: the NLP's working memory grows with the text (a
    // 10 MB file peaks at about 830 MB in the accurate profile), so two of them at once could double the peak. About
    // where the encoder starts to work in windows (40,000 tokens).
    private const int AloneTextLength = 200_000;

    private readonly List<Task<PreparedInput>> _running = new(concurrency);
    private Task? _alone;

    /// <summary>Starts an extraction as soon as a lane is free.</summary>
    /// <param name="textLength">The length of the text to extract.</param>
    /// <param name="extract">The extraction; it reports its own failures in what it returns.</param>
    /// <returns>A task that completes when a lane was free, with the extraction's task.</returns>
    public async Task<Task<PreparedInput>> StartAsync(int textLength, Func<PreparedInput> extract)
    {
        var alone = textLength > AloneTextLength;
        while (_running.Count >= concurrency || (_running.Count > 0 && (alone || _alone is not null)))
        {
            await Task.WhenAny(_running).ConfigureAwait(false);
            _running.RemoveAll(task => task.IsCompleted);
            _alone = _alone is { IsCompleted: false } ? _alone : null;
        }

        var started = Task.Run(extract, CancellationToken.None);
        _running.Add(started);
        _alone = alone ? started : null;
        return started;
    }

    /// <summary>Waits for every extraction started, whatever its end, so that none runs on unseen.</summary>
    /// <returns>A task that completes when none runs.</returns>
    public async Task DrainAsync()
    {
        foreach (var task in _running)
        {
            await ((Task)task).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        _running.Clear();
        _alone = null;
    }
}
