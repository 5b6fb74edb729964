using System.ComponentModel.DataAnnotations;

namespace GraphBuilder.Ingestion;

/// <summary>
/// Configures how inputs are read and ingested.
/// </summary>
public sealed class IngestionOptions
{
    /// <summary>The configuration section the options bind to.</summary>
    public const string SectionName = "GraphBuilder:Ingestion";

    /// <summary>Gets or sets the largest input file accepted, in bytes; larger files are recorded as failed.</summary>
    /// <value>The default value is 10 MB.</value>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>
    /// Gets or sets the deadline of one web request, headers and body together (a server that trickles its body is
    /// cut off when it passes).
    /// </summary>
    /// <value>The default value is 30 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets how many redirects one web request may follow; each hop's address is checked again.</summary>
    /// <value>The default value is 5.</value>
    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Gets or sets the fewest characters of text an article must have after extraction.</summary>
    /// <value>The default value is 20.</value>
    [Range(1, 100_000)]
    public int MinTextLength { get; set; } = 20;

    /// <summary>
    /// Gets or sets how many articles a run extracts at once. Extraction is the larger half of an article's work and
    /// each article's is independent of the others', so a run extracts several while it writes the ones before them;
    /// the writes stay one at a time and in the source's order, so the graph does not depend on this setting.
    /// </summary>
    /// <value>The default value is the number of processors, at most 4.</value>
    [Range(1, 64)]
    public int ExtractionConcurrency { get; set; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>Gets or sets a value indicating whether near-copies of ingested articles are recorded as duplicates.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool DetectNearDuplicates { get; set; } = true;

    /// <summary>
    /// Gets or sets how similar a text must be to an ingested article to count as its near-duplicate: the estimated
    /// Jaccard similarity of their word bigrams (a syndicated copy with another headline or agency line is above 0.8;
    /// another story on the same subject is far below 0.5).
    /// </summary>
    /// <value>The default value is 0.7.</value>
    [Range(0.05, 1.0)]
    public double NearDuplicateSimilarity { get; set; } = 0.7;
}
