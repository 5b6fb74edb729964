using System.Text;
using GraphBuilder.Ingestion.Web;
using GraphBuilder.Testing.Files;
using GraphBuilder.Testing.Http;

namespace GraphBuilder.Ingestion.Tests.Web;

public sealed class WebFetcherTests : IDisposable
{
    private readonly LoopbackHttpServer _server = new();
    private readonly HttpClient _http = new(GuardedHttpHandler.Create()) { Timeout = Timeout.InfiniteTimeSpan };

    public void Dispose()
    {
        _http.Dispose();
        _server.Dispose();
    }

    [Fact]
    public async Task FetchLinkAsync_FileScheme_IsRefusedNamingTheRule()
    {
        using var folder = new TempDirectory();
        var secret = folder.Write("secret.txt", "password=hunter2");

        var result = await Fetcher().FetchLinkAsync(new Uri(secret).AbsoluteUri, allowPrivate: true, CancellationToken.None);

        result.Text.ShouldBeNull();
        result.Error.ShouldNotBeNull().ShouldContain("rule: http-only");
    }

    [Fact]
    public async Task FetchLinkAsync_MetadataAddress_IsRefusedEvenWhenPrivateLinksAreAllowed()
    {
        var result = await Fetcher().FetchLinkAsync("http://169.254.169.254/latest/meta-data/", allowPrivate: true, CancellationToken.None);

        result.Error.ShouldNotBeNull().ShouldContain("rule: no-link-local");
    }

    [Fact]
    public async Task FetchLinkAsync_LoopbackWithoutPermission_IsRefusedNamingTheSetting()
    {
        _server.Serve("/page", "<p>hello</p>");

        var result = await Fetcher().FetchLinkAsync(_server.Url("/page"), allowPrivate: false, CancellationToken.None);

        result.Error.ShouldNotBeNull().ShouldContain("rule: no-private-address");
        result.Error.ShouldContain("AllowPrivateLinks");
    }

    [Fact]
    public async Task FetchLinkAsync_RedirectToFile_IsRefusedAtTheHop()
    {
        _server.Redirect("/r", "file:///etc/passwd");

        var result = await Fetcher().FetchLinkAsync(_server.Url("/r"), allowPrivate: true, CancellationToken.None);

        result.Error.ShouldNotBeNull().ShouldContain("rule: http-only");
        result.Error.ShouldContain("after redirect");
    }

    [Fact]
    public async Task FetchConfiguredAsync_RedirectToMetadataAddress_IsRefusedAtTheHop()
    {
        _server.Redirect("/feed", "http://169.254.169.254/latest/meta-data/iam");

        var result = await Fetcher().FetchConfiguredAsync(_server.Url("/feed"), allowPrivateLinks: false, CancellationToken.None);

        result.Error.ShouldNotBeNull().ShouldContain("rule: no-link-local");
    }

    [Fact]
    public async Task FetchLinkAsync_RedirectsWithinTheLimit_AreFollowed()
    {
        _server.Redirect("/a", "/b").Redirect("/b", _server.Url("/c")).Serve("/c", "arrived");

        var result = await Fetcher().FetchLinkAsync(_server.Url("/a"), allowPrivate: true, CancellationToken.None);

        result.Text.ShouldBe("arrived");
    }

    [Fact]
    public async Task FetchLinkAsync_RedirectLoop_StopsAtTheLimit()
    {
        _server.Redirect("/loop", "/loop");

        var result = await Fetcher(new IngestionOptions { MaxRedirects = 3 }).FetchLinkAsync(_server.Url("/loop"), allowPrivate: true, CancellationToken.None);

        result.Error.ShouldNotBeNull().ShouldStartWith("too many redirects (more than 3");
    }

    [Fact]
    public async Task FetchLinkAsync_TricklingBody_TimesOutAtTheDeadline()
    {
        _server.Handle("/slow", async (response, stopping) =>
        {
            response.SendChunked = true;
            for (var i = 0; i < 600 && !stopping.IsCancellationRequested; i++)
            {
                await response.OutputStream.WriteAsync("x"u8.ToArray(), stopping);
                await response.OutputStream.FlushAsync(stopping);
                await Task.Delay(100, stopping);
            }

            response.Close();
        });

        var result = await Fetcher(new IngestionOptions { RequestTimeout = TimeSpan.FromSeconds(1) }).FetchLinkAsync(_server.Url("/slow"), allowPrivate: true, CancellationToken.None);

        result.Error.ShouldNotBeNull().ShouldStartWith("request timed out after 1 s");
    }

    [Fact]
    public async Task FetchLinkAsync_ChunkedBodyOverTheLimit_StopsReadingAtTheLimit()
    {
        var written = 0L;
        _server.Handle("/big", async (response, stopping) =>
        {
            response.SendChunked = true;
            var block = new byte[64 * 1024];
            block.AsSpan().Fill((byte)'a');
            for (var i = 0; i < 320; i++)
            {
                await response.OutputStream.WriteAsync(block, stopping);
                Interlocked.Add(ref written, block.Length);
            }

            response.Close();
        });

        var result = await Fetcher(new IngestionOptions { MaxFileBytes = 1024 * 1024 }).FetchLinkAsync(_server.Url("/big"), allowPrivate: true, CancellationToken.None);

        result.Error.ShouldNotBeNull().ShouldStartWith("response is over the limit of 1048576 bytes");
        Interlocked.Read(ref written).ShouldBeLessThan(20L * 1024 * 1024);
    }

    [Fact]
    public async Task FetchLinkAsync_DeclaredCharset_DecodesTheBody()
    {
        _server.Handle("/latin1", async (response, stopping) =>
        {
            var bytes = Encoding.Latin1.GetBytes("Jos\u00e9 Mar\u00eda");
            response.ContentType = "text/html; charset=iso-8859-1";
            response.ContentLength64 = bytes.Length;
            await response.OutputStream.WriteAsync(bytes, stopping);
            response.Close();
        });

        var result = await Fetcher().FetchLinkAsync(_server.Url("/latin1"), allowPrivate: true, CancellationToken.None);

        result.Text.ShouldBe("Jos\u00e9 Mar\u00eda");
    }

    [Fact]
    public async Task GuardedHandler_PrivateTargetForAnUntrustedHop_RefusesToConnect()
    {
        _server.Serve("/page", "secret");
        using var request = new HttpRequestMessage(HttpMethod.Get, _server.Url("/page"));
        request.Options.Set(LinkTrust.RequestKey, new LinkTrust(FirstHopTrusted: false, AllowPrivate: false));

        var exception = await Should.ThrowAsync<HttpRequestException>(() => _http.SendAsync(request));

        exception.InnerException.ShouldBeOfType<LinkRefusedException>().Message.ShouldContain("rule: no-private-address");
    }

    private WebFetcher Fetcher(IngestionOptions? options = null) => new(_http, options ?? new IngestionOptions());
}
