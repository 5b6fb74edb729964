using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using GraphBuilder.Ingestion.Reading;
using GraphBuilder.Ingestion.Web;

namespace GraphBuilder.Ingestion.Sources;

/// <summary>
/// Reads an RSS 2.0 or Atom feed, by URL or from a file, and follows each item's link to extract the article's main
/// text from its page; an item without a link is taken from its own content. A feed that cannot be fetched or parsed,
/// and a page that cannot be fetched or holds no article text, each become a failed item naming the URL and reason.
/// Item links are untrusted: only http and https are followed, never to link-local or cloud metadata addresses, and to
/// loopback or private addresses only when the feed itself is on one or the source allows it.
/// </summary>
public sealed class FeedNewsSource : INewsSource
{
    private readonly string _feed;
    private readonly WebFetcher _fetcher;
    private readonly IngestionOptions _options;
    private readonly bool _allowPrivateLinks;

    /// <summary>Initializes a new instance of the <see cref="FeedNewsSource"/> class.</summary>
    /// <param name="name">The source's name.</param>
    /// <param name="feed">The feed's URL or file path.</param>
    /// <param name="http">The HTTP client that fetches the feed and the pages.</param>
    /// <param name="options">The ingestion options (size, time and text limits).</param>
    /// <param name="allowPrivateLinks">Whether item links may lead to loopback and private addresses from a public feed.</param>
    public FeedNewsSource(string name, string feed, HttpClient http, IngestionOptions options, bool allowPrivateLinks = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(feed);
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        Name = name;
        _feed = feed;
        _fetcher = new WebFetcher(http, options);
        _options = options;
        _allowPrivateLinks = allowPrivateLinks;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public async IAsyncEnumerable<SourceItem> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var (xml, error) = await _fetcher.FetchConfiguredAsync(_feed, _allowPrivateLinks, cancellationToken).ConfigureAwait(false);
        SyndicationFeed? feed = null;
        if (xml is not null)
        {
            try
            {
                using var reader = XmlReader.Create(
                    new StringReader(xml),
                    new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
                feed = SyndicationFeed.Load(reader);
            }
            catch (Exception exception) when (exception is XmlException or InvalidOperationException or FormatException or NotSupportedException)
            {
                error = "malformed feed: " + exception.Message;
            }
        }

        if (feed is null)
        {
            yield return SourceItem.Failed(_feed, Name, error ?? "malformed feed");
            yield break;
        }

        var publisher = feed.Title?.Text;
        var allowPrivate = _allowPrivateLinks || (Uri.TryCreate(_feed, UriKind.Absolute, out var feedUri) && !feedUri.IsFile
            && await WebFetcher.IsPrivateAsync(feedUri, cancellationToken).ConfigureAwait(false));
        foreach (var entry in feed.Items)
        {
            yield return await ReadItemGuardedAsync(entry, publisher, allowPrivate, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<SourceItem> ReadItemGuardedAsync(SyndicationItem entry, string? publisher, bool allowPrivate, CancellationToken cancellationToken)
    {
        try
        {
            return await ReadItemAsync(entry, publisher, allowPrivate, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not (OperationCanceledException or OutOfMemoryException))
        {
            // One hostile item (a link that is no URI, a page the extractor chokes on) fails alone; the feed goes on.
            var reason = $"item cannot be read: {exception.GetType().Name}: {exception.Message}".ReplaceLineEndings(" ");
            return SourceItem.Failed($"{_feed}#{entry.Id ?? entry.Title?.Text}", Name, reason);
        }
    }

    private async Task<SourceItem> ReadItemAsync(SyndicationItem entry, string? publisher, bool allowPrivate, CancellationToken cancellationToken)
    {
        var link = entry.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.GetAbsoluteUri()?.ToString();
        var title = entry.Title?.Text;
        var published = entry.PublishDate != default ? entry.PublishDate : entry.LastUpdatedTime != default ? entry.LastUpdatedTime : (DateTimeOffset?)null;
        var location = link ?? $"{_feed}#{entry.Id ?? title}";
        string? text;
        if (link is not null)
        {
            var (html, error) = await _fetcher.FetchLinkAsync(link, allowPrivate, cancellationToken).ConfigureAwait(false);
            if (html is null)
            {
                return SourceItem.Failed(location, Name, error ?? "page could not be fetched");
            }

            text = HtmlArticleExtractor.Extract(html).Text;
        }
        else
        {
            text = entry.Content is TextSyndicationContent content
                ? HtmlArticleExtractor.Extract(content.Text).Text
                : HtmlArticleExtractor.Extract(entry.Summary?.Text ?? string.Empty).Text;
        }

        if (text.Trim().Length < _options.MinTextLength)
        {
            return SourceItem.Failed(location, Name, "no article text found in the page", Hash(text));
        }

        return SourceItem.Of(new ArticleInput(location, Name, text) { Title = title, Url = link, PublishedAt = published, Publisher = publisher });
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
