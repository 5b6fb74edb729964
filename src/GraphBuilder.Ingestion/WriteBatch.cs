using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Similarity;

namespace GraphBuilder.Ingestion;

/// <summary>
/// The articles prepared for one transaction, in the source's order, and the run's reporting: each input's outcome is
/// reported in order, an article's when its batch is written.
/// </summary>
internal sealed class WriteBatch(IngestionSummary summary, IProgress<IngestionProgress>? progress)
{
    private readonly List<(PreparedInput Input, ArticleDraft Graph)> _articles = [];

    public IngestionSummary Summary { get; } = summary;

    public int Count => _articles.Count;

    /// <summary>Gets the outcomes reported, in the order of the inputs.</summary>
    public List<string> Outcomes { get; } = [];

    public void Add(PreparedInput input, ArticleDraft graph) => _articles.Add((input, graph));

    /// <summary>Empties the batch.</summary>
    /// <returns>What it held.</returns>
    public List<(PreparedInput Input, ArticleDraft Graph)> Take()
    {
        var taken = _articles.ToList();
        _articles.Clear();
        return taken;
    }

    /// <summary>Tells whether an article waiting in the batch is a near-duplicate of a text with this signature.</summary>
    public bool HasNearDuplicateOf(uint[] signature, double similarity) =>
        _articles.Exists(a => a.Input.Signature is { } other && MinHash.Similarity(signature, other) >= similarity);

    public void Report(PreparedInput input, string outcome)
    {
        Summary.Seen++;
        Outcomes.Add(outcome);
        progress?.Report(new IngestionProgress(Summary.Seen, input.Item.Location, outcome));
    }
}
