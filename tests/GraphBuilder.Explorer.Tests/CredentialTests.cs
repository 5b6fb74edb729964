using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace GraphBuilder.Explorer.Tests;

public sealed class CredentialTests(StoreFixture store) : IClassFixture<StoreFixture>
{
    [Theory]
    [InlineData("/api/status")]
    [InlineData("/")]
    [InlineData("/openapi/v1.json")]
    public async Task Request_ApiKeyConfiguredButNotSent_IsUnauthorizedWithABasicChallenge(string path)
    {
        using var factory = new ExplorerFactory(store.Path, new Dictionary<string, string?> { ["GraphBuilder:Serve:ApiKey"] = "s3cret" });
        using var client = factory.CreateClient();

        var response = await client.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().ShouldStartWith("Basic");
    }

    [Fact]
    public async Task Request_ApiKeyHeader_IsServed()
    {
        using var factory = new ExplorerFactory(store.Path, new Dictionary<string, string?> { ["GraphBuilder:Serve:ApiKey"] = "s3cret" });
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "s3cret");

        (await client.GetAsync("/api/status")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Request_WrongApiKey_IsUnauthorized()
    {
        using var factory = new ExplorerFactory(store.Path, new Dictionary<string, string?> { ["GraphBuilder:Serve:ApiKey"] = "s3cret" });
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "s3cres");

        (await client.GetAsync("/api/status")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("reader", "pass", HttpStatusCode.OK)]
    [InlineData("reader", "wrong", HttpStatusCode.Unauthorized)]
    [InlineData("other", "pass", HttpStatusCode.Unauthorized)]
    public async Task Request_BasicCredentials_AreChecked(string user, string password, HttpStatusCode expected)
    {
        using var factory = new ExplorerFactory(store.Path, new Dictionary<string, string?>
        {
            ["GraphBuilder:Serve:User"] = "reader",
            ["GraphBuilder:Serve:Password"] = "pass",
        });
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));

        (await client.GetAsync("/api/search?q=Putin")).StatusCode.ShouldBe(expected);
    }

    [Fact]
    public async Task Request_NoCredentialConfigured_IsServed()
    {
        using var factory = new ExplorerFactory(store.Path);
        using var client = factory.CreateClient();

        (await client.GetAsync("/api/status")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
