using GraphBuilder.Ingestion.Reading;
using GraphBuilder.Ingestion.Sources;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Ingestion.Scheduling;

/// <summary>
/// Creates <see cref="JsonLinesNewsSource"/>s for sources of type <c>JsonLines</c> (a file by <c>Path</c> or a URL by <c>Url</c>).
/// </summary>
public sealed class JsonLinesSourceFactory : INewsSourceFactory
{
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly ArticleFileReader _reader;
    private readonly IngestionOptions _options;

    /// <summary>Initializes a new instance of the <see cref="JsonLinesSourceFactory"/> class.</summary>
    /// <param name="httpClientFactory">Creates the HTTP client.</param>
    /// <param name="reader">The file reader.</param>
    /// <param name="options">The ingestion options.</param>
    public JsonLinesSourceFactory(IHttpClientFactory httpClientFactory, ArticleFileReader reader, IOptions<IngestionOptions> options)
    {
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(options);
        _httpClientFactory = httpClientFactory;
        _reader = reader;
        _options = options.Value;
    }

    /// <inheritdoc/>
    public string Type => "JsonLines";

    /// <inheritdoc/>
    public IEnumerable<string> Validate(SourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Url ?? options.Path))
        {
            yield return $"source '{options.Name}' of type JsonLines needs a Path or a Url";
        }
    }

    /// <inheritdoc/>
    public INewsSource Create(SourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new JsonLinesNewsSource(
            options.Name,
            (options.Url ?? options.Path)!,
            _httpClientFactory.CreateClient(FeedSourceFactory.HttpClientName),
            _reader,
            _options,
            options.AllowPrivateLinks);
    }
}
