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

    /// <summary>Gets or sets the fewest characters of text an article must have after extraction.</summary>
    /// <value>The default value is 20.</value>
    [Range(1, 100_000)]
    public int MinTextLength { get; set; } = 20;
}
