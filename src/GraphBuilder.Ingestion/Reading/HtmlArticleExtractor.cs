using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace GraphBuilder.Ingestion.Reading;

/// <summary>
/// Extracts an article's main text and metadata from HTML: the <c>article</c> element, else <c>main</c>, else the
/// body with its navigation, headers, footers, asides, forms and scripts removed; the title, canonical URL,
/// publication date and site name from the usual meta tags.
/// </summary>
public static class HtmlArticleExtractor
{
    private const string Boilerplate =
        "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, figure figcaption, "
        + "[aria-hidden=true], .advert, .ads, .share, .social, .related, .comments";

    private const string Blocks = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, dd, dt";

    /// <summary>Extracts the article from an HTML document.</summary>
    /// <param name="html">The HTML.</param>
    /// <returns>The extracted article; its text is empty when the page holds no article text.</returns>
    public static HtmlArticle Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);

        var title = Meta(document, "og:title") ?? Clean(document.Title) ?? Clean(document.QuerySelector("h1")?.TextContent);
        var url = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(document, "og:url");
        var publisher = Meta(document, "og:site_name");
        var published = ParseTime(
            Meta(document, "article:published_time")
            ?? document.QuerySelector("meta[name=date]")?.GetAttribute("content")
            ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));

        foreach (var element in document.QuerySelectorAll(Boilerplate).ToList())
        {
            element.Remove();
        }

        var root = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.QuerySelector("[role=main]") ?? document.Body;
        var text = root is null ? string.Empty : TextOf(root);
        return new HtmlArticle(text, title, string.IsNullOrWhiteSpace(url) ? null : url.Trim(), published, publisher);
    }

    private static string TextOf(IElement root)
    {
        var builder = new StringBuilder();
        var blocks = root.QuerySelectorAll(Blocks)
            .Where(block => !block.Ancestors<IElement>().Any(a => a.Matches(Blocks) && root.Contains(a) && a != root))
            .ToList();
        if (blocks.Count == 0)
        {
            return Clean(root.TextContent) ?? string.Empty;
        }

        foreach (var block in blocks)
        {
            if (Clean(block.TextContent) is { } paragraph)
            {
                if (builder.Length > 0)
                {
                    builder.Append("\n\n");
                }

                builder.Append(paragraph);
            }
        }

        return builder.ToString();
    }

    private static string? Meta(IDocument document, string property) =>
        Clean(document.QuerySelector($"meta[property='{property}']")?.GetAttribute("content")
              ?? document.QuerySelector($"meta[name='{property}']")?.GetAttribute("content"));

    private static DateTimeOffset? ParseTime(string? value) =>
        value is not null && DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null;

    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Collapse the source's layout whitespace; paragraphs are separated by the caller.
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
            }
            else
            {
                if (space)
                {
                    builder.Append(' ');
                    space = false;
                }

                builder.Append(c);
            }
        }

        return builder.Length == 0 ? null : builder.ToString();
    }
}
