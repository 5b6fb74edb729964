using GraphBuilder.Ingestion.Sources;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Ingestion.Scheduling;

/// <summary>
/// Creates <see cref="FeedNewsSource"/>s for sources of type <c>Feed</c> (RSS 2.0 or Atom, by <c>Url</c> or <c>Path</c>).
/// </summary>
public sealed class FeedSourceFactory : INewsSourceFactory
{
    /// <summary>The name of the HTTP client feeds and pages are fetched with.</summary>
    public const string HttpClientName = "GraphBuilder.Feeds";

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly IngestionOptions _options;

    /// <summary>Initializes a new instance of the <see cref="FeedSourceFactory"/> class.</summary>
    /// <param name="httpClientFactory">Creates the HTTP client.</param>
    /// <param name="options">The ingestion options.</param>
    public FeedSourceFactory(IHttpClientFactory httpClientFactory, IOptions<IngestionOptions> options)
    {
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        ArgumentNullException.ThrowIfNull(options);
        _httpClientFactory = httpClientFactory;
        _options = options.Value;
    }

    /// <inheritdoc/>
    public string Type => "Feed";

    /// <inheritdoc/>
    public IEnumerable<string> Validate(SourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var address = options.Url ?? options.Path;
        if (string.IsNullOrWhiteSpace(address))
        {
            yield return $"source '{options.Name}' of type Feed needs a Url (or a Path to a feed file)";
        }
        else if (options.Url is not null && (!Uri.TryCreate(options.Url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https" or "file")))
        {
            yield return $"source '{options.Name}': Url '{options.Url}' is not an http(s) URL";
        }
    }

    /// <inheritdoc/>
    public INewsSource Create(SourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new FeedNewsSource(
            options.Name,
            (options.Url ?? options.Path)!,
            _httpClientFactory.CreateClient(HttpClientName),
            _options,
            options.AllowPrivateLinks);
    }
}
