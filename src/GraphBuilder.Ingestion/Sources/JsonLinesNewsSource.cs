using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using GraphBuilder.Ingestion.Reading;
using GraphBuilder.Ingestion.Web;

namespace GraphBuilder.Ingestion.Sources;

/// <summary>
/// Reads a file or URL of JSON lines, one article object per line (<c>text</c>, optionally <c>title</c>, <c>url</c>,
/// <c>publishedAt</c>, <c>source</c>). A malformed line becomes a failed item naming its line; the others are read.
/// </summary>
public sealed class JsonLinesNewsSource : INewsSource
{
    private readonly string _address;
    private readonly WebFetcher _fetcher;
    private readonly ArticleFileReader _reader;
    private readonly bool _allowPrivateLinks;

    /// <summary>Initializes a new instance of the <see cref="JsonLinesNewsSource"/> class.</summary>
    /// <param name="name">The source's name.</param>
    /// <param name="address">The file path or http(s) URL.</param>
    /// <param name="http">The HTTP client for URLs.</param>
    /// <param name="reader">The file reader, which also parses the lines.</param>
    /// <param name="options">The ingestion options (size, time and redirect limits).</param>
    /// <param name="allowPrivateLinks">Whether redirects may lead to loopback and private addresses from a public URL.</param>
    public JsonLinesNewsSource(string name, string address, HttpClient http, ArticleFileReader reader, IngestionOptions options, bool allowPrivateLinks = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(address);
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(options);
        Name = name;
        _address = address;
        _fetcher = new WebFetcher(http, options);
        _reader = reader;
        _allowPrivateLinks = allowPrivateLinks;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public async IAsyncEnumerable<SourceItem> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!Uri.TryCreate(_address, UriKind.Absolute, out var uri) || uri.IsFile)
        {
            await foreach (var item in _reader.ReadAsync(uri?.LocalPath ?? _address, Name, cancellationToken).ConfigureAwait(false))
            {
                yield return item;
            }

            yield break;
        }

        var (text, error) = await _fetcher.FetchConfiguredAsync(_address, _allowPrivateLinks, cancellationToken).ConfigureAwait(false);
        if (text is null)
        {
            yield return SourceItem.Failed(_address, Name, error ?? "no content");
            yield break;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        foreach (var item in _reader.ParseGuarded(_address, Name, text, InputFormat.JsonLines, hash))
        {
            yield return item;
        }
    }
}
