using System.ServiceModel.Syndication;
using System.Xml;

namespace GraphBuilder.Ingestion.Reading;

/// <summary>
/// Reads the items of an RSS 2.0 or Atom feed saved as a file: each item's full text (RSS <c>content:encoded</c>, Atom
/// <c>content</c>, else its summary), title, link and date. A saved feed is read as it is, offline: its links are
/// recorded, not followed (a configured feed source follows them).
/// </summary>
internal static class FeedFileItems
{
    // The RSS content module's namespace, whose "encoded" element holds the item's full HTML.
    private const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";

    /// <summary>Parses a feed.</summary>
    /// <param name="xml">The feed's text.</param>
    /// <returns>The feed's title and its items.</returns>
    /// <exception cref="XmlException">The text is not well-formed XML, or declares a DTD.</exception>
    /// <exception cref="InvalidOperationException">The XML is no RSS or Atom feed.</exception>
    public static (string? Publisher, IReadOnlyList<FeedFileItem> Items) Read(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        var feed = SyndicationFeed.Load(reader);
        var items = new List<FeedFileItem>();
        var number = 0;
        foreach (var entry in feed.Items)
        {
            number++;
            var html = entry.ElementExtensions.ReadElementExtensions<string>("encoded", ContentNamespace).FirstOrDefault()
                ?? (entry.Content as TextSyndicationContent)?.Text
                ?? entry.Summary?.Text
                ?? string.Empty;
            var published = entry.PublishDate != default ? entry.PublishDate : entry.LastUpdatedTime != default ? entry.LastUpdatedTime : (DateTimeOffset?)null;
            items.Add(new FeedFileItem(
                entry.Id ?? number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                entry.Title?.Text,
                HtmlArticleExtractor.Extract(html).Text,
                entry.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri?.ToString(),
                published));
        }

        return (feed.Title?.Text, items);
    }
}
