namespace GraphBuilder.Ingestion.Scheduling;

/// <summary>
/// Configures one scheduled source, one entry of the <c>GraphBuilder:Sources</c> list.
/// </summary>
public sealed class SourceOptions
{
    /// <summary>Gets or sets the source's name, unique among sources and recorded in the ledger.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Gets or sets the source's type, such as <c>Folder</c>.</summary>
    public string Type { get; set; } = string.Empty;

    /// <summary>Gets or sets the cron expression of the schedule, with 5 fields or 6 (seconds first).</summary>
    /// <value>The default value is every ten minutes.</value>
    public string Schedule { get; set; } = "*/10 * * * *";

    /// <summary>Gets or sets a value indicating whether the source also runs once as soon as the worker starts.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool RunOnStart { get; set; } = true;

    /// <summary>Gets or sets the folder or file to read, for types that read the file system.</summary>
    public string? Path { get; set; }

    /// <summary>Gets or sets the URL to read, for types that read the web.</summary>
    public string? Url { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether links found in this source (feed items, redirects) may lead to loopback
    /// and private-network addresses even when the source itself is on a public address. Link-local and cloud metadata
    /// addresses are never followed, whatever this says.
    /// </summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool AllowPrivateLinks { get; set; }
}
