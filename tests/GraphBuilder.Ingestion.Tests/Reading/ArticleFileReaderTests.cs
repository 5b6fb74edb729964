using GraphBuilder.Ingestion.Reading;
using GraphBuilder.Ingestion.Sources;
using GraphBuilder.Testing.Files;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Ingestion.Tests.Reading;

public sealed class ArticleFileReaderTests : IDisposable
{
    private const string Story = "Senator Maria Alvarez criticized Northwind Energy on Monday over its terminal plan.";

    private readonly TempDirectory _directory = new();
    private readonly ArticleFileReader _reader = new(Options.Create(new IngestionOptions { MaxFileBytes = 4096 }));

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task ReadAsync_TextFile_YieldsItsTextWithTheFileNameAsTitle()
    {
        var path = _directory.Write("alvarez.txt", Story + "\n");

        var item = (await ReadAsync(path)).ShouldHaveSingleItem();

        item.Article.ShouldNotBeNull().Text.ShouldBe(Story);
        item.Article.Title.ShouldBe("alvarez");
        item.Location.ShouldBe(path);
    }

    [Fact]
    public async Task ReadAsync_BinaryFile_FailsNamingTheReason()
    {
        var path = _directory.Write("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02, 0x03]);

        var item = (await ReadAsync(path)).ShouldHaveSingleItem();

        item.Article.ShouldBeNull();
        item.Failure.ShouldNotBeNull().ShouldContain("binary");
        item.Location.ShouldBe(path);
    }

    [Fact]
    public async Task ReadAsync_EmptyFile_FailsAsEmpty()
    {
        var path = _directory.Write("empty.txt", string.Empty);

        (await ReadAsync(path)).ShouldHaveSingleItem().Failure.ShouldBe("file is empty");
    }

    [Fact]
    public async Task ReadAsync_InvalidUtf8_FailsNamingTheByte()
    {
        var path = _directory.Write("latin1.txt", [.. "Caf"u8.ToArray(), 0xE9, .. " au lait, said the senator in Harbor City."u8.ToArray()]);

        var failure = (await ReadAsync(path)).ShouldHaveSingleItem().Failure;

        failure.ShouldNotBeNull().ShouldContain("invalid UTF-8 at byte 3");
    }

    [Fact]
    public async Task ReadAsync_FileOverTheLimit_FailsNamingTheLimit()
    {
        var path = _directory.Write("huge.txt", new string('a', 5000));

        var failure = (await ReadAsync(path)).ShouldHaveSingleItem().Failure;

        failure.ShouldNotBeNull().ShouldContain("over the limit of 4,096 bytes");
    }

    [Fact]
    public async Task ReadAsync_UnsupportedExtension_FailsNamingTheType()
    {
        var path = _directory.Write("story.docx", Story);

        var failure = (await ReadAsync(path)).ShouldHaveSingleItem().Failure;

        failure.ShouldNotBeNull().ShouldContain("unsupported file type '.docx'");
    }

    [Fact]
    public async Task ReadAsync_JsonLinesWithAMalformedLine_YieldsTheGoodLinesAndFailsTheBadOne()
    {
        var path = _directory.Write("wire.jsonl", $$"""
            {"title": "One", "url": "https://wire.example/1", "publishedAt": "2026-03-12T10:00:00Z", "source": "Wire", "text": "{{Story}}"}
            {"title": "Two", "text": 
            {"text": "{{Story}} Again."}
            {"title": "No text"}
            """);

        var items = await ReadAsync(path);

        items.Count.ShouldBe(4);
        items[0].Article.ShouldNotBeNull().Url.ShouldBe("https://wire.example/1");
        items[0].Article!.PublishedAt.ShouldBe(new DateTimeOffset(2026, 3, 12, 10, 0, 0, TimeSpan.Zero));
        items[0].Article!.Publisher.ShouldBe("Wire");
        items[1].Failure.ShouldNotBeNull().ShouldStartWith("malformed JSON on line 2");
        items[1].Location.ShouldBe(path + "#2");
        items[2].Article.ShouldNotBeNull();
        items[3].Failure.ShouldBe("the article object has no 'text' (nor 'articleBody', 'body' or 'content') as a string or an array of paragraphs");
    }

    [Fact]
    public async Task ReadAsync_JsonWithOtherExportersFieldNames_KeepsTheDateOutletAndLink()
    {
        var path = _directory.Write("feature.jsonl", $$"""
            {"title": "One", "link": "https://post.example/1", "published": "2026-11-24T06:00:00+13:00", "publisher": "The Post", "text": "{{Story}}"}
            {"datePublished": "2026-11-25", "site": "Wire", "text": "{{Story}} Two."}
            {"publishedAt": "2026-11-26", "published": "not read", "source": "First", "publisher": "Second", "text": "{{Story}} Three."}
            {"published": "last Tuesday", "text": "{{Story}} Four."}
            """);

        var items = await ReadAsync(path);

        items[0].Article.ShouldNotBeNull().PublishedAt.ShouldBe(new DateTimeOffset(2026, 11, 24, 6, 0, 0, TimeSpan.FromHours(13)));
        items[0].Article!.Publisher.ShouldBe("The Post");
        items[0].Article!.Url.ShouldBe("https://post.example/1");
        items[1].Article.ShouldNotBeNull().PublishedAt.ShouldBe(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero));
        items[1].Article!.Publisher.ShouldBe("Wire");
        items[2].Article.ShouldNotBeNull().PublishedAt.ShouldBe(new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero));
        items[2].Article!.Publisher.ShouldBe("First");
        items[3].Failure.ShouldBe("'published' is not a date: 'last Tuesday'");
    }

    [Fact]
    public async Task ReadAsync_JsonInSchemaOrgsNewsArticleFields_KeepsTheTextTitleAndPublisher()
    {
        var path = _directory.Write("schema.jsonl", $$"""
            {"headline": "One", "articleBody": "{{Story}}", "publisher": {"@type": "Organization", "name": "Port Weekly"} }
            {"title": "Two", "headline": "not read", "body": "{{Story}} Two."}
            {"content": "{{Story}} Three."}
            """);

        var items = await ReadAsync(path);

        items[0].Article.ShouldNotBeNull().Title.ShouldBe("One");
        items[0].Article!.Text.ShouldBe(Story);
        items[0].Article!.Publisher.ShouldBe("Port Weekly");
        items[1].Article.ShouldNotBeNull().Title.ShouldBe("Two");
        items[1].Article!.Text.ShouldBe(Story + " Two.");
        items[2].Article.ShouldNotBeNull().Text.ShouldBe(Story + " Three.");
    }

    [Fact]
    public async Task ReadAsync_JsonBodyAsParagraphs_JoinsThemAsParagraphs()
    {
        var path = _directory.Write("paragraphs.jsonl", $$"""
            {"headline": "One", "body": ["{{Story}}", "Second paragraph."]}
            {"headline": "Two", "content": [{"type": "p", "text": "First block."}, {"type": "p", "text": "Second block."}]}
            {"headline": "Three", "body": ["A paragraph.", 7]}
            """);

        var items = await ReadAsync(path);

        items[0].Article.ShouldNotBeNull().Text.ShouldBe(Story + "\n\nSecond paragraph.");
        items[1].Article.ShouldNotBeNull().Text.ShouldBe("First block.\n\nSecond block.");
        items[2].Failure.ShouldNotBeNull().ShouldContain("as a string or an array of paragraphs");
    }

    [Fact]
    public async Task ReadAsync_JsonArray_YieldsOneArticlePerObject()
    {
        var path = _directory.Write("batch.json", $$"""[{"text": "{{Story}}"}, {"text": "{{Story}} Two."}]""");

        var items = await ReadAsync(path);

        items.Select(i => i.Location).ShouldBe([path + "#1", path + "#2"]);
        items.ShouldAllBe(i => i.Article != null);
    }

    [Fact]
    public async Task ReadAsync_HtmlWithoutArticleText_Fails()
    {
        var path = _directory.Write("empty.html", "<html><head><title>Home</title></head><body><nav>Home News</nav><footer>(c)</footer></body></html>");

        var failure = (await ReadAsync(path)).ShouldHaveSingleItem().Failure;

        failure.ShouldNotBeNull().ShouldContain("no article text found in the HTML");
    }

    [Fact]
    public async Task ReadAsync_MalformedHtml_StillYieldsItsText()
    {
        var path = _directory.Write("broken.html", "<html><body><article><p>" + Story + "<p>Second paragraph about Harbor City</div></span>");

        var article = (await ReadAsync(path)).ShouldHaveSingleItem().Article;

        article.ShouldNotBeNull().Text.ShouldBe(Story + "\n\nSecond paragraph about Harbor City");
    }

    [Fact]
    public async Task ReadAsync_SavedRssFeed_YieldsEachItemAsAnArticleWithItsFullText()
    {
        var path = _directory.Write("feed.xml", $$"""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel>
                <title>Harbor Post</title>
                <link>https://post.example/</link>
                <description>News</description>
                <item>
                  <title>Full story</title>
                  <link>https://post.example/1</link>
                  <guid isPermaLink="false">post-1</guid>
                  <pubDate>Mon, 17 May 2027 08:30:00 +0800</pubDate>
                  <description>A summary only.</description>
                  <content:encoded><![CDATA[<p>{{Story}}</p><p>Second paragraph.</p>]]></content:encoded>
                </item>
                <item>
                  <title>Summary story</title>
                  <guid isPermaLink="false">post-2</guid>
                  <description>{{Story}} Again.</description>
                </item>
              </channel>
            </rss>
            """);

        var items = await ReadAsync(path);

        items.Count.ShouldBe(2);
        var first = items[0].Article.ShouldNotBeNull();
        first.Text.ShouldBe(Story + "\n\nSecond paragraph.");
        first.Title.ShouldBe("Full story");
        first.Url.ShouldBe("https://post.example/1");
        first.Publisher.ShouldBe("Harbor Post");
        first.PublishedAt.ShouldBe(new DateTimeOffset(2027, 5, 17, 8, 30, 0, TimeSpan.FromHours(8)));
        items[0].Location.ShouldBe(path + "#post-1");
        items[1].Article.ShouldNotBeNull().Text.ShouldBe(Story + " Again.");
        items[1].Location.ShouldBe(path + "#post-2");
    }

    [Theory]
    [InlineData("<rss version=\"2.0\"><channel><title>T</title><item><title>x</item></channel></rss>", "malformed feed")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY e \"x\">]><rss version=\"2.0\"><channel><title>&e;</title></channel></rss>", "malformed feed")]
    [InlineData("<html><body>not a feed</body></html>", "malformed feed")]
    [InlineData("<rss version=\"2.0\"><channel><title>T</title><link>https://post.example/</link><description>D</description></channel></rss>", "the feed has no items")]
    public async Task ReadAsync_BrokenOrEmptyFeed_FailsNamingTheReason(string xml, string reason)
    {
        var path = _directory.Write("feed.rss", xml);

        var item = (await ReadAsync(path)).ShouldHaveSingleItem();

        item.Failure.ShouldNotBeNull().ShouldStartWith(reason);
        item.Location.ShouldBe(path);
    }

    private async Task<List<SourceItem>> ReadAsync(string path)
    {
        var items = new List<SourceItem>();
        await foreach (var item in _reader.ReadAsync(path, "test"))
        {
            items.Add(item);
        }

        return items;
    }
}
