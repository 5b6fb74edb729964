using GraphBuilder.Ingestion.Reading;
using GraphBuilder.Ingestion.Sources;
using GraphBuilder.Testing.Http;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Ingestion.Tests.Sources;

public sealed class JsonLinesNewsSourceTests : IDisposable
{
    private readonly LoopbackHttpServer _server = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public void Dispose()
    {
        _http.Dispose();
        _server.Dispose();
    }

    [Fact]
    public async Task ReadAsync_Url_ReadsEachLineAndFailsTheMalformedOne()
    {
        _server.Serve("/wire.jsonl", "{\"title\": \"One\", \"text\": \"Maria Alvarez criticized Northwind Energy on Monday.\"}\n{broken\n", "application/x-ndjson");

        var items = await ReadAsync(Source(_server.Url("/wire.jsonl")));

        items.Count.ShouldBe(2);
        items[0].Article.ShouldNotBeNull().Title.ShouldBe("One");
        items[1].Location.ShouldBe(_server.Url("/wire.jsonl") + "#2");
        items[1].Failure.ShouldNotBeNull().ShouldStartWith("malformed JSON on line 2");
    }

    [Fact]
    public async Task ReadAsync_UrlNotFound_FailsNamingTheUrl()
    {
        var item = (await ReadAsync(Source(_server.Url("/missing.jsonl")))).ShouldHaveSingleItem();

        item.Failure.ShouldNotBeNull().ShouldStartWith("HTTP 404");
    }

    private JsonLinesNewsSource Source(string address) =>
        new("wire", address, _http, new ArticleFileReader(Options.Create(new IngestionOptions())), new IngestionOptions());

    private static async Task<List<SourceItem>> ReadAsync(JsonLinesNewsSource source)
    {
        var items = new List<SourceItem>();
        await foreach (var item in source.ReadAsync())
        {
            items.Add(item);
        }

        return items;
    }
}
