using System.Text;
using GraphBuilder.Ingestion.Reading;
using GraphBuilder.Ingestion.Sources;
using GraphBuilder.Ingestion.Web;
using GraphBuilder.Testing.Http;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Ingestion.Tests.Sources;

public sealed class JsonLinesNewsSourceTests : IDisposable
{
    private readonly LoopbackHttpServer _server = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    // As the JsonLines factory registers it: no redirects of its own, every connection guarded, no whole-client timeout.
    private readonly HttpClient _guarded = new(GuardedHttpHandler.Create()) { Timeout = Timeout.InfiniteTimeSpan };

    public void Dispose()
    {
        _guarded.Dispose();
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

    [Fact]
    public async Task ReadAsync_UrlTricklingItsBody_FailsAtTheDeadline()
    {
        _server.Handle("/slow.jsonl", async (response, stopping) =>
        {
            response.SendChunked = true;
            for (var i = 0; i < 600 && !stopping.IsCancellationRequested; i++)
            {
                await response.OutputStream.WriteAsync("{"u8.ToArray(), stopping);
                await response.OutputStream.FlushAsync(stopping);
                await Task.Delay(100, stopping);
            }

            response.Close();
        });

        var item = (await ReadAsync(Source(_server.Url("/slow.jsonl"), new IngestionOptions { RequestTimeout = TimeSpan.FromSeconds(1) }))).ShouldHaveSingleItem();

        item.Failure.ShouldNotBeNull().ShouldStartWith("request timed out after 1 s");
    }

    [Fact]
    public async Task ReadAsync_UrlWithAChunkedBodyOverTheLimit_StopsAtTheLimit()
    {
        _server.Handle("/big.jsonl", async (response, stopping) =>
        {
            response.SendChunked = true;
            var line = Encoding.UTF8.GetBytes("{\"text\": \"Maria Alvarez criticized Northwind Energy on Monday.\"}\n");
            for (var written = 0; written < 20 * 1024 * 1024; written += line.Length)
            {
                await response.OutputStream.WriteAsync(line, stopping);
            }

            response.Close();
        });

        var item = (await ReadAsync(Source(_server.Url("/big.jsonl"), new IngestionOptions { MaxFileBytes = 1024 * 1024 }))).ShouldHaveSingleItem();

        item.Failure.ShouldNotBeNull().ShouldStartWith("response is over the limit of 1048576 bytes");
    }

    [Fact]
    public async Task ReadAsync_UrlRedirectingToAFile_IsRefusedAtTheHop()
    {
        _server.Redirect("/moved.jsonl", "file:///etc/passwd");

        var item = (await ReadAsync(Source(_server.Url("/moved.jsonl")))).ShouldHaveSingleItem();

        item.Failure.ShouldNotBeNull().ShouldContain("rule: http-only");
    }

    private JsonLinesNewsSource Source(string address, IngestionOptions? options = null) =>
        new("wire", address, _guarded, new ArticleFileReader(Options.Create(options ?? new IngestionOptions())), options ?? new IngestionOptions());

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
