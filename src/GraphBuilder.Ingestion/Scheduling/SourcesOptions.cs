namespace GraphBuilder.Ingestion.Scheduling;

/// <summary>
/// Configures the scheduled sources: <c>GraphBuilder:Sources</c> is a list of <see cref="SourceOptions"/>.
/// </summary>
public sealed class SourcesOptions
{
    /// <summary>The configuration section the options bind to; its <c>Sources</c> key holds the list.</summary>
    public const string SectionName = "GraphBuilder";

    /// <summary>Gets the sources.</summary>
    public IList<SourceOptions> Sources { get; } = [];
}
