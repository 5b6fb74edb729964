using System.Text;
using GraphBuilder.Ingestion.Sources;
using GraphBuilder.Ingestion.Web;
using GraphBuilder.Testing.Files;
using GraphBuilder.Testing.Http;

namespace GraphBuilder.Ingestion.Tests.Sources;

public sealed class FeedNewsSourceTests : IDisposable
{
    private readonly LoopbackHttpServer _server = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public void Dispose()
    {
        _http.Dispose();
        _server.Dispose();
    }

    [Fact]
    public async Task ReadAsync_RssFeed_FollowsLinksAndExtractsEachPage()
    {
        _server
            .Serve("/feed.xml", Rss(("Terminal hearings set", "/news/1"), ("Reyes meets Park", "/news/2"), ("Gone", "/news/missing")), "application/rss+xml")
            .Serve("/news/1", "<html><body><nav>Home</nav><article><p>The National Energy Agency set two hearings on the Harbor City terminal.</p></article></body></html>")
            .Serve("/news/2", "<html><body><article><p>Tomas Reyes met Governor Helen Park in Harbor City on Monday.</p></article></body></html>");

        var items = await ReadAsync(new FeedNewsSource("wire", _server.Url("/feed.xml"), _http, new IngestionOptions()));

        items.Count.ShouldBe(3);
        var first = items[0].Article.ShouldNotBeNull();
        first.Text.ShouldBe("The National Energy Agency set two hearings on the Harbor City terminal.");
        first.Title.ShouldBe("Terminal hearings set");
        first.Url.ShouldBe(_server.Url("/news/1"));
        first.Publisher.ShouldBe("Coastal Wire");
        first.PublishedAt.ShouldBe(new DateTimeOffset(2026, 3, 12, 10, 0, 0, TimeSpan.Zero));
        items[2].Failure.ShouldNotBeNull().ShouldStartWith("HTTP 404");
        items[2].Location.ShouldBe(_server.Url("/news/missing"));
    }

    [Fact]
    public async Task ReadAsync_AtomEntryWithoutLink_UsesItsContent()
    {
        _server.Serve("/atom.xml", """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Harbor Notes</title><id>urn:harbor</id><updated>2026-03-12T10:00:00Z</updated>
              <entry><id>urn:1</id><title>Ferry fares</title><updated>2026-03-12T10:00:00Z</updated>
                <content type="html">&lt;p&gt;Ferry fares rise again as the Port Authority blames fuel costs.&lt;/p&gt;</content></entry>
            </feed>
            """, "application/atom+xml");

        var items = await ReadAsync(new FeedNewsSource("atom", _server.Url("/atom.xml"), _http, new IngestionOptions()));

        items.ShouldHaveSingleItem().Article.ShouldNotBeNull().Text.ShouldBe("Ferry fares rise again as the Port Authority blames fuel costs.");
    }

    [Theory]
    [InlineData("/broken.xml", "<rss><channel><item><title>Unclosed", "malformed feed")]
    [InlineData("/down.xml", null, "HTTP 404")]
    public async Task ReadAsync_BadFeed_FailsOnceNamingTheFeed(string path, string? body, string reason)
    {
        if (body is not null)
        {
            _server.Serve(path, body, "application/rss+xml");
        }

        var item = (await ReadAsync(new FeedNewsSource("bad", _server.Url(path), _http, new IngestionOptions()))).ShouldHaveSingleItem();

        item.Location.ShouldBe(_server.Url(path));
        item.Failure.ShouldNotBeNull().ShouldStartWith(reason);
    }

    [Fact]
    public async Task ReadAsync_HostileLinks_IngestsOnlyTheGoodItemAndFailsEachOtherNamingTheRule()
    {
        using var folder = new TempDirectory();
        var secret = folder.Write("secret.txt", "root:x:0:0:the-secret-line");
        _server
            .Serve("/good", "<html><body><article><p>Tomas Reyes met Governor Helen Park in Harbor City on Monday.</p></article></body></html>")
            .Handle("/trickle", async (response, stopping) =>
            {
                response.SendChunked = true;
                for (var i = 0; i < 600 && !stopping.IsCancellationRequested; i++)
                {
                    await response.OutputStream.WriteAsync("<p>a</p>"u8.ToArray(), stopping);
                    await response.OutputStream.FlushAsync(stopping);
                    await Task.Delay(100, stopping);
                }
            })
            .Handle("/huge", async (response, stopping) =>
            {
                response.SendChunked = true;
                var block = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<p>Harbor City news. </p>", 4096)));
                for (var written = 0; written < 20 * 1024 * 1024; written += block.Length)
                {
                    await response.OutputStream.WriteAsync(block, stopping);
                }

                response.Close();
            });
        var feed = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Hostile Wire</title><link>{_server.Url("/")}</link><description>x</description>
            <item><title>Good</title><link>{_server.Url("/good")}</link></item>
            <item><title>Secret</title><link>{new Uri(secret).AbsoluteUri}</link></item>
            <item><title>Trickle</title><link>{_server.Url("/trickle")}</link></item>
            <item><title>Huge</title><link>{_server.Url("/huge")}</link></item>
            <item><title>Metadata</title><link>http://169.254.169.254/latest/meta-data/</link></item>
            </channel></rss>
            """;
        _server.Serve("/hostile.xml", feed, "application/rss+xml");
        using var guarded = new HttpClient(GuardedHttpHandler.Create()) { Timeout = Timeout.InfiniteTimeSpan };
        var options = new IngestionOptions { RequestTimeout = TimeSpan.FromSeconds(2) };

        var items = await ReadAsync(new FeedNewsSource("hostile", _server.Url("/hostile.xml"), guarded, options));

        items.Count.ShouldBe(5);
        items[0].Article.ShouldNotBeNull().Text.ShouldContain("Tomas Reyes");
        items[1].Failure.ShouldNotBeNull().ShouldContain("rule: http-only");
        items[2].Failure.ShouldNotBeNull().ShouldStartWith("request timed out");
        items[3].Failure.ShouldNotBeNull().ShouldStartWith("response is over the limit");
        items[4].Failure.ShouldNotBeNull().ShouldContain("rule: no-link-local");
        items.ShouldAllBe(item => item.Article == null || !item.Article.Text.Contains("the-secret-line"));
    }

    private string Rss(params (string Title, string Path)[] items) =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Coastal Wire</title><link>{_server.Url("/")}</link><description>News</description>
        {string.Concat(items.Select(i => $"<item><title>{i.Title}</title><link>{_server.Url(i.Path)}</link><pubDate>Thu, 12 Mar 2026 10:00:00 GMT</pubDate></item>"))}
        </channel></rss>
        """;

    private static async Task<List<SourceItem>> ReadAsync(FeedNewsSource source)
    {
        var items = new List<SourceItem>();
        await foreach (var item in source.ReadAsync())
        {
            items.Add(item);
        }

        return items;
    }
}
