using GraphBuilder.Graph.Drafts;

namespace GraphBuilder.Ingestion.Tests;

/// <summary>
/// An extractor that notes which extractions ran beside another. A text shorter than <see cref="LongText"/> waits (up to
/// a time limit) for another to run beside it, so a runner that extracts several at once is seen doing it; a longer one
/// stays a while, so that one started beside it would be seen.
/// </summary>
internal sealed class OverlapProbeExtractor(IArticleExtractor inner) : IArticleExtractor
{
    public const int LongText = 200_000;

    private static readonly TimeSpan WaitForPartner = TimeSpan.FromSeconds(3);

    private readonly Lock _gate = new();
    private readonly List<Call> _running = [];
    private readonly List<Call> _done = [];

    public string Version => inner.Version;

    /// <summary>Gets the most extractions seen running at once.</summary>
    public int MostAtOnce { get; private set; }

    /// <summary>Gets whether each extraction, by its text's length, ran beside another.</summary>
    public IReadOnlyList<(int Length, bool Overlapped)> Calls
    {
        get
        {
            lock (_gate)
            {
                return [.. _done.Select(c => (c.Length, c.Overlapped))];
            }
        }
    }

    public ArticleDraft Extract(string text, ArticleSource source, DateTimeOffset ingestedAt, CancellationToken cancellationToken = default)
    {
        var call = new Call(text.Length);
        lock (_gate)
        {
            _running.Add(call);
            MostAtOnce = Math.Max(MostAtOnce, _running.Count);
            if (_running.Count > 1)
            {
                _running.ForEach(c => c.Overlapped = true);
            }
        }

        try
        {
            if (text.Length < LongText)
            {
                SpinWait.SpinUntil(() => call.Overlapped, WaitForPartner);
            }
            else
            {
                Thread.Sleep(300);
            }

            return inner.Extract(text, source, ingestedAt, cancellationToken);
        }
        finally
        {
            lock (_gate)
            {
                _running.Remove(call);
                _done.Add(call);
            }
        }
    }

    private sealed class Call(int length)
    {
        public int Length { get; } = length;

        // Set by another thread under the lock, read by the waiting one without it.
        private volatile bool _overlapped;

        public bool Overlapped
        {
            get => _overlapped;
            set => _overlapped = value;
        }
    }
}
