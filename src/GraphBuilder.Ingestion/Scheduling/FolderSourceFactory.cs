using GraphBuilder.Ingestion.Reading;
using GraphBuilder.Ingestion.Sources;
using Microsoft.Extensions.Logging;

namespace GraphBuilder.Ingestion.Scheduling;

/// <summary>
/// Creates <see cref="FolderNewsSource"/>s for sources of type <c>Folder</c>.
/// </summary>
public sealed class FolderSourceFactory : INewsSourceFactory
{
    private readonly ArticleFileReader _reader;
    private readonly ILogger<FolderNewsSource> _logger;

    /// <summary>Initializes a new instance of the <see cref="FolderSourceFactory"/> class.</summary>
    /// <param name="reader">The file reader.</param>
    /// <param name="logger">The folder sources' logger.</param>
    public FolderSourceFactory(ArticleFileReader reader, ILogger<FolderNewsSource> logger)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(logger);
        _reader = reader;
        _logger = logger;
    }

    /// <inheritdoc/>
    public string Type => "Folder";

    /// <inheritdoc/>
    public IEnumerable<string> Validate(SourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            yield return $"source '{options.Name}' of type Folder needs a Path";
        }
    }

    /// <inheritdoc/>
    public INewsSource Create(SourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new FolderNewsSource(options.Name, [options.Path!], _reader, _logger);
    }
}
