using GraphBuilder.Ingestion.Reading;

namespace GraphBuilder.Ingestion.Tests.Reading;

public sealed class HtmlArticleExtractorTests
{
    [Fact]
    public void Extract_NewsPage_KeepsArticleAndDropsBoilerplate()
    {
        const string Html = """
            <html><head>
              <title>Site | Story</title>
              <meta property="og:title" content="Reyes meets Park">
              <meta property="og:site_name" content="Coastal Herald">
              <meta property="article:published_time" content="2026-03-09T08:30:00Z">
              <link rel="canonical" href="https://herald.example/story">
              <script>var tracking = 1;</script>
            </head><body>
              <header><nav>Home | News | Sport</nav></header>
              <article><h1>Reyes meets Park</h1><p>Tomas Reyes met Governor Helen Park.</p><aside>Read more</aside><p>They discussed the terminal.</p></article>
              <footer>All rights reserved</footer>
            </body></html>
            """;

        var article = HtmlArticleExtractor.Extract(Html);

        article.Title.ShouldBe("Reyes meets Park");
        article.Url.ShouldBe("https://herald.example/story");
        article.Publisher.ShouldBe("Coastal Herald");
        article.PublishedAt.ShouldBe(new DateTimeOffset(2026, 3, 9, 8, 30, 0, TimeSpan.Zero));
        article.Text.ShouldBe("Reyes meets Park\n\nTomas Reyes met Governor Helen Park.\n\nThey discussed the terminal.");
    }
}
